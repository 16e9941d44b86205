import { describe, expect, it } from 'vitest';
import { formatValuationCsv, parsePledgeSheet, toPledges } from '../../src/csv/index.js';
import { reconcilePledgeSheet, valuePledges } from '../../src/index.js';
import { seedFramework } from '../toms/fixtures.js';

// Seed 003: Hackney weighs a procurement's negative impacts too (PRIMAS); Suffolk follows its
// officers' pledges up twelve months later with the barriers met (Appendix E). Values by hand:
// NT1 3 × 30,782 = 92,346; NT32 40,000 × 0.02223 = 889.2 as a disbenefit (−889.2);
// NT29 120 × 16.09 = 1,930.8 (internal). Net 92,346 − 889.2 + 1,930.8 = 93,387.6.
const valuation = valuePledges(seedFramework, [
  { measure: 'NT1', quantity: 3 },
  { measure: 'NT32', quantity: 40_000, effect: 'disbenefit' },
  {
    measure: 'NT29',
    quantity: 120,
    channel: 'internal',
    pledgerKind: 'officer',
    pledger: 'Procurement officer',
    followUpOn: '2027-03-10',
    barriers: ['No volunteering leave policy yet', 'Rota'],
  },
]);

describe('pledge sheets with effects and channels', () => {
  it('writes the effect, channel and origin columns, a disbenefit negative', () => {
    const csv = formatValuationCsv(valuation, { total: true });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,Effect,Channel,Pledger Kind,Pledger,Follow-up On,Barriers',
    );
    expect(lines[2]).toBe(
      'Decarbonising and Safeguarding our World,NT32,Car miles saved,miles saved,0.02223,40000,-889.2,disbenefit,tender,,,,',
    );
    expect(lines[3]).toBe(
      'Healthier, Safer and more Resilient Communities,NT29,Volunteering hours,no. staff volunteering hours,16.09,120,1930.8,benefit,internal,officer,Procurement officer,2027-03-10,No volunteering leave policy yet; Rota'.replace(
        'Healthier, Safer and more Resilient Communities',
        '"Healthier, Safer and more Resilient Communities"',
      ),
    );
    expect(lines[4]).toBe(',,Total,,,,93387.6,,,,,,');
  });

  it('reads them back: the same pledges, the same net valuation, a sheet that reconciles', () => {
    const sheet = parsePledgeSheet(formatValuationCsv(valuation));
    expect(sheet.problems).toEqual([]);
    expect(sheet.tagColumns).toEqual([]);
    expect(sheet.columns).toMatchObject({
      effect: 'Effect',
      channel: 'Channel',
      barriers: 'Barriers',
    });
    const again = valuePledges(seedFramework, toPledges(sheet.rows));
    expect(again.total.toString()).toBe('93387.6');
    expect(again.lines.map((line) => [line.effect, line.channel])).toEqual([
      ['benefit', 'tender'],
      ['disbenefit', 'tender'],
      ['benefit', 'internal'],
    ]);
    expect(again.lines[2]!.barriers).toEqual(['No volunteering leave policy yet', 'Rota']);
    expect(again.lines[2]!.followUpOn).toBe('2027-03-10');
    const reconciled = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expect(reconciled.ok).toBe(true);
    expect(reconciled.computedTotal.toString()).toBe('93387.6');
    expect(reconciled.findings).toEqual([]);
  });

  it('reads labels as people write them and reports cells it cannot read', () => {
    const sheet = parsePledgeSheet(
      'Reference,Answer,Effect,Channel,Follow-up date\nNT1,1,Disbenefit,Section 106,2027-03-10\nNT1,2,bad,S106,10/03/2027\n',
    );
    expect(sheet.rows[0]).toMatchObject({
      effect: 'disbenefit',
      channel: 'section-106',
      followUpOn: '2027-03-10',
    });
    expect(sheet.rows[1]!.effect).toBeUndefined();
    expect(sheet.problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([
      ['not-a-choice', 3, 'Effect'],
      ['not-a-choice', 3, 'Channel'],
      ['not-a-date', 3, 'Follow-up date'],
    ]);
    expect(sheet.problems[1]!.message).toBe(
      'Line 3, column "Channel": "S106" is not a channel (tender, grant, asset-transfer, section-106, planning, partnership, internal); it is left blank.',
    );
    // A disbenefit stated positive is a mismatch: quantity × proxy is −£30,782.00.
    const reconciled = reconcilePledgeSheet([
      { measure: 'NT1', quantity: 1, proxyValue: 30782, statedValue: 30782, effect: 'disbenefit' },
    ]);
    expect(reconciled.findings[0]?.code).toBe('value-mismatch');
    expect(reconciled.findings[0]?.message).toBe(
      'Row 1 (NT1): 1 × £30,782 is -£30,782.00 (a disbenefit) but the sheet states £30,782.00 (£61,564.00 difference); the corrected total uses -£30,782.00.',
    );
  });

  it('keeps a tag named like an origin column a tag: a benefit stays a benefit', () => {
    // Tags written as bidders name their columns; read by name, each would have become the line's
    // effect, channel, pledger… (an `Effect: Disbenefit` tag turned £92,346 into −£92,346).
    const tags = {
      Effect: 'Disbenefit',
      'Pledge Channel': 'grant',
      'Pledger Type': 'officer',
      'Pledged By': 'someone else',
      'Follow-up date': '2020-01-01',
      Barriers: 'none',
    };
    const tagged = valuePledges(seedFramework, [
      { measure: 'NT1', quantity: 3, tags },
      { measure: 'NT32', quantity: 40_000, effect: 'disbenefit' },
    ]);
    const csv = formatValuationCsv(tagged);
    expect(csv.split('\r\n')[0]).toBe(
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,Effect,Channel,Pledger Kind,Pledger,Follow-up On,Barriers,Barriers,Effect,Follow-up date,Pledge Channel,Pledged By,Pledger Type',
    );
    const sheet = parsePledgeSheet(csv);
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows[0]!.tags).toEqual(tags);
    expect(sheet.rows.map((row) => [row.effect, row.channel, row.pledger])).toEqual([
      ['benefit', 'tender', undefined],
      ['disbenefit', 'tender', undefined],
    ]);
    const again = valuePledges(seedFramework, toPledges(sheet.rows));
    expect(again.total.toString()).toBe(tagged.total.toString());
    expect(again.lines[0]!.value.toString()).toBe('92346');
    // Without such a tag the columns stay where they were, after the tags.
    const plain = valuePledges(seedFramework, [
      { measure: 'NT32', quantity: 1, effect: 'disbenefit', tags: { Priority: 'Net zero' } },
    ]);
    expect(formatValuationCsv(plain).split('\r\n')[0]).toBe(
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,Priority,Effect',
    );
  });
});
