import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import { isSocialValueError } from '../../src/core/index.js';
import * as csv from '../../src/csv/index.js';
import * as embed from '../../src/embed/index.js';
import * as root from '../../src/index.js';
import * as ocds from '../../src/ocds/index.js';
import { analyseSpend } from '../../src/spend/index.js';
import * as sql from '../../src/sql/index.js';

// The ts blocks of the guides run in guides.test.ts; this file checks what the prose around them
// says: the error lines it quotes, the reference schema it excerpts, the sizes it repeats from
// docs/performance.md and the names of fractions it gives as examples.
const repo = join(import.meta.dirname, '../..');
const guides = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const read = (file: string) => readFileSync(join(repo, file), 'utf8');
/** A guide's text with line breaks and their indentation read as one space, as a reader does. */
const prose = (file: string) => read(file).replace(/ *\n */g, ' ');

/** The issue lines (`path: message`) of what `run` throws. */
function issueLines(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isSocialValueError(error))
      return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  throw new Error('expected a SocialValueError');
}

const framework = root.defineFramework({
  id: 'toms',
  name: 'TOMs',
  edition: '2024',
  priceYear: 2024,
  themes: [{ id: 'jobs', name: 'Jobs' }],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Local people employed',
      unit: 'FTE',
      proxyValue: 30782,
      valueType: 'local-economic',
    },
  ],
});
const period = { start: '2024-04-01', end: '2027-03-31' };

// Every `path: unknown key …` line a guide quotes, by its path: the call that gives it.
const unknownKeys: Readonly<Record<string, () => unknown>> = {
  'pledges[0].attributon': () =>
    root.valuePledges(framework, [{ measure: 'NT1', quantity: 10, attributon: 0.5 } as never]),
  'model.criteria[0].minimumScore': () =>
    root.defineEvaluation({
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          weight: 60,
          scoring: { method: 'scale', scale: '0-5' },
          minimumScore: 0.5,
        } as never,
        { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
      ],
    }),
  'bids[0].respones': () =>
    root.flagAbnormallyLow([
      { id: 'A', price: 100, respones: {} } as never,
      { id: 'B', price: 120 },
    ]),
  'contract.monthsDuration': () =>
    root.requiresSocialValue(
      {
        contractType: 'services',
        authority: 'sub-central',
        value: '1',
        vatBasis: 'exclusive',
        commencedOn: '2022-06-01',
        monthsDuration: 36,
      } as never,
      root.policies.statutory,
    ),
  'deliveries[0].verified': () =>
    root.trackDelivery(
      {
        lines: [
          {
            measure: 'NT1',
            theme: 'jobs',
            valueType: 'local-economic',
            quantity: 24,
            proxyValue: 30782,
          },
        ],
      },
      [{ measure: 'NT1', date: '2024-09-30', quantity: 3, verified: true } as never],
      period,
    ),
  'rows[0].answer': () =>
    root.reconcilePledgeSheet([
      { measure: 'NT1', answer: 2, 'Pledged Social Value': '20' } as never,
    ]),
  'contracts[0].contract': () => root.summarisePortfolio([{ contract: 'A', report: {} } as never]),
  'ledger[0].paidOn': () =>
    analyseSpend([{ supplier: 'A', amount: 1, paidOn: '2025-01-01' } as never], {
      locality: ['PO1'],
    }),
};

