import type { AngerWeights } from '../../src/core/signals/anger/weights.ts';
import type { BinaryMetrics } from './metrics.ts';
import type { CvResult } from './train.ts';

export interface CardInput {
  weights: AngerWeights;
  bytes: number;
  trainRows: number;
  extraRows: number;
  devRows: number;
  cv: readonly CvResult[];
  chosen: CvResult;
  dev: { anger: BinaryMetrics; cluster: BinaryMetrics };
  seconds: number;
}

const pct = (x: number): string => x.toFixed(3);
const row = (name: string, m: BinaryMetrics): string => `| ${name} | ${pct(m.f1)} | ${pct(m.precision)} | ${pct(m.recall)} |`;

/** The model card written next to the weights: data, licence, features, metrics, date, weaknesses. */
export function renderModelCard(c: CardInput): string {
  const f = c.weights.features;
  const t = c.weights.thresholds;
  return `# ${c.weights.name} — anger model card

Trained ${c.weights.trainedAt} by \`npm run train:anger\` in ${c.seconds.toFixed(0)} s (seed ${c.chosen.candidate.train.seed}).
Weights: \`anger-v1.json\` (${(c.bytes / 1e6).toFixed(2)} MB), read by \`src/core/signals/anger/\`.

## Data and licence
- Trained only on GoEmotions \`train.tsv\` (${c.trainRows} Reddit comments; Apache-2.0; Demszky et al., ACL 2020).
  Labels: \`anger\` head = GoEmotions anger (id 2); \`cluster\` head = anger ∪ annoyance ∪ disgust (ids 2, 3, 11).
- Hyper-parameters chosen by ${c.cv.length > 1 ? 'cross-validation on train' : 'the fixed default (no search run)'}; level thresholds chosen on GoEmotions \`dev.tsv\`
  (${c.devRows} rows). No other data set was used for training. The weights are released under the project's Apache-2.0 licence.

## Model
- Features, hashed into 2^${f.bits} buckets: word unigrams${f.wordBigrams ? ', word bigrams' : ''}${f.charMin > 0 ? `, character ${f.charMin}–${f.charMax}-grams inside words` : ''}${f.negation ? ', negated copies of the 3 words after a negator' : ''},
  "!"/"?" runs, emoji, and cue flags (ALL-CAPS words, "!!"). Letters repeated 3+ times are squeezed ("soooo" → "soo").
- Two logistic-regression heads (AdaGrad, ${c.chosen.candidate.train.epochs} epochs, learning rate ${c.chosen.candidate.train.learningRate}, L2 ${c.chosen.candidate.train.l2}),
  the feature vector L2-normalised; weights stored as int8 with one scale per head.
- Levels: \`angry\` when P(anger) ≥ ${pct(t.angry)}; \`furious\` when also P(anger) ≥ ${pct(t.furious)} (where dev precision reaches 0.75) or at least
  ${t.furiousCues} intensity cues (profanity, name-calling, ≥ 2 ALL-CAPS words, "!!", legal/regulator threats); otherwise \`annoyed\` when
  P(cluster) ≥ ${pct(t.annoyed)}; else \`calm\`.

## Cross-validation on train (mean best-threshold F1)
| features / training | anger | cluster |
|---|---|---|
${c.cv.map((r) => `| ${JSON.stringify(r.candidate.features)} ${JSON.stringify({ ...r.candidate.train, seed: undefined })} | ${pct(r.anger)} | ${pct(r.cluster)} |`).join('\n')}

## GoEmotions dev (thresholds were tuned on this split, so these figures are optimistic)
| task | F1 | precision | recall |
|---|---|---|---|
${row('anger (angry or furious)', c.dev.anger)}
${row('cluster (any level but calm)', c.dev.cluster)}

Run \`npm run eval:anger\` for the comparison with VADER and AFINN, speed, WASSA-2017 intensity correlation and the in-domain
customer-tweet level agreement.

## Where it is weak
- It reads words, not intent: sarcasm ("great job losing my bag again") and anger described at a third party ("my boss was furious")
  score like first-person anger; quoted anger ("he said 'this is bullshit'") counts as the writer's.
- GoEmotions is Reddit: customer-service vocabulary (refunds, carriers, delays) is thin, so plain complaints often read as calm.
- GoEmotions raters disagree most between anger and annoyance; the anger head's ceiling is set by that noise (BERT-base: F1 0.47 on test).
- 'furious' has no training label: it is a rule on top of 'angry' (see Levels) checked only against a small in-domain sample.
`;
}
