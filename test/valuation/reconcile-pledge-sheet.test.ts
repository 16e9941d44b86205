import { describe, expect, it } from 'vitest';
import { formatValuationCsv, parsePledgeSheet } from '../../src/csv/index.js';
import {
  type PledgeSheetRow,
  reconcilePledgeSheet,
  revive,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { seedFramework } from '../toms/fixtures.js';

// Every row of seed 004's pledge sheet ("Example of Progressive Procurement Using The Social
// Value Portal"), as published: [measure, proxy, answer, stated value].
const seed004: [string, string, string | null, string | null][] = [
  ['NT1', '30782', '24', '738768.00'],
  ['NT1c', '30782', '36', '1108152.00'],
  ['NT3', '20481', '1', '20481.00'],
  ['NT4', '14782', '1', '14782.00'],
  ['NT5', '24527', '1', '24527.00'],
  ['NT6', '16420', '0.25', '4105.00'],
  ['NT8', '16.09', '50', '804.50'],
  ['NT9', '286.47', '70', '20052.90'],
  ['NT10', '224.07', '70', '15684.90'],
  ['NT13', '168.72', null, null],
  ['NT15', '101.86', '8', '814.88'],
  ['NT15a', '101.86', '16', '1629.76'],
  ['NT18', '0.963812', '650000', '6264776.71'],
  ['CBC5 RBC1', '0', '840000', '0'],
  ['NT19', '0.963812', '250000', '240952.95'],
  ['NT20', '131.86', '24', '3164.64'],
  ['NT28', '1', '1000', '1000.00'],
  ['NT29', '16.09', '32', '514.88'],
  ['NT32', '0.02223', '1000', '22.23'],
  ['NT33', '0.012', '1000', '12.00'],
  ['NT67', '1', '1000', '1000.00'],
  ['NT68', '0', '100', '0'],
];
const rows: PledgeSheetRow[] = seed004.map(([measure, proxyValue, quantity, statedValue]) => ({
  measure,
  proxyValue,
  quantity,
  statedValue,
}));

describe('reconcilePledgeSheet on seed 004', () => {
  const result = reconcilePledgeSheet(rows, { statedTotal: '8461245.35' });

  it('finds the stated total equal to the sum of the stated rows', () => {
    expect(result.statedRowsTotal.toString()).toBe('8461245.35');
    expect(result.statedTotalMatchesRows).toBe(true);
    expect(result.findings.some((finding) => finding.code === 'total-mismatch')).toBe(false);
  });

  it('finds the NT18 ×10 slip', () => {
    const nt18 = result.findings.find((finding) => finding.measure === 'NT18')!;
    expect(nt18.code).toBe('likely-scale-error');
    expect(nt18.severity).toBe('error');
    expect(nt18.row).toBe(13);
    expect(nt18.scale).toBe(1);
    // 650,000 × 0.963812 = 626,477.8; 6,264,776.71 − 626,477.8 = 5,638,298.91.
    expect(nt18.expected?.toString()).toBe('626477.8');
    expect(nt18.difference?.toString()).toBe('5638298.91');
    // 626,477.671 / 650,000 = 0.96381180153846...
    expect(nt18.impliedProxy?.toString()).toBe('0.9638118015384615384615384615384615');
    expect(nt18.message).toContain('6,500,000');
  });

  it('explains NT19 by the proxy shown rounded to 6 places', () => {
    const nt19 = result.findings.find((finding) => finding.measure === 'NT19')!;
    expect(nt19.code).toBe('proxy-rounding');
    expect(nt19.severity).toBe('info');
    // 250,000 × 0.963812 = 240,953; stated 240,952.95; implied 240,952.95 / 250,000 = 0.9638118.
    expect(nt19.difference?.toString()).toBe('-0.05');
    expect(nt19.impliedProxy?.toString()).toBe('0.9638118');
  });

  it('reports NT13 unanswered and the zero proxies as not monetised', () => {
    const kinds = Object.fromEntries(
      result.findings.map((finding) => [finding.measure, finding.code]),
    );
    expect(kinds).toEqual({
      NT13: 'unanswered',
      NT18: 'likely-scale-error',
      'CBC5 RBC1': 'not-monetised',
      NT19: 'proxy-rounding',
      NT68: 'not-monetised',
    });
    expect(result.ok).toBe(false);
  });

  it('never takes a value stated against a £0 proxy for a rounded proxy', () => {
    // CBC5 RBC1 (Lancashire spend) is recorded, not monetised: a sheet that states £400,000 for
    // it is wrong, not a proxy of £0.476 shown as £0.
    const check = reconcilePledgeSheet([
      { measure: 'CBC5 RBC1', proxyValue: '0', quantity: 840000, statedValue: 400000 },
      { measure: 'NT68', proxyValue: '0.00', quantity: 12, statedValue: '0.01' },
    ]);
    expect(check.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['value-mismatch', 'error'],
      ['value-mismatch', 'error'],
      ['no-stated-total', 'info'],
    ]);
    expect(check.findings[0]?.message).toBe(
      'Row 1 (CBC5 RBC1): 840,000 × £0 is £0.00 but the sheet states £400,000.00 (£400,000.00 difference); the corrected total uses £0.00.',
    );
    expect(check.correctedTotal.toString()).toBe('0');
    expect(check.ok).toBe(false);
  });

  it('gives the corrected total', () => {
    // 8,461,245.35 − 6,264,776.71 + 626,477.671 (stated ÷ 10) = 2,822,946.311.
    expect(result.correctedTotal.toString()).toBe('2822946.311');
    expect(result.correction.toString()).toBe('-5638299.039');
    // Σ answer × proxy as shown: 2,822,946.311 − 626,477.671 + 626,477.8 − 240,952.95 + 240,953.
    expect(result.computedTotal.toString()).toBe('2822946.49');
  });
});