describe('the prose of README.md and docs/*.md', () => {
  const quotes = guides.flatMap((file) =>
    [...prose(file).matchAll(/`([^`\s]+): unknown key([^`]*)`/g)].map((match) => ({
      file,
      path: match[1]!,
      line: match[0].slice(1, -1),
    })),
  );

  it('quotes unknown-key lines', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(6);
  });

  it.each(quotes)('$file quotes "$line" as the library words it', ({ path, line }) => {
    const run = unknownKeys[path];
    expect(run, `a call that gives ${path} (add it to unknownKeys)`).toBeDefined();
    const lines = issueLines(run!);
    expect(
      lines.some((actual) => actual.startsWith(line)),
      lines.join('\n'),
    ).toBe(true);
  });

  it('excerpts sql/schema.sql as it is', () => {
    const storage = read('docs/storage.md');
    const excerpt = storage.split('An excerpt:\n')[1]?.match(/^```sql\n([\s\S]*?)^```$/m)?.[1];
    expect(excerpt).toBeDefined();
    const tables = excerpt!.match(/^CREATE TABLE [\s\S]*?^\);$/gm) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    const schema = read('sql/schema.sql');
    for (const table of tables) expect(schema).toContain(table);
  });

  it('gives the sizes docs/performance.md measures', () => {
    const performance = read('docs/performance.md');
    /** The minified and gzipped kB of the row of docs/performance.md's size table that starts so. */
    const row = (start: string) => {
      const line = performance.split('\n').find((text) => text.startsWith(`| ${start}`));
      const figures = [...(line ?? '').matchAll(/\| ([\d.]+) kB /g)].map((match) =>
        Math.round(Number(match[1])),
      );
      expect(figures.length, start).toBeGreaterThanOrEqual(2);
      return figures.slice(0, 2);
    };
    const embedding = prose('docs/embedding.md');
    const single = embedding.match(/is one minified script \(about (\d+) kB, (\d+) kB gzipped/);
    expect(single?.slice(1).map(Number)).toEqual(row('the single-file build'));
    const udf = embedding.match(
      /`valuePledges` with `defineFramework`: about (\d+) kB minified, (\d+) kB gzipped/,
    );
    expect(udf?.slice(1).map(Number)).toEqual(row('`defineFramework` + `valuePledges`'));
  });

  it('names every key extendFramework needs where it writes out its changes', () => {
    let missing: string[] = [];
    try {
      root.extendFramework(framework, {} as never);
    } catch (error) {
      if (!isSocialValueError(error)) throw error;
      missing = error.issues
        .filter((issue) => issue.message.startsWith('missing'))
        .map((issue) => String(issue.segments.at(-1)));
    }
    expect(missing.sort()).toEqual(['id', 'name']);
    const calls = guides.flatMap((file) =>
      [...prose(file).matchAll(/`extendFramework\(\w+, \{ ([\w, ]+) \}\)`/g)].map(
        (match) => match[1]!,
      ),
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const keys of calls) expect(keys.split(', ')).toEqual(expect.arrayContaining(missing));
  });

  it('gives financialYearStartMonth to trackDelivery, which alone takes it', () => {
    const report = root.trackDelivery(
      {
        lines: [
          {
            measure: 'NT1',
            theme: 'jobs',
            valueType: 'local-economic',
            quantity: 24,
            proxyValue: 30782,
          },
        ],
      },
      [],
      { ...period, financialYearStartMonth: 1 },
    );
    expect(report.byFinancialYear.map((year) => year.year)).toEqual([
      '2024',
      '2025',
      '2026',
      '2027',
    ]);
    expect(
      issueLines(() =>
        root.summarisePortfolio([{ id: 'A', report }], { financialYearStartMonth: 1 } as never),
      ),
    ).toEqual(['options.financialYearStartMonth: unknown key']);
    const sentences = guides.flatMap((file) =>
      prose(file)
        .split(/(?<=\.) |\n/)
        .filter((sentence) => sentence.includes('`financialYearStartMonth`'))
        .map((sentence) => ({ file, sentence })),
    );
    for (const { file, sentence } of sentences.filter(
      ({ sentence }) =>
        sentence.includes('summarisePortfolio') || sentence.includes('**Portfolio**'),
    )) {
      expect(sentence, file).toContain('`trackDelivery`');
    }
  });

  // docs/maturity.md names them in its paragraph on defineMaturityModel.
  it("names the maturity rules as a model's in the README, as assessMaturity's options refuse them", () => {
    expect(
      issueLines(() =>
        root.assessMaturity(root.svmiPublicSector, { procurement: 'leader' }, {
          rules: {},
        } as never),
      ),
    ).toEqual(['options.rules: unknown key']);
    const sentences = ['README.md'].flatMap((file) =>
      prose(file)
        .split(/(?<=\.) /)
        .filter((sentence) => /`rules\.(themeRule|overallRounding)/.test(sentence))
        .map((sentence) => ({ file, sentence })),
    );
    expect(sentences.length).toBeGreaterThan(0);
    for (const { file, sentence } of sentences) expect(sentence, file).toMatch(/model/);
  });

  it('says what the single-file build holds and what it leaves out', () => {
    expect(Object.keys(embed).sort()).toEqual(
      [...new Set([...Object.keys(root), ...Object.keys(csv)])].sort(),
    );
    const left = {
      'social-value/ocds': ocds,
      'social-value/charts': charts,
      'social-value/sql': sql,
    };
    const embedding = prose('docs/embedding.md');
    for (const [entry, exports] of Object.entries(left)) {
      expect(
        Object.keys(exports).some((name) => name in embed),
        entry,
      ).toBe(false);
      expect(embedding, entry).toMatch(new RegExp(`not in it \\([^)]*\`${entry}\``));
    }
  });

  it('names only fractions the library has (…Ratio, …Share, …Rate)', () => {
    const source = (dir: string): string[] =>
      readdirSync(join(repo, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? source(join(dir, entry.name))
          : entry.name.endsWith('.ts')
            ? [read(join(dir, entry.name))]
            : [],
      );
    const code = source('src').join('\n');
    const names = new Set(
      guides.flatMap((file) =>
        [...read(file).matchAll(/`([a-z][A-Za-z]*(?:Ratio|Share|Rate))`/g)].map(
          (match) => match[1]!,
        ),
      ),
    );
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((name) => !new RegExp(`\\b${name}\\b`).test(code))).toEqual([]);
  });
});
