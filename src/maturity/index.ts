/**
 * social-value/maturity: SVMI and staged models, assessments, action plans.
 *
 * @packageDocumentation
 */
export * from './functions.js';
export { portsmouthRoadmap, svmiBusiness, svmiPublicSector } from './presets.js';