describe('reconcilePledgeSheet on a sheet without a total row', () => {
  it('checks the rows and says that there was no total to check', () => {
    // 32 × £16.09 = £514.88 (checks out); 3 × £2 = £6 stated £60 (ten times too large).
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT29,16.09,32,514.88\nNT1,2,3,60\n',
    );
    expect(sheet.statedTotal).toBeNull();
    const check = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expect(check.findings.map((finding) => [finding.row, finding.code, finding.severity])).toEqual([
      [3, 'likely-scale-error', 'error'],
      [undefined, 'no-stated-total', 'info'],
    ]);
    // The stated rows: 514.88 + 60 = 574.88; corrected: 514.88 + 6 = 520.88.
    expect(check.findings[1]?.message).toBe(
      'No stated total to check: the sheet has no total row (or none was given as options.statedTotal), so only its rows are checked, and the stated total is taken as the sum of the stated rows, £574.88.',
    );
    expect(check.findings[1]?.expected?.toString()).toBe('574.88');
    expect(check.statedTotal.toString()).toBe('574.88');
    expect(check.statedTotalMatchesRows).toBeUndefined();
    expect(check.correctedTotal.toString()).toBe('520.88');
    expect(check.summary).toBe(
      '2 rows checked: 1 error, no warnings, 1 note; corrected total £520.88 against the rows’ stated £574.88 (no stated total).',
    );
    // A note, not a warning: a sheet whose rows check out is still ok.
    const clean = reconcilePledgeSheet(sheet.rows.slice(0, 1));
    expect(clean.ok).toBe(true);
    expect(clean.findings.map((finding) => finding.code)).toEqual(['no-stated-total']);
    // With the total row, no note.
    const totalled = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT29,16.09,32,514.88\nTotal,,,514.88\n',
    );
    const checked = reconcilePledgeSheet(totalled.rows, { statedTotal: totalled.statedTotal });
    expect(checked.findings).toEqual([]);
    expect(checked.summary).toBe(
      '1 row checked: no errors, no warnings, no notes; corrected total £514.88 against the stated £514.88.',
    );
  });
});

