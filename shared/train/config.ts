/** The `train:` section's types and checks live with the other gates' under shared/config/. */
export {
  trainConfigOf,
  type HoldoutConfig,
  type LayerConfig,
  type ModelConfig,
  type SampleConfig,
  type SampleMethod,
  type TrainConfig,
} from '../config/train.js';
