import { LABELS, type Label } from '../../shared/schema';
import type { FeatureWriter } from './features';

/** A multinomial logistic regression over sentence features: one weight per feature and label. */
export interface ClaimModel {
  labels: readonly Label[];
  /** Feature name → one weight per label, in `labels` order; unknown features weigh nothing. */
  weights: Readonly<Record<string, readonly number[]>>;
}

/** Without an attribution a sentence can only be the author's: unsourced or opinion. */
export const UNATTRIBUTED_LABELS: readonly Label[] = ['unsourced', 'opinion'];

/** Probabilities of the allowed labels (softmax over their scores), in `model.labels` order; 0 for the others. */
export function labelProbabilities(features: FeatureWriter, model: ClaimModel, allowed: readonly Label[] = LABELS): number[] {
  const scores = model.labels.map(() => 0);
  const weights = weightMap(model);
  // Each feature is weighed as it is found: a map of a sentence's features, built to be read once, was some
  // 7 % of the claims stage.
  features((name, value) => {
    const w = weights.get(name);
    if (!w) return;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k]! * value;
  });
  const open = model.labels.map((l) => allowed.includes(l));
  const top = Math.max(...scores.filter((_, k) => open[k]));
  const exp = scores.map((s, k) => (open[k] ? Math.exp(s - top) : 0));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The most probable allowed label. */
export function decideLabel(features: FeatureWriter, model: ClaimModel, allowed: readonly Label[]): Label {
  const p = labelProbabilities(features, model, allowed);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return model.labels[best]!;
}

const weightMaps = new WeakMap<ClaimModel, Map<string, readonly number[]>>();

/** The weights as a Map, built once per model: feature names are looked up for every sentence. */
function weightMap(model: ClaimModel): Map<string, readonly number[]> {
  let map = weightMaps.get(model);
  if (!map) weightMaps.set(model, (map = new Map(Object.entries(model.weights))));
  return map;
}
