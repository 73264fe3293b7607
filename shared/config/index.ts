export { loadConfig, locateInConfig, type ConfigOverrides } from './load.js';
export { configPosition } from './positions.js';
export { metricNamesFor, isDisparityMetric, parseDisparity, type Disparity } from './metrics.js';
export type * from './types.js';
