/** The markdown card written next to models/lint-classifier.json. */
import type { ReplyLabel } from '../../src/core/coach/labels.ts';
import type { LintClassifierFile } from '../../src/core/coach/lint/classifier/classifier.ts';
import { OWN_SENTENCES } from './own-sentences.ts';
import { DEFAULT_OPTIONS } from './train.ts';

export function modelCard(input: {
  training: { dev: number; blindEven: number; writer: number };
  weights: LintClassifierFile;
  switchedOff: readonly ReplyLabel[];
  report: string;
  bytes: number;
  date: string;
}): string {
  const { weights, training } = input;
  const thresholds = weights.labels
    .map((label, l) => `| ${label} | ${(weights.thresholds[l] ?? 0).toFixed(2)} |`)
    .join('\n');
  return `# lint-classifier

The reply linter's learned back-up. It ships (as \`SHIPPED_CLASSIFIER\`, src/core/coach/lint/classifier/shipped.ts) only
when it passes the ship rule below; writing these weights does not ship them. For ${weights.labels.length} labels, a per-sentence logistic regression adds the label when the rules
found nothing for it and the best sentence's logit clears the label's threshold (rule OR model above a high threshold).
The finding spans that sentence and carries the label's principle and rewrite. Trained ${input.date} by \`npm run train:lint\`.

- **Data** (all written for this project, so they may train shipped weights): \`agent-replies/dev.jsonl\` (${training.dev}
  replies), the blind set's tuned-on half (${training.blindEven}), \`corpus/replies/writer-r.jsonl\` ids not ≡ 3 mod 4
  (${training.writer}), and ${OWN_SENTENCES.length} sentences in \`scripts/lint/own-sentences.ts\`. The dev and blind sets
  were written before \`non_apology\` and \`vague_promise\` existed: they count as neither positive nor negative for those.
  Nothing from eval/never-tuned is read. No rows are stored here, only weights.
- **Licence**: Apache-2.0, as the project.
- **Features**: per sentence, hashed (${weights.hashBits} bits) word unigrams, word bigrams and character 4-grams; weights
  int8-quantised per label (${(input.bytes / 1024).toFixed(0)} KiB).
- **Sentence targets** (weak supervision): a reply's label goes to the sentences where the rules locate it; where the rules
  miss it, all the reply's sentences share it in a first round and the top-scoring sentence takes it in the second.
- **Training**: AdaGrad SGD, ${DEFAULT_OPTIONS.epochs} epochs a round, L2 ${DEFAULT_OPTIONS.l2}, positive weight
  ${DEFAULT_OPTIONS.positiveWeight}, seed ${DEFAULT_OPTIONS.seed} (deterministic).
- **Thresholds**: per label, on ${DEFAULT_OPTIONS.innerFolds}-fold out-of-fold scores of the training replies, the logit
  (never below ${DEFAULT_OPTIONS.minThreshold}) where "rules OR classifier" has the best F1 while the labels the
  classifier adds over the rules are right ≥ ${DEFAULT_OPTIONS.minPrecision} of the time; labels where no threshold adds
  F1 are switched off (${input.switchedOff.join(', ') || 'none'}). Not learned at all: the customer's name, condescension
  and scolding (tone more than words: the classifier flagged the project's own near misses).
- **Conventions it cannot override** (lint-engine.ts): no non-apology beside an apology the rules found, no vague
  promise beside a timed next step, no policy language or rigid refusal in a reply with no refusal in it.

## Ship rule, session 6 (written 2026-12-07 before the classifier was scored on the check set)

Session 5 shipped this classifier under a ship rule that was changed after the held-out figures had been seen (a process
flaw: a rule chosen after the result cannot test it). From session 6 the rule below is written first and then applied
once, unchanged:

- **Check set**: round 3 (\`eval/never-tuned/round3/agent-replies.jsonl\`, 400 replies, 24 labels; since 2026-12-07 a
  tuned-on set, but in session 6 no rule was written from it and no classifier trained or thresholded on it before this
  decision). Scored with the rules as committed at the moment of the decision.
- **Candidates**: the shipped weights as they are, and (if trained) a retrain by \`npm run train:lint\` on project-written
  text only (dev, the blind tuned-on half, writer-r ids not ≡ 3 mod 4, rounds 1 and 2). The retrain is preferred when
  both pass.
- **A candidate ships only if all three hold**:
  1. on the check set, rules + classifier micro-F1 is higher than the rules alone, and it is not lower on the writer-r
     held-out part or the blind held-out half;
  2. on the check set alone, the labels the classifier adds over the rules are right ≥ 90 % of the time;
  3. no anti-pattern label whose precision on the check set is ≥ 0.90 with the rules alone drops below 0.90 with it.
- **Otherwise** no classifier ships: \`SHIPPED_CLASSIFIER\` adds nothing, and it comes back only by passing this rule on a
  set it was neither trained nor thresholded on.

## Held-out text (never trained on, thresholds not picked on it)

The training script's own check (rules + classifier against the rules alone on the held-out text below); the ship
decision is the rule above, on a set it was neither trained nor thresholded on.

\`\`\`
${input.report}
\`\`\`

| label | threshold (logit) |
|---|---|
${thresholds}
`;
}