describe('reconcilePledgeSheet on a sheet with no rows', () => {
  it('warns that nothing was checked, so the sheet is not ok', () => {
    // A header alone: no measure rows, no total row.
    const sheet = parsePledgeSheet('Reference,Proxy Value,Answer,Pledged Social Value\n');
    expect(sheet.rows).toEqual([]);
    const check = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expect(check.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['no-rows', 'warning'],
      ['no-stated-total', 'info'],
    ]);
    expect(check.findings[0]).toEqual({
      code: 'no-rows',
      severity: 'warning',
      message: 'No rows to check: the sheet has no measure rows (a header alone?).',
      expected: null,
      stated: null,
      difference: null,
    });
    expect(check.ok).toBe(false);
    expect(check.summary).toBe(
      '0 rows checked: no errors, 1 warning, 1 note; corrected total £0.00 against the rows’ stated £0.00 (no stated total).',
    );
    // A total row under the header and no measure rows: £100 stated against £0 of rows, too.
    const totalled = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nTotal,,,100\n',
    );
    const checked = reconcilePledgeSheet(totalled.rows, { statedTotal: totalled.statedTotal });
    expect(checked.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['no-rows', 'warning'],
      ['total-mismatch', 'error'],
    ]);
    // One row is enough: an unanswered row is a note, and the sheet checks out.
    expect(reconcilePledgeSheet([{ measure: 'NT1', proxyValue: 1 }]).ok).toBe(true);
  });
});

describe('reconcilePledgeSheet on a sheet that states a total and no row value', () => {
  // A sheet whose value column is blank but for its total row. Figures by hand:
  // NT18 650,000 × £0.963812 = £626,477.80; NT19 250,000 × £0.963812 = £240,953.00;
  // together £867,430.80.
  const sheet = (answers: [string, string], proxy: string, total: string) =>
    parsePledgeSheet(
      `Reference,Proxy Value,Answer,Pledged Social Value\nNT18,${proxy},${answers[0]},\nNT19,${proxy},${answers[1]},\nTotal,,,${total}\n`,
    );
  const check = (read: ReturnType<typeof sheet>) =>
    reconcilePledgeSheet(read.rows, { statedTotal: read.statedTotal });

  it('checks the total against the answers × proxy values', () => {
    const read = sheet(['650000', '250000'], '0.963812', '867430.80');
    expect(read.statedTotal?.toString()).toBe('867430.8');
    const result = check(read);
    // It said "its rows add up to £0.00", an error, for a total that is right.
    expect(result.findings.map((finding) => finding.code)).toEqual([
      'missing-value',
      'missing-value',
    ]);
    expect(result.statedTotalMatchesRows).toBe(true);
    expect(result.computedTotal.toString()).toBe('867430.8');
  });

  it('finds answers entered a thousand times too big', () => {
    const result = check(sheet(['650000000', '250000000'], '0.963812', '867430.80'));
    const total = result.findings.at(-1);
    expect(total).toMatchObject({ code: 'total-mismatch', severity: 'error' });
    // 900,000,000 × 0.963812 = 867,430,800; 867,430.80 − 867,430,800 = −866,563,369.20.
    expect(total?.expected?.toString()).toBe('867430800');
    expect(total?.difference?.toString()).toBe('-866563369.2');
    expect(total?.message).toBe(
      'The sheet states a total of £867,430.80, but no row states a value and its answers × proxy values add up to £867,430,800.00, 1,000 times the stated total (-£866,563,369.20 difference).',
    );
    expect(result.statedTotalMatchesRows).toBe(false);
    expect(result.ok).toBe(false);
  });

  it('allows for proxies shown rounded, and rows rounded to the penny', () => {
    // Proxies shown as £0.96 (the total made with £0.963812): 900,000 × 0.96 = £864,000, and
    // a proxy anywhere in [0.955, 0.965) moves it by up to 900,000 × 0.005 = £4,500.
    expect(check(sheet(['650000', '250000'], '0.96', '867430.80')).statedTotalMatchesRows).toBe(
      true,
    );
    expect(check(sheet(['650000', '250000'], '0.96', '868500.01')).statedTotalMatchesRows).toBe(
      false,
    );
    // 45.12 × £0.02223 = £1.0030176 a row: £2.0060352 exact, £2.00 as two rows in pence.
    for (const total of ['2.01', '2.00']) {
      expect(check(sheet(['45.12', '45.12'], '0.02223', total)).statedTotalMatchesRows).toBe(true);
    }
  });
});

