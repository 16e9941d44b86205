/**
 * The `count` first items of `items` in the order of `compare` (a strict total order), as
 * `[...items].sort(compare).slice(0, count)` gives them, kept in a bounded buffer: items are
 * collected until there are twice `count`, then sorted and cut back to `count`, the last kept
 * becoming the item to beat. O(n log count) comparisons and no more than 2 × `count` items held,
 * however many there are. Internal.
 */
export class Largest<K, T extends K = K> {
  /** The items kept, in order up to the last cut. */
  private readonly items: T[] = [];
  /** The last of the `count` items kept at the last cut: an item must come before it. */
  private last: K | undefined;

  constructor(
    private readonly count: number,
    private readonly compare: (a: K, b: K) => number,
  ) {}

  /** True when an item of key `item` would be kept (so the caller can skip building it). */
  wants(item: K): boolean {
    return this.count > 0 && (this.last === undefined || this.compare(item, this.last) < 0);
  }

  /** Offers an item. */
  add(item: T): void {
    if (!this.wants(item)) return;
    this.items.push(item);
    if (this.items.length >= 2 * this.count) this.cut();
  }

  /** The items kept, in order. */
  sorted(): T[] {
    this.cut();
    return [...this.items];
  }

  /** Sorts the items and keeps the first `count`. */
  private cut(): void {
    const { items, count } = this;
    items.sort(this.compare);
    if (items.length >= count) {
      items.length = count;
      this.last = items[count - 1];
    }
  }
}
