// `social-value portfolio <folder> --targets <file> --baseline <file>`: the statement gains the
// social value budget, the library's own result for the same reports, targets and baseline.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { socialValueBudget, summarisePortfolio } from 'social-value';
import { describe, expect, it } from 'vitest';
import { cli, cliJson, root, snapshot } from './run-cli.js';

const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const folder = 'examples/cli/portfolio';
const args = [
  'portfolio',
  folder,
  '--targets',
  'examples/cli/budget-targets.json',
  '--baseline',
  'examples/cli/budget-baseline.json',
];

describe('portfolio --targets --baseline', () => {
  it('prints the portfolio and its budget, as the library makes them', async () => {
    const portfolio = summarisePortfolio(
      readdirSync(join(root, folder))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => ({ id: file.replace(/\.json$/, ''), report: read(`${folder}/${file}`) })),
    );
    const settings = read('examples/cli/budget-targets.json');
    const budget = socialValueBudget(portfolio, {
      ...settings,
      baseline: read('examples/cli/budget-baseline.json'),
    });
    expect(await cliJson(args)).toEqual([snapshot(portfolio), snapshot(budget)]);
    // 2025/26: £1,298,956.30 delivered against pledges and £2,024.64 nobody pledged.
    expect(budget.years.at(-1)?.total.delivered.toString()).toBe('1300980.94');
    expect(budget.years.at(-1)?.byDepartment.Environment?.status).toBe('met');
  });

  it('adds the budget table and its sentences to the statement', async () => {
    const run = await cli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Social value budget 2024/25 to 2025/26: £1,300,980.94 delivered');
    expect(run.stdout).toMatch(/^2025\/26\s+Department: Environment\s+£904,071\.42\s.*\smet$/m);
  });

  it("takes last year's statement as portfolio --format json wrote it (a list) as the baseline", async () => {
    const temp = mkdtempSync(join(tmpdir(), 'sv-budget-'));
    try {
      const [portfolio, budget] = (await cliJson(args)) as [unknown, unknown];
      const written = { list: [portfolio, budget], budget, portfolio };
      for (const [name, json] of Object.entries(written)) {
        writeFileSync(join(temp, `${name}.json`), JSON.stringify(json));
      }
      const run = (name: string) => cli(['portfolio', folder, '--baseline', join(temp, name)]);
      const fromList = await run('list.json');
      expect(fromList.stderr).toBe('');
      expect(fromList.status).toBe(0);
      expect(fromList.stdout).toBe((await run('budget.json')).stdout);
      expect(fromList.stdout).toContain("no financial years after the baseline's (2025/26) yet");
      // Without a budget in it, the list's portfolio is the baseline.
      writeFileSync(join(temp, 'portfolio-list.json'), JSON.stringify([portfolio]));
      expect((await run('portfolio-list.json')).stdout).toBe((await run('portfolio.json')).stdout);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it("lists the budget's findings: a department no contract has, close to one that does", async () => {
    const temp = mkdtempSync(join(tmpdir(), 'sv-budget-'));
    try {
      const targets = join(temp, 'targets.json');
      writeFileSync(
        targets,
        JSON.stringify({
          departmentTag: 'Department',
          targets: [{ year: '2025/26', department: 'Enviroment', value: 900000 }],
        }),
      );
      const run = await cli(['portfolio', folder, '--targets', targets]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Budget findings');
      expect(run.stdout).toContain(
        'warning: Target 0: no contract has department "Enviroment" (did you mean "Environment"?).',
      );
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('reads the department and priority tags from flags, as the targets file names them', async () => {
    const baseline = ['portfolio', folder, '--baseline', 'examples/cli/budget-baseline.json'];
    // The sample reports tag their contracts "Department": with the default, "department", the
    // library refuses the tag with the one meant, and the message names the flag that sets it.
    const without = await cli(baseline);
    expect(without.status).toBe(2);
    expect(without.stderr).toBe(
      'social-value: error (invalid-input): Invalid budget options: 1 problem.\n' +
        '  - --department-tag: expected a tag of the portfolio, received "department" (did you mean "Department"?)\n',
    );
    const tagged = await cli([...baseline, '--department-tag', 'Department']);
    expect(tagged.stderr).toBe('');
    expect(tagged.status).toBe(0);
    expect(tagged.stdout).toMatch(/^2025\/26\s+Department: Environment\s+£904,071\.42\s/m);
    // The same budget as the targets file's "departmentTag" gives.
    const temp = mkdtempSync(join(tmpdir(), 'sv-budget-'));
    try {
      const targets = join(temp, 'targets.json');
      writeFileSync(targets, JSON.stringify({ departmentTag: 'Department', targets: [] }));
      const fromFile = await cli([...baseline, '--targets', targets, '--format', 'json']);
      const fromFlag = await cli([
        ...baseline,
        '--department-tag',
        'Department',
        '--format',
        'json',
      ]);
      expect(fromFlag.stdout).toBe(fromFile.stdout);
      const twice = await cli([
        ...baseline,
        '--targets',
        targets,
        '--department-tag',
        'Department',
      ]);
      expect(twice.status).toBe(2);
      expect(twice.stderr).toBe(
        `social-value: error: --department-tag: ${targets} names "departmentTag" too: give the tag once.\n`,
      );
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
    const alone = await cli(['portfolio', folder, '--priority-tag', 'CWB Priority']);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toBe(
      'social-value: error: --priority-tag: names a tag of the budget: give --targets or --baseline too.\n',
    );
  });

  it('refuses a targets file of another kind, naming it, rather than reading no targets', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'sv-budget-'));
    const write = (name: string, json: unknown) => {
      writeFileSync(join(temp, name), JSON.stringify(json));
      return join(temp, name);
    };
    const expected =
      'expected budget targets, a list of { year, department?, priority?, value } or { "targets": [...], "departmentTag", "priorityTag" }, received';
    try {
      // A number (or text, or null) was read as no targets at all: exit code 0, a budget
      // without a target. A stored result is named by its kind.
      for (const [json, received] of [
        [42, '42'],
        ['targets', '"targets"'],
        [null, 'null'],
        [{ kind: 'valuation', schemaVersion: 1 }, 'an object of kind "valuation"'],
      ] as const) {
        const file = write('targets.json', json);
        const run = await cli(['portfolio', folder, '--targets', file]);
        expect([run.status, run.stdout, run.stderr]).toEqual([
          2,
          '',
          `social-value: error: ${file}: ${expected} ${received}.\n`,
        ]);
      }
      // A misspelt key of the file is named with the file, as a misspelt key inside it is.
      const misspelt = write('misspelt.json', {
        targte: [{ year: '2025/26', value: 1 }],
      });
      const run = await cli(['portfolio', folder, '--targets', misspelt]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `social-value: error (invalid-input): ${misspelt}: Invalid budget options: 1 problem.\n` +
          `  - ${misspelt}: options.targte: unknown key (did you mean "targets"?)\n`,
      );
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('refuses a targets file it cannot read as targets', async () => {
    const run = await cli(['portfolio', folder, '--targets', 'examples/cli/model.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('options');
  });
});