describe('reconcilePledgeSheet, other findings', () => {
  it('flags a total that is not the sum of its rows', () => {
    const result = reconcilePledgeSheet(
      [{ measure: 'NT29', proxyValue: '16.09', quantity: 32, statedValue: '514.88' }],
      {
        statedTotal: '600',
      },
    );
    expect(result.findings[0]).toMatchObject({ code: 'total-mismatch', severity: 'error' });
    expect(result.findings[0]?.difference?.toString()).toBe('85.12');
    expect(result.statedTotalMatchesRows).toBe(false);
  });

  it('tells a mismatch, a slip down, and blank cells apart', () => {
    const result = reconcilePledgeSheet([
      { line: 7, measure: 'A', proxyValue: '16.09', quantity: 32, statedValue: '600' },
      { measure: 'B', proxyValue: '16.09', quantity: 32, statedValue: '5.1488' },
      { measure: 'C', proxyValue: '16.09', quantity: null, statedValue: '10' },
      { measure: 'D', proxyValue: null, quantity: 3, statedValue: '10' },
      { measure: 'E', proxyValue: '2', quantity: 3, statedValue: null },
    ]);
    expect(result.findings.map((finding) => [finding.row, finding.code])).toEqual([
      [7, 'value-mismatch'],
      [2, 'likely-scale-error'],
      [3, 'missing-quantity'],
      [4, 'missing-proxy'],
      [5, 'missing-value'],
      [undefined, 'no-stated-total'],
    ]);
    expect(result.findings[1]?.scale).toBe(-2);
    // Corrected: A 514.88 (computed), B 514.88 (stated × 100), C 10, D 10 (stated), E 6.
    expect(result.rows.map((row) => row.corrected.toString())).toEqual([
      '514.88',
      '514.88',
      '10',
      '10',
      '6',
    ]);
    expect(result.correctedTotal.toString()).toBe('1055.76');
  });

  it('accepts differences within the tolerance', () => {
    // 32 × 16.09 = 514.88; a proxy rounded to 2 places explains up to 32 × 0.005 = 0.16.
    const rows = [{ measure: 'A', proxyValue: '16.09', quantity: 32, statedValue: '520' }];
    expect(reconcilePledgeSheet(rows).findings[0]?.code).toBe('value-mismatch');
    expect(reconcilePledgeSheet(rows, { tolerance: '5.12' }).ok).toBe(true);
    const close = [{ measure: 'A', proxyValue: '16.09', quantity: 32, statedValue: '515' }];
    expect(reconcilePledgeSheet(close).findings[0]?.code).toBe('proxy-rounding');
  });

  it('takes a proxy shown with one significant digit as exact, not as a rounded one', () => {
    // 650,000 × £1 = £650,000 stated as £900,000: £250,000 over. Half a unit of the £1 shown
    // is 50p a unit, £325,000 on 650,000 units: that "rounding" explained 38% too much.
    const over = reconcilePledgeSheet(
      [{ measure: 'NT18', proxyValue: '1.00', quantity: 650000, statedValue: '900000' }],
      { statedTotal: '900000' },
    );
    expect(over.ok).toBe(false);
    expect(over.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['value-mismatch', 'error'],
    ]);
    expect(over.findings[0]!.message).toBe(
      'Row 1 (NT18): 650,000 × £1 is £650,000.00 but the sheet states £900,000.00 (£250,000.00 difference); the corrected total uses £650,000.00.',
    );
    expect(over.correctedTotal.toString()).toBe('650000');
    // So is a total checked against the answers × proxies, when no row states a value.
    const total = reconcilePledgeSheet(
      [{ measure: 'NT18', proxyValue: '1', quantity: 650000, statedValue: null }],
      { statedTotal: '900000' },
    );
    expect(total.findings.map((finding) => finding.code)).toEqual([
      'missing-value',
      'total-mismatch',
    ]);
    // £5, £0.5 and £0.06 likewise; a slip by a power of ten is still found, exactly.
    const codes = (proxyValue: string, statedValue: string) =>
      reconcilePledgeSheet([{ measure: 'A', proxyValue, quantity: 100, statedValue }]).findings[0]
        ?.code;
    expect(codes('5', '540')).toBe('value-mismatch');
    expect(codes('0.5', '54')).toBe('value-mismatch');
    expect(codes('0.06', '6.4')).toBe('value-mismatch');
    expect(codes('5', '5000')).toBe('likely-scale-error');
    expect(codes('5', '5040')).toBe('value-mismatch');
    // Two significant digits or more (£20, £0.96, £16.09): a rounded proxy, as before.
    expect(codes('20', '2049')).toBe('proxy-rounding');
    expect(codes('0.96', '96.38')).toBe('proxy-rounding');
    expect(codes('16.09', '1609.4')).toBe('proxy-rounding');
  });

  it('names the bad field', () => {
    const error = caught(() => reconcilePledgeSheet([{ measure: 'A', quantity: 'lots' }]));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('rows[0].quantity');
    expect(caught(() => reconcilePledgeSheet([], { tolerance: -1 })).issues[0]?.path).toBe(
      'options.tolerance',
    );
  });
});

