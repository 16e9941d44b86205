import { cpuUsage } from 'node:process';

// CPU time of reading hostile pledge sheets, whole (`parsePledgeSheet`) and streamed
// (`streamPledgeSheet`, fed in small pieces), at two sizes each: the time per character should
// stay about the same when the text doubles (linear), not double with it (quadratic).
//   - unclosed: a sheet of rows with quotes that never close, spread evenly: 100 (the most the
//     readers recover) and 200 (refused at the 101st, invalid-input with its line);
//   - long line: a sheet whose last row is one line of LONG characters with no line break
//     (quoted, unquoted).
// Run: npm run build && node --import tsx bench/csv-hostile-cpu.ts [scale] [piece]
// (scale 1: 100,000 rows and 200 quotes, a 5 MiB line; piece: characters per streamed piece,
// default 10).
const entry = process.env.BENCH_SRC === '1' ? '../src/csv/index.js' : '../dist/csv/index.js';
const { parsePledgeSheet, streamPledgeSheet }: typeof import('../src/csv/index.js') = await import(
  entry
);

const SCALE = Number(process.argv[2] ?? 1);
const PIECE = Number(process.argv[3] ?? 10);
const HEADER = 'Reference,Answer,Proxy Value,Note';

function unclosed(rows: number, quotes: number): string {
  const every = Math.floor(rows / quotes);
  const lines = [HEADER];
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      i % every === every - 1 ? `NT${i % 90},${i},16.09,"open` : `NT${i % 90},${i},16.09,x`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function longLine(chars: number, quoted: boolean): string {
  const cell = 'y'.repeat(chars);
  return `${HEADER}\r\nNT1,1,16.09,x\r\nNT2,2,16.09,${quoted ? `"${cell}` : cell}`;
}

function* pieces(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

function cpu<T>(work: () => T): [number, T] {
  const before = cpuUsage();
  const result = work();
  const used = cpuUsage(before);
  return [(used.user + used.system) / 1000, result];
}

async function cpuAsync<T>(work: () => Promise<T>): Promise<[number, T]> {
  const before = cpuUsage();
  const result = await work();
  const used = cpuUsage(before);
  return [(used.user + used.system) / 1000, result];
}

async function streamed(text: string): Promise<{ rows: number; problems: number }> {
  let rows = 0;
  let problems = 0;
  for await (const batch of streamPledgeSheet(pieces(text, PIECE), { batchSize: 10_000 })) {
    rows += batch.rows.length;
    problems += batch.problems.length;
  }
  return { rows, problems };
}

const cases: [string, string][] = [];
for (const factor of [1, 2]) {
  const s = SCALE * factor;
  cases.push([`unclosed: 100 quotes in ${100_000 * s} rows`, unclosed(100_000 * s, 100)]);
  cases.push([
    `unclosed: ${200 * s} quotes in ${100_000 * s} rows`,
    unclosed(100_000 * s, 200 * s),
  ]);
}
for (const factor of [1, 2]) {
  const chars = Math.round(5 * 2 ** 20 * SCALE * factor);
  cases.push([`long line, unquoted: ${chars} characters`, longLine(chars, false)]);
  cases.push([`long line, quoted: ${chars} characters`, longLine(chars, true)]);
}

/** What a reading gave: its rows and problems, or the error it ended with. */
function outcome(read: () => { rows: number; problems: number }): string {
  try {
    const { rows, problems } = read();
    return `${rows} rows, ${problems} problems`;
  } catch (error) {
    const { code, details } = error as { code?: string; details?: unknown };
    if (code === undefined) throw error;
    return `${code} ${JSON.stringify(details)}`;
  }
}

async function outcomeAsync(read: () => Promise<{ rows: number; problems: number }>) {
  try {
    const { rows, problems } = await read();
    return `${rows} rows, ${problems} problems`;
  } catch (error) {
    const { code, details } = error as { code?: string; details?: unknown };
    if (code === undefined) throw error;
    return `${code} ${JSON.stringify(details)}`;
  }
}

for (const [name, text] of cases) {
  const [whole, sheet] = cpu(() =>
    outcome(() => {
      const { rows, problems } = parsePledgeSheet(text);
      return { rows: rows.length, problems: problems.length };
    }),
  );
  console.log(
    `${name} (${text.length} characters): parsePledgeSheet ${whole.toFixed(0)} ms, ${sheet}`,
  );
  const [stream, read] = await cpuAsync(() => outcomeAsync(() => streamed(text)));
  console.log(`  streamPledgeSheet in ${PIECE}-character pieces ${stream.toFixed(0)} ms, ${read}`);
}
