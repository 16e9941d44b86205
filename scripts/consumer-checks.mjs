// The code a consumer runs against the installed tarball, once as ESM and once as CJS.
// Each later area adds a line that calls one of its functions.
const body = (load) => `
${load}
const assert = (ok, what) => { if (!ok) { console.error('FAILED: ' + what); process.exit(1); } };
assert(main.formatGBP('8461245.35') === '£8,461,245.35', 'formatGBP');
assert(main.roundMoney('2.675').toString() === '2.68', 'roundMoney');
try { main.toDecimal('abc'); assert(false, 'toDecimal throws'); }
catch (error) { assert(main.isSocialValueError(error) && error.code === 'invalid-input', 'error code'); }
assert(typeof csv === 'object' && csv !== null, 'social-value/csv loads');
// valuation and csv (issue 3)
// policy (issue 4)
const tender = main.evaluateTenders({ criteria: [{ id: 'q', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } }, { id: 'p', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } }] }, [{ id: 'A', price: 100, responses: { q: 4 } }, { id: 'B', price: 125, responses: { q: 5 } }]);
assert(tender.winner.bid === 'B' && tender.winner.total.toString() === '92' && main.weightSensitivity({ criteria: [{ id: 'q', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } }, { id: 'p', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } }] }, [{ id: 'A', price: 100, responses: { q: 4 } }, { id: 'B', price: 125, responses: { q: 5 } }]).criteria[1].range.to.toString() === '50', 'evaluateTenders and weightSensitivity');
// maturity (issue 6)
// monitoring (issue 7)
console.log('ok: ' + KIND + ' (' + Object.keys(main).length + ' exports, csv ' + Object.keys(csv).length + ')');
`;

export const esmSource = body(
  "import * as main from 'social-value';\nimport * as csv from 'social-value/csv';\nconst KIND = 'ESM';",
);
export const cjsSource = body(
  "const main = require('social-value');\nconst csv = require('social-value/csv');\nconst KIND = 'CJS';",
);