describe('reconcilePledgeSheet, a negative answer', () => {
  it('reports it as an error, as valuePledges refuses it, keeping the stated value', () => {
    // −32 hours × £16.09 = −£514.88, stated as such: the arithmetic holds but the answer cannot
    // be pledged (a negative impact is a disbenefit, its answer positive). −3 × £2 with no value.
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT29,16.09,-32,-514.88\nA,2,-3,\nB,2,-0,0\n',
    );
    expect(sheet.problems).toEqual([]);
    const result = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expect(
      result.findings.map((finding) => [
        finding.row,
        finding.code,
        finding.severity,
        finding.expected?.toString(),
        finding.stated?.toString(),
      ]),
    ).toEqual([
      [2, 'negative-quantity', 'error', '-514.88', '-514.88'],
      [3, 'negative-quantity', 'error', '-6', undefined],
      [undefined, 'no-stated-total', 'info', '-514.88', undefined],
    ]);
    expect(result.findings[0]?.message).toBe(
      'Row 2 (NT29) answers -32, but an answer cannot be negative (valuePledges refuses it; a negative impact is a disbenefit: its answer positive, with the Effect "disbenefit"); the corrected total keeps the stated -£514.88.',
    );
    expect(result.findings[1]?.message).toContain('the corrected total keeps £0.');
    expect(result.ok).toBe(false);
    // Corrected: the stated −£514.88, £0 for row 3 (no value stated), £0 for −0 (read as 0).
    expect(result.rows.map((row) => row.corrected.toString())).toEqual(['-514.88', '0', '0']);
    expect(result.correctedTotal.toString()).toBe('-514.88');
  });
});

