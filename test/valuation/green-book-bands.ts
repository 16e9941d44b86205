import { parse } from '../rational.js';

// The Green Book schedules as HM Treasury publishes them (Annex A6 Table 8; the 2003 Table 6.1):
// [last year of the band (null: on), rate].
export const schedules = {
  'green-book-2022': [
    [30, '0.035'],
    [75, '0.03'],
    [null, '0.025'],
  ],
  'green-book-2022-health': [
    [30, '0.015'],
    [75, '0.0129'],
    [125, '0.0107'],
  ],
  'green-book-2022-reduced': [
    [30, '0.03'],
    [75, '0.0257'],
    [125, '0.0214'],
  ],
  'green-book-2022-health-reduced': [
    [30, '0.01'],
    [75, '0.0086'],
    [125, '0.0071'],
  ],
  'green-book-2003': [
    [30, '0.035'],
    [75, '0.03'],
    [125, '0.025'],
    [200, '0.02'],
    [300, '0.015'],
    [null, '0.01'],
  ],
} as const;
export type Bands = readonly (readonly [number | null, string])[];

/** The rate of the band holding `year` (the last band's past its end), exactly. */
export const rateOf = (bands: Bands, year: number) =>
  parse((bands.find(([to]) => to === null || year <= to) ?? bands.at(-1)!)[1]);
