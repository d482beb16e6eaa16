/** 2-fold cross-validation of the lint classifier: train on one half of dev, test rules alone vs rules + classifier on the other. */
import { evaluateLinter, type LabelledReply, type LinterEvaluation } from '../eval-lint.ts';
import { DEFAULT_OPTIONS, trainLintClassifier, type TrainOptions } from './train.ts';

export interface FoldResult {
  name: string;
  rules: LinterEvaluation;
  combined: LinterEvaluation;
}

export interface CrossValidation {
  folds: FoldResult[];
  /** Counts pooled over both test halves. */
  rules: LinterEvaluation;
  combined: LinterEvaluation;
}

// Sums per-label counts of two evaluations and rescores them.
function pool(a: LinterEvaluation, b: LinterEvaluation): LinterEvaluation {
  const perLabel = {} as LinterEvaluation['perLabel'];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const label of Object.keys(a.perLabel) as (keyof LinterEvaluation['perLabel'])[]) {
    const x = a.perLabel[label];
    const y = b.perLabel[label];
    const c = { tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn };
    perLabel[label] = rescore(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const names = Object.keys(perLabel) as (keyof LinterEvaluation['perLabel'])[];
  const macroF1 = names.reduce((sum, l) => sum + perLabel[l].f1, 0) / names.length;
  return { rows: a.rows + b.rows, labels: a.labels, perLabel, micro: rescore(tp, fp, fn), macroF1 };
}

const rescore = (tp: number, fp: number, fn: number): LinterEvaluation['micro'] => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

/** Trains on each half in turn and scores the other half. */
export function crossValidate(
  even: readonly LabelledReply[],
  odd: readonly LabelledReply[],
  options: TrainOptions = DEFAULT_OPTIONS,
): CrossValidation {
  const fold = (name: string, train: readonly LabelledReply[], test: readonly LabelledReply[]): FoldResult => ({
    name,
    rules: evaluateLinter(test, null),
    combined: evaluateLinter(test, trainLintClassifier(train, options).classifier),
  });
  const folds = [fold('train even → test odd', even, odd), fold('train odd → test even', odd, even)];
  const [a, b] = folds as [FoldResult, FoldResult];
  return { folds, rules: pool(a.rules, b.rules), combined: pool(a.combined, b.combined) };
}