describe('reconcilePledgeSheet, a negative answer at a £0 proxy', () => {
  it('computes +0, never "-0", and reads back the same', () => {
    // −1 × £0 = 0 and −2 × £0 × 0.5 = 0: signed zeros in decimal.js, written "-0" by JSON; a
    // zero value is +0, as a disbenefit's is.
    const result = reconcilePledgeSheet([
      { measure: 'NT1', proxyValue: '0', quantity: -1 },
      { measure: 'NT2', proxyValue: '0', quantity: -2, attributionShare: '0.5', statedValue: '0' },
    ]);
    const json = JSON.parse(JSON.stringify(result));
    expect(json.rows.map((row: { computed: string }) => row.computed)).toEqual(['0', '0']);
    expect(json.findings.map((finding: { expected: string }) => finding.expected)).toEqual([
      '0',
      '0',
      '0',
    ]);
    expect(JSON.stringify(revive(json))).toBe(JSON.stringify(result));
  });
});

describe('reconcilePledgeSheet, a stated total rounded to the penny', () => {
  // NT32: 45.12 miles × £0.02223 = £1.0030176 a line, shown £1.00; three lines are exactly
  // £3.0090528, shown £3.01, while the shown lines add up to £3.00. Taken at their exact values
  // (each stated £1.00 within half a penny of £1.0030176), the rows add up to £3.0090528, and
  // the stated £3.01 is within half a penny of that.
  const valuation = valuePledges(
    seedFramework,
    [1, 2, 3].map(() => ({ measure: 'NT32', quantity: '45.12' })),
  );
  const rounded = (statedValue: string): PledgeSheetRow => ({
    measure: 'NT32',
    proxyValue: '0.02223',
    quantity: '45.12',
    statedValue,
  });

  it('reconciles a sheet formatValuationCsv wrote in pounds and pence', () => {
    expect(valuation.total.toString()).toBe('3.0090528');
    const sheet = parsePledgeSheet(formatValuationCsv(valuation, { money: 'gbp' }));
    expect(sheet.rows.map((row) => row.statedValue?.toString())).toEqual(['1', '1', '1']);
    expect(sheet.statedTotal?.toString()).toBe('3.01');
    const reconciled = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    // One measure on three rows: a note (as valuePledges warns), not a warning.
    expect(reconciled.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['duplicate-measure', 'info'],
    ]);
    expect(reconciled.ok).toBe(true);
    expect(reconciled.statedTotalMatchesRows).toBe(true);
    expect(reconciled.statedRowsTotal.toString()).toBe('3');
  });

  it('still reports a total the rounding of its rows cannot explain', () => {
    // £3.02 is £0.02 over the rows as shown and £0.0109472 over their exact £3.0090528.
    const rows = [rounded('1.00'), rounded('1.00'), rounded('1.00')];
    const wrong = reconcilePledgeSheet(rows, { statedTotal: '3.02' });
    expect(wrong.findings.map((finding) => [finding.code, finding.difference?.toString()])).toEqual(
      [
        ['duplicate-measure', undefined],
        ['total-mismatch', '0.02'],
      ],
    );
    expect(wrong.findings[1]?.message).toBe(
      'The sheet states a total of £3.02, but its rows add up to £3.00 (£0.02 difference), and to £3.0090528 before 3 of them were rounded to the penny.',
    );
    expect(reconcilePledgeSheet(rows, { statedTotal: '3.01' }).ok).toBe(true);
    // £2.99 is £0.01 under the rows as shown and £0.0190528 under their exact values: wrong.
    expect(reconcilePledgeSheet(rows, { statedTotal: '2.99' }).statedTotalMatchesRows).toBe(false);
    // Rows stated exactly (32 × £16.09 = £514.88) leave only the tolerance: £514.89 is wrong.
    const exact = [{ measure: 'NT29', proxyValue: '16.09', quantity: 32, statedValue: '514.88' }];
    expect(reconcilePledgeSheet(exact, { statedTotal: '514.89' }).findings[0]?.code).toBe(
      'total-mismatch',
    );
  });
});

