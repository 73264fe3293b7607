export { loadConfig, locateInConfig, type ConfigOverrides } from './load.js';
export { metricNamesFor, isDisparityMetric, parseDisparity, type Disparity } from './metrics.js';
export type * from './types.js';
