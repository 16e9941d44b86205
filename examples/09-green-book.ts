// HM Treasury Green Book discounting of a long benefit stream (issue 14, item 7): £10,000 of
// benefit a year for 40 years, discounted with the current declining schedule (3.5% to year 30,
// 3.0% to year 75, 2.5% thereafter; Green Book Annex A6 Table 8) beside one flat 3.5%, and the
// health schedule for health and life values.
import { formatGBP, presentValue } from 'social-value';
import { heading, table } from './print.js';

heading('Green Book discounting: £10,000 a year for 40 years (2026 to 2065, base year 2025)');
const stream = Array.from({ length: 40 }, (_, index) => ({ year: 2026 + index, value: 10000 }));
const scheduled = presentValue(stream, { baseYear: 2025 });
const flat = presentValue(stream, { baseYear: 2025, rate: '0.035' });
const health = presentValue(stream, { baseYear: 2025, schedule: 'green-book-2022-health' });
const year = (result: typeof scheduled, at: number) =>
  result.years.find((entry) => entry.year === at)!;
table([
  ['', 'factor 2056 (year 31)', 'factor 2065 (year 40)', 'present value'],
  ...(
    [
      ['Green Book 2022 schedule', scheduled],
      ['flat 3.5%', flat],
      ['Green Book 2022 health', health],
    ] as const
  ).map(([label, result]) => [
    label,
    year(result, 2056).discountFactor.toFixed(6),
    year(result, 2065).discountFactor.toFixed(6),
    formatGBP(result.total),
  ]),
]);
console.log(scheduled.summary);
for (const warning of flat.warnings) console.log(`- ${warning.code}: ${warning.message}`);
console.log(`Schedule source: ${scheduled.schedule.source}`);