describe('reconcilePledgeSheet with an attribution share', () => {
  // NT29 volunteering: 32 hours × £16.09 × 0.5 (half credited to this contract) = £257.44.
  it('checks the stated value against quantity × proxy × share', () => {
    const reconciled = reconcilePledgeSheet(
      [
        {
          measure: 'NT29',
          quantity: 32,
          proxyValue: '16.09',
          attributionShare: '0.5',
          statedValue: '257.44',
        },
      ],
      { statedTotal: '257.44' },
    );
    expect(reconciled.findings).toEqual([]);
    expect(reconciled.ok).toBe(true);
    expect(reconciled.computedTotal.toString()).toBe('257.44');
  });

  it('says the share in a finding: a value stated in full is a mismatch', () => {
    const reconciled = reconcilePledgeSheet([
      {
        measure: 'NT29',
        quantity: 32,
        proxyValue: '16.09',
        attributionShare: '0.5',
        statedValue: '514.88',
      },
    ]);
    expect(reconciled.findings.map((finding) => finding.code)).toEqual([
      'value-mismatch',
      'no-stated-total',
    ]);
    expect(reconciled.findings[0]!.message).toBe(
      'Row 1 (NT29): 32 × £16.09 × 0.5 is £257.44 but the sheet states £514.88 (£257.44 difference); the corrected total uses £257.44.',
    );
    expect(reconciled.correctedTotal.toString()).toBe('257.44');
  });

  it('reads the proxy a shared value implies from the units credited', () => {
    // 32 × 0.5 = 16 units credited; £257.45 implies a proxy of 257.45 ÷ 16 = £16.090625, which
    // rounds to the £16.09 shown (the slack is 16 × half a penny = £0.08, plus the tolerance).
    const reconciled = reconcilePledgeSheet([
      {
        measure: 'NT29',
        quantity: 32,
        proxyValue: '16.09',
        attributionShare: '0.5',
        statedValue: '257.45',
      },
    ]);
    expect(reconciled.findings.map((finding) => finding.code)).toEqual([
      'proxy-rounding',
      'no-stated-total',
    ]);
    expect(reconciled.findings[0]!.impliedProxy?.toString()).toBe('16.090625');
    // A tenth of the value: a slip by a power of ten, its implied proxy per unit credited.
    const scaled = reconcilePledgeSheet([
      {
        measure: 'NT29',
        quantity: 32,
        proxyValue: '16.09',
        attributionShare: '0.5',
        statedValue: '2574.4',
      },
    ]);
    expect(scaled.findings[0]).toMatchObject({ code: 'likely-scale-error', scale: 1 });
    expect(scaled.findings[0]!.impliedProxy?.toString()).toBe('16.09');
  });
});

