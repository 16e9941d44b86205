import { defineFramework, type FrameworkInput } from '../../src/index.js';

/** One theme and three measures, one of each value type: jobs (£100), lorry miles (£10), landfill (£5). */
export const frameworkInput: FrameworkInput = {
  id: 'f',
  name: 'F',
  edition: '1',
  priceYear: 2022,
  themes: [{ id: 'jobs', name: 'Jobs' }],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Local jobs',
      unit: 'FTE',
      proxyValue: '100',
      valueType: 'social',
    },
    {
      code: 'NT2',
      theme: 'jobs',
      title: 'Lorry miles',
      unit: 'miles',
      proxyValue: '10',
      valueType: 'local-economic',
    },
    {
      code: 'NT3',
      theme: 'jobs',
      title: 'Landfill',
      unit: 't',
      proxyValue: '5',
      valueType: 'environmental',
    },
  ],
};
/** {@link frameworkInput}, defined. */
export const framework = defineFramework(frameworkInput);
