import { defineFramework } from '../../src/index.js';
import { seedInput } from '../toms/fixtures.js';

// A council TOMs table from seed 004 (a pledge sheet published through the Social Value
// Portal): the measures these tests use, with the sheet's proxy values. Titles shortened in our
// words; value types assigned by us (local economic: local jobs and local spend).
export const seed004Framework = defineFramework({
  id: 'seed-004',
  name: 'Seed 004 council TOMs',
  edition: 'seed-004',
  priceYear: 2022,
  themes: seedInput.themes,
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Local direct employees (FTE)',
      unit: 'no. people FTE',
      proxyValue: 30782,
      valueType: 'local-economic',
    },
    {
      code: 'NT8',
      theme: 'jobs',
      title: 'Staff hours on school and college visits',
      unit: 'no. staff hours',
      proxyValue: '16.09',
      valueType: 'social',
    },
    {
      code: 'NT10',
      theme: 'jobs',
      title: 'Weeks of apprenticeships',
      unit: 'no. weeks',
      proxyValue: '224.07',
      valueType: 'social',
    },
    {
      code: 'NT13',
      theme: 'jobs',
      title: 'Weeks of paid work placements',
      unit: 'no. weeks',
      proxyValue: null,
      valueType: 'social',
    },
    {
      code: 'NT18',
      theme: 'growth',
      title: 'Spend in the local supply chain',
      unit: '£',
      proxyValue: '0.963812',
      valueType: 'local-economic',
    },
    {
      code: 'CBC5 RBC1',
      theme: 'growth',
      title: 'Spend in the Lancashire supply chain',
      unit: '£',
      proxyValue: 0,
      valueType: 'local-economic',
    },
    {
      code: 'NT29',
      theme: 'social',
      title: 'Volunteering hours for local community projects',
      unit: 'no. staff volunteering hours',
      proxyValue: '16.09',
      valueType: 'social',
    },
    {
      code: 'NT32',
      theme: 'environment',
      title: 'Car miles saved',
      unit: 'miles saved',
      proxyValue: '0.02223',
      valueType: 'environmental',
    },
  ],
});

// Tags as on the sheet: Community Wealth Building priority.
export const cwb = (priority: string) => ({ 'CWB Priority': priority });
