import { defineFramework, type FrameworkInput } from '../../src/index.js';

// A small framework built from seed 004's proxies ("Example of Progressive Procurement Using The
// Social Value Portal"): the council sheet's themes and a few of its measures.
export const seedInput: FrameworkInput = {
  id: 'seed-004',
  name: 'Seed 004 council sheet',
  edition: '2021',
  priceYear: 2021,
  themes: [
    { id: 'jobs', name: 'Promote Local Skills and Employment', shortName: 'Jobs' },
    {
      id: 'growth',
      name: 'Supporting Growth of Responsible Regional Business',
      shortName: 'Growth',
    },
    { id: 'social', name: 'Healthier, Safer and more Resilient Communities', shortName: 'Social' },
    {
      id: 'environment',
      name: 'Decarbonising and Safeguarding our World',
      shortName: 'Environment',
    },
  ],
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
      code: 'NT3',
      theme: 'jobs',
      title: 'Long-term unemployed hired (FTE)',
      unit: 'no. people FTE',
      proxyValue: 20481,
      valueType: 'social',
      maxYearsPerPerson: 1,
    },
    {
      code: 'NT13',
      theme: 'jobs',
      title: 'Paid work placements',
      unit: 'no. weeks',
      proxyValue: '168.72',
      valueType: 'social',
    },
    {
      code: 'NT18',
      theme: 'growth',
      title: 'Local supply chain spend',
      unit: '£',
      proxyValue: '0.963812',
      valueType: 'local-economic',
      exclusivityGroup: 'local spend',
    },
    {
      code: 'NT19',
      theme: 'growth',
      title: 'Local MSME spend',
      unit: '£',
      proxyValue: '0.963812',
      valueType: 'local-economic',
      exclusivityGroup: 'local spend',
    },
    {
      code: 'CBC5 RBC1',
      theme: 'growth',
      title: 'Spend in Lancashire',
      unit: '£',
      proxyValue: 0,
      valueType: 'record-only',
    },
    {
      code: 'NT29',
      theme: 'social',
      title: 'Volunteering hours',
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
    {
      code: 'NTX',
      theme: 'social',
      title: 'Not monetised yet',
      unit: 'units',
      proxyValue: null,
      valueType: 'social',
    },
  ],
};

export const seedFramework = defineFramework(seedInput);
