/** Writes the copy of the train gate's logistic regression in `from` that also reads sex (see sex-biased-model.mjs). */
export function writeSexBiasedModel(from: string, to: string, penalty?: number): void;