describe('reconcilePledgeSheet: hostile input', () => {
  it('finds a negative proxy value, as defineFramework refuses one, and writes -£10, not £-10', () => {
    const result = reconcilePledgeSheet([
      { measure: 'B', proxyValue: '-10', quantity: 3, statedValue: '-20' },
    ]);
    expect(result.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['negative-proxy', 'error'],
      ['no-stated-total', 'info'],
    ]);
    expect(result.findings[0]?.message).toBe(
      'Row 1 (B) has a proxy value of -£10, but a proxy value cannot be negative (defineFramework refuses it; a negative impact is a disbenefit: its proxy value positive, with the Effect "disbenefit"); the corrected total keeps the stated -£20.00.',
    );
    expect(result.ok).toBe(false);
    expect(result.rows[0]?.corrected.toString()).toBe('-20');
    expect(result.findings.some((finding) => finding.message.includes('£-'))).toBe(false);
    expect(revive(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('notes a measure on more than one row, as valuePledges warns of it pledged twice', () => {
    const row = { measure: 'NT29', proxyValue: '16.09', quantity: 32, statedValue: '514.88' };
    const result = reconcilePledgeSheet([row, { ...row, measure: 'NT1' }, row]);
    expect(result.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['duplicate-measure', 'info'],
      ['no-stated-total', 'info'],
    ]);
    expect(result.findings[0]?.measure).toBe('NT29');
    expect(result.findings[0]?.message).toBe(
      'NT29 is on 2 rows (rows 1 and 3): check that nothing is counted twice.',
    );
    expect(result.ok).toBe(true);
    expect(revive(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('warns of a row number given to two rows', () => {
    const result = reconcilePledgeSheet([
      { line: 2, measure: 'NT29', proxyValue: '16.09', quantity: 32, statedValue: '514.88' },
      { line: 2, measure: 'NT1', proxyValue: '30782', quantity: 1, statedValue: '30782' },
    ]);
    expect(result.findings.map((finding) => [finding.code, finding.row])).toEqual([
      ['duplicate-row', 2],
      ['no-stated-total', undefined],
    ]);
    expect(result.findings[0]?.message).toBe(
      'Row 2 is given 2 times (the 1st and 2nd rows): rows of two sheets put together, or one row given twice? Check that nothing is counted twice.',
    );
    expect(result.ok).toBe(false);
    expect(revive(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('never writes a value that is not 0 as £0.00', () => {
    const result = reconcilePledgeSheet(
      [{ measure: 'NT32', proxyValue: '0.001', quantity: 1, statedValue: '0.001' }],
      { statedTotal: '5' },
    );
    expect(result.findings[0]?.message).toBe(
      'The sheet states a total of £5.00, but its rows add up to less than £0.01 (£5.00 difference).',
    );
    expect(result.summary).toBe(
      '1 row checked: 1 error, no warnings, no notes; corrected total less than £0.01 against the stated £5.00.',
    );
  });
});

describe('reconcilePledgeSheet: keys written as the sheet headings', () => {
  const messages = (row: Record<string, unknown>) =>
    caught(() => reconcilePledgeSheet([row as never])).issues.map((issue) => [
      issue.path,
      issue.message,
    ]);

  it('gives every heading used as a key the key it is read as, however many there are', () => {
    expect(
      messages({
        reference: 'NT1',
        answer: '2',
        'Proxy Value': '10',
        'Pledged Social Value': '20',
      }),
    ).toEqual([
      ['rows[0].measure', 'missing: expected text'],
      ['rows[0].reference', 'unknown key (did you mean "measure"?)'],
      ['rows[0].answer', 'unknown key (did you mean "quantity"?)'],
      ['rows[0]["Proxy Value"]', 'unknown key (did you mean "proxyValue"?)'],
      ['rows[0]["Pledged Social Value"]', 'unknown key (did you mean "statedValue"?)'],
    ]);
  });

  it('reads a heading in any case or spacing, with a trailing (£) or colon', () => {
    expect(
      messages({
        'REFERENCE:': 'NT1',
        Answer: '2',
        'PLEDGED_SOCIAL_VALUE (£)': '20',
        'Social Value': '20',
        Code: 'NT1',
      }),
    ).toEqual([
      ['rows[0].measure', 'missing: expected text'],
      ['rows[0]["REFERENCE:"]', 'unknown key (did you mean "measure"?)'],
      ['rows[0].Answer', 'unknown key (did you mean "quantity"?)'],
      ['rows[0]["PLEDGED_SOCIAL_VALUE (£)"]', 'unknown key (did you mean "statedValue"?)'],
      ['rows[0]["Social Value"]', 'unknown key (did you mean "statedValue"?)'],
      ['rows[0].Code', 'unknown key (did you mean "measure"?)'],
    ]);
  });

  it('still suggests the key meant for a slip of a key', () => {
    expect(messages({ measure: 'NT1', quantty: '2', statedvalue: '20' })).toEqual([
      ['rows[0].quantty', 'unknown key (did you mean "quantity"?)'],
      ['rows[0].statedvalue', 'unknown key (did you mean "statedValue"?)'],
    ]);
  });
});
