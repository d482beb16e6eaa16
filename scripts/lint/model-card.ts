/** The markdown card written next to models/lint-classifier.json. */
import type { LintClassifierFile } from '../../src/core/coach/lint/classifier/classifier.ts';
import type { LinterEvaluation } from '../eval-lint.ts';
import type { CrossValidation } from './cross-validate.ts';
import { DEFAULT_OPTIONS } from './train.ts';
import { OWN_SENTENCES } from './own-sentences.ts';

const f = (x: number): string => x.toFixed(3);
const line = (name: string, e: LinterEvaluation): string =>
  `| ${name} | ${f(e.micro.precision)} | ${f(e.micro.recall)} | ${f(e.micro.f1)} | ${f(e.macroF1)} |`;

export function modelCard(input: {
  rows: number;
  weights: LintClassifierFile;
  cv: CrossValidation;
  bytes: number;
  date: string;
}): string {
  const { cv, weights } = input;
  const perLabel = weights.labels
    .map((label, l) => {
      const key = label as keyof LinterEvaluation['perLabel'];
      return `| ${label} | ${f(cv.rules.perLabel[key].f1)} | ${f(cv.combined.perLabel[key].f1)} | ${cv.combined.perLabel[key].fp - cv.rules.perLabel[key].fp} | ${(weights.thresholds[l] ?? 0).toFixed(2)} |`;
    })
    .join('\n');
  const folds = cv.folds
    .map(
      (fold) =>
        `${line(`${fold.name}, rules alone`, fold.rules)}\n${line(`${fold.name}, rules + classifier`, fold.combined)}`,
    )
    .join('\n');
  return `# lint-classifier

Candidate back-up for the reply linter's rules (not wired in by default: see shipped.ts): for ${weights.labels.length} labels whose rules under-find on unseen replies, a per-sentence
logistic regression adds the label when the rules found nothing for it and the best sentence's logit clears a high threshold.
The finding spans that sentence and carries the label's principle and rewrite. Trained ${input.date} by \`npm run train:lint\`.

- **Data**: \`agent-replies/dev.jsonl\` (${input.rows} replies, written for this project, so it may train a shipped model) plus ${OWN_SENTENCES.length} sentences written for this project (\`scripts/lint/own-sentences.ts\`). No other dataset; no rows are stored here, only weights.
- **Licence**: Apache-2.0, as the project.
- **Features**: per sentence, hashed (${weights.hashBits} bits) word unigrams, word bigrams and character 4-grams; weights int8-quantised per label (${(input.bytes / 1024).toFixed(0)} KiB).
- **Sentence targets** (weak supervision): a reply's label goes to the sentences where the rules locate it; where the rules miss it, all the reply's sentences share it in a first round and the top-scoring sentence takes it in the second (multiple-instance learning).
- **Training**: AdaGrad SGD, ${DEFAULT_OPTIONS.epochs} epochs a round, L2 ${DEFAULT_OPTIONS.l2}, positive weight ${DEFAULT_OPTIONS.positiveWeight}, seed ${DEFAULT_OPTIONS.seed} (deterministic).
- **Thresholds**: per label, the logit maximising F${DEFAULT_OPTIONS.beta} of the classifier alone on ${DEFAULT_OPTIONS.innerFolds}-fold out-of-fold scores of the training replies, never below ${DEFAULT_OPTIONS.minThreshold}.

## 2-fold cross-validation (train on even ids, test on odd; then the reverse)

The rules were tuned on the even ids, so the odd-id test is the honest one; on the even test the rules are near perfect and the classifier can mostly only add false positives.
The label set, the threshold floor and F-beta were chosen after looking at these 2-fold numbers, so they are slightly optimistic.

| evaluation | precision | recall | micro-F1 | macro-F1 |
|---|---|---|---|---|
${line('pooled, rules alone', cv.rules)}
${line('pooled, rules + classifier', cv.combined)}
${folds}

| label | F1 rules alone | F1 rules + classifier | extra false positives | shipped threshold |
|---|---|---|---|---|
${perLabel}
`;
}
