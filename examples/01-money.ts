// Money parsing, rounding and formatting, and an error as a user sees it.
import { formatGBP, isSocialValueError, roundMoney, toDecimal } from 'social-value';
import { heading, table } from './print.js';

heading('Exact money');
// Three pledged values from seed 004's sheet (NT1, NT1c, NT18), as the sheet states them.
const total = ['738768.00', '1108152.00', '6264776.71']
  .map((v) => toDecimal(v))
  .reduce((a, b) => a.plus(b));
console.log(`0.1 + 0.2 in floating point: ${0.1 + 0.2}`);
console.log(`0.1 + 0.2 with social-value: ${toDecimal('0.1').plus('0.2').toString()}`);
console.log(`NT1 + NT1c + NT18 pledged: ${formatGBP(total)}`);

heading('Rounding, with a named mode');
table([
  ['value', 'mode', 'places', 'result', 'float route'],
  ['2.675', 'half-up', 'penny', roundMoney('2.675').toFixed(2), (2.675).toFixed(2)],
  [
    '1.005',
    'half-up',
    'penny',
    roundMoney('1.005').toFixed(2),
    String(Math.round(1.005 * 100) / 100),
  ],
  ['2.665', 'half-even', 'penny', roundMoney('2.665', { mode: 'half-even' }).toFixed(2), ''],
  ['8461245.35', 'half-up', 'pound', formatGBP('8461245.35', { places: 'pound' }), ''],
]);

heading('An error, as a user sees it');
try {
  toDecimal('£ 738,768.00');
} catch (error) {
  if (isSocialValueError(error)) {
    console.log(`code: ${error.code}`);
    console.log(`message: ${error.message}`);
  }
}
