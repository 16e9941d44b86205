// Inputs of assessImpact shared by its tests and its adversarial suite.
import { defineFramework } from '../../src/index.js';
import type { ImpactInput } from '../../src/spend/index.js';

/** A framework with proxies easy to multiply by hand. */
export const impactFramework = defineFramework({
  id: 'impact-demo',
  name: 'Impact demo TOMs',
  edition: '2024',
  priceYear: 2024,
  themes: [
    { id: 'jobs', name: 'Jobs' },
    { id: 'social', name: 'Communities' },
    { id: 'environment', name: 'Environment' },
  ],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Local people employed',
      unit: 'no. people FTE',
      proxyValue: '30782',
      valueType: 'local-economic',
    },
    {
      code: 'NT28',
      theme: 'social',
      title: 'Donations to local community projects',
      unit: '£ value',
      proxyValue: 1,
      valueType: 'social',
    },
    {
      code: 'NT31',
      theme: 'environment',
      title: 'Carbon emissions',
      unit: 'tonnes CO2e',
      proxyValue: 70,
      valueType: 'environmental',
    },
    {
      code: 'NT68',
      theme: 'environment',
      title: 'Plastic recycling rate',
      unit: '%',
      proxyValue: null,
      valueType: 'environmental',
    },
  ],
});

/** Five impacts of a catering contract: two positive, three negative (one not monetised). */
export const cateringImpacts: readonly ImpactInput[] = [
  {
    id: 'local-jobs',
    dimension: 'economic',
    direction: 'positive',
    description: 'Kitchen staff recruited locally',
    measure: 'NT1',
    quantity: 2,
  },
  {
    id: 'donations',
    dimension: 'social',
    direction: 'positive',
    description: 'Donations to school food clubs',
    measure: 'NT28',
    quantity: 5000,
  },
  {
    id: 'food-miles',
    dimension: 'environmental',
    direction: 'negative',
    description: 'Deliveries from a central kitchen',
    measure: 'NT31',
    quantity: 40,
    mitigations: [
      {
        change: 'specification',
        description: 'Seasonal produce from local growers',
        mitigatedShare: '0.25',
      },
      {
        change: 'contract-subject',
        description: 'Cooking on site in school kitchens',
        quantity: 10,
      },
    ],
  },
  {
    id: 'displaced-provider',
    dimension: 'economic',
    direction: 'negative',
    description: 'A local caterer loses the school trade',
    measure: 'NT1',
    quantity: '0.5',
  },
  {
    id: 'noise',
    dimension: 'social',
    direction: 'negative',
    description: 'Early-morning deliveries near homes',
    mitigations: [{ change: 'tender-questions', description: 'Ask for a delivery plan' }],
  },
];
