/**
 * The `count` first items of `items` in the order of `compare` (a strict total order), as
 * `[...items].sort(compare).slice(0, count)` gives them, kept in a bounded heap: O(n log count)
 * comparisons and no more than `count` items held, however many there are. Internal.
 */
export class Largest<K, T extends K = K> {
  // A heap with the last of the items kept (the first to drop) at the root.
  private readonly heap: T[] = [];

  constructor(
    private readonly count: number,
    private readonly compare: (a: K, b: K) => number,
  ) {}

  /** True when an item of key `item` would be kept (so the caller can skip building it). */
  wants(item: K): boolean {
    if (this.count === 0) return false;
    return this.heap.length < this.count || this.compare(item, this.heap[0]!) < 0;
  }

  /** Offers an item. */
  add(item: T): void {
    if (!this.wants(item)) return;
    const { heap } = this;
    if (heap.length < this.count) {
      heap.push(item);
      this.up(heap.length - 1);
    } else {
      heap[0] = item;
      this.down(0);
    }
  }

  /** The items kept, in order. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  /** True when `a` goes nearer the root than `b`: `a` comes later in the order. */
  private above(a: K, b: K): boolean {
    return this.compare(a, b) > 0;
  }

  private up(index: number): void {
    const { heap } = this;
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.above(heap[child]!, heap[parent]!)) break;
      [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
      child = parent;
    }
  }

  private down(index: number): void {
    const { heap } = this;
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let top = parent;
      if (left < heap.length && this.above(heap[left]!, heap[top]!)) top = left;
      if (right < heap.length && this.above(heap[right]!, heap[top]!)) top = right;
      if (top === parent) return;
      [heap[top], heap[parent]] = [heap[parent]!, heap[top]!];
      parent = top;
    }
  }
}
