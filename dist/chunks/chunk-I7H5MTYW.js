import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/data/weights.ts
var MIN_POSITIVE_WEIGHT = 1e-12;
var MAX_WEIGHT = 1e6;
var WEIGHT_RANGE = `a weight must be 0 or a number from ${MIN_POSITIVE_WEIGHT} to ${MAX_WEIGHT}; metrics do not depend on the weights' scale, so rescale them`;
function isAcceptedWeight(weight) {
  return weight === 0 || weight >= MIN_POSITIVE_WEIGHT && weight <= MAX_WEIGHT;
}

export {
  WEIGHT_RANGE,
  isAcceptedWeight
};
