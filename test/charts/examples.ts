import {
  barChart,
  benchmarkStripChart,
  deliveryChart,
  radarChart,
  weightRangeChart,
} from '../../src/charts/index.js';

// The charts kept as golden files (test/charts/golden/<name>.svg) and checked for
// accessibility: realistic figures for each chart, and the awkward cases.

const svmiThemes = [
  'Policy and Scope',
  'Internal Management',
  'Measurement: Themes, Outcomes and Measures (TOMs)',
  'Commissioning',
  'Procurement',
  'Market Engagement and Partnerships',
  'Contract Management',
  'Cross Sector Collaboration',
  'Reporting',
  'Governance and Accountability',
];

/** Every example chart, by golden file name. */
export const examples: Readonly<Record<string, () => string>> = {
  'bar-by-theme': () =>
    barChart({
      title: 'Social value by theme',
      description: 'Pledged social value of the example sheet, by TOMs theme.',
      valueFormat: 'money',
      axisLabel: 'Social value (£)',
      bars: [
        { label: 'Promote Local Skills and Employment', value: '1204500.25' },
        { label: 'Supporting Growth of Responsible Regional Business', value: '450000.50' },
        { label: 'Healthier, Safer and more Resilient Communities', value: '98000' },
        { label: 'Decarbonising and Safeguarding our World', value: '-25000' },
        { label: 'Innovation', value: '0' },
      ],
    }),
  'bar-percent': () =>
    barChart({
      title: 'Social value added by value type',
      valueFormat: 'percent',
      bars: [
        { label: 'Social', value: '0.04' },
        { label: 'Local economic', value: '0.223' },
        { label: 'Combined', value: '0.237' },
      ],
    }),
  'bar-empty': () => barChart({ title: 'No pledges yet', bars: [] }),
  'delivery-profile': () =>
    deliveryChart({
      title: 'Delivery against the pledge profile, 2025/26',
      valueFormat: 'money',
      axisLabel: 'Cumulative social value (£)',
      series: [
        {
          label: 'Expected (pledge profile)',
          points: [
            { date: '2025-04-01', value: 0 },
            { date: '2025-06-30', value: 25000 },
            { date: '2025-09-30', value: 50000 },
            { date: '2025-12-31', value: 75000 },
            { date: '2026-03-31', value: 100000 },
          ],
        },
        {
          label: 'Delivered',
          points: [
            { date: '2025-04-01', value: 0 },
            { date: '2025-06-30', value: 18000 },
            { date: '2025-09-30', value: '52000.50' },
            { date: '2025-12-31', value: 61000 },
          ],
        },
        {
          label: 'Verified',
          points: [
            { date: '2025-06-30', value: 12000 },
            { date: '2025-09-30', value: 40000 },
            { date: '2025-12-31', value: 59000 },
          ],
        },
      ],
    }),
  'delivery-years': () =>
    deliveryChart({
      title: 'Apprentices in post',
      series: [
        {
          label: 'Pledged',
          points: [2024, 2025, 2026, 2027, 2028].map((year, index) => ({
            date: `${year}-04-01`,
            value: index * 3,
          })),
        },
        {
          label: 'Delivered',
          points: [
            { date: '2024-04-01', value: 0 },
            { date: '2025-04-01', value: 4 },
            { date: '2026-04-01', value: 5 },
          ],
        },
      ],
    }),
  'radar-svmi': () =>
    radarChart({
      title: 'SVMI (public sector): present and target levels by theme',
      description: 'Levels: 1 Follower, 2 Mature, 3 Leader, 4 Innovator; 0 is below Follower.',
      axes: svmiThemes.map((label) => ({ label, max: 4 })),
      series: [
        { label: 'Present', values: [1, 2, 1, 0, 2, 1, 1, 0, 1, 2] },
        { label: 'Target', values: [3, 3, 2, 2, 3, 2, 3, 1, 2, 3] },
      ],
    }),
  'radar-mixed': () =>
    radarChart({
      title: 'Readiness by area',
      axes: [
        { label: 'Stages', max: 5 },
        { label: 'Score', max: 100 },
        { label: 'Share', max: '1' },
      ],
      series: [{ label: 'Now', values: [2, 55, '0.3'] }],
    }),
  'weight-ranges': () =>
    weightRangeChart({
      title: 'Weights that keep the winner (Bid B)',
      criteria: [
        { label: 'Price', weight: 60, from: 45, to: 75 },
        { label: 'Quality: technical merit and delivery plan', weight: 30, from: '12.5', to: 44 },
        { label: 'Social value', weight: 10, from: 0, to: 21 },
      ],
    }),
  'benchmark-combined': () =>
    benchmarkStripChart({
      title: 'Social value added against the benchmark (combined)',
      description: 'Social Value Portal figures quoted in Southend-on-Sea policy (2021).',
      value: '0.125',
      percentiles: [
        { percentile: 25, value: '0.038' },
        { percentile: 50, value: '0.157' },
        { percentile: 75, value: '0.366' },
      ],
      average: '0.237',
    }),
  'benchmark-social': () =>
    benchmarkStripChart({
      title: 'Social value added against the benchmark (social)',
      value: '0.02',
      valueLabel: 'Leisure contract',
      percentiles: [
        { percentile: 25, value: '0.001' },
        { percentile: 50, value: '0.006' },
        { percentile: 75, value: '0.021' },
      ],
      average: '0.04',
    }),
  'hostile-labels': () =>
    barChart({
      title: 'Labels <&"\'> and __proto__',
      bars: [
        { label: '__proto__', value: 1 },
        { label: 'constructor', value: 2 },
        { label: '<script>alert("x")</script> & co', value: 3 },
        { label: 'Tab\tand\u0007bell', value: 4 },
      ],
    }),
};
