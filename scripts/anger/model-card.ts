import { READING_INPUTS } from '../../src/core/signals/anger/model.ts';
import type { ReadingOptions, TrainedReading } from './train.ts';

export interface CardInput {
  trained: TrainedReading;
  options: ReadingOptions;
  bytes: number;
  writers: ReadonlyArray<{ writer: string; train: number; dev: number; foreign: number; withheld: number }>;
  twcs: number;
  seconds: number;
  /** The card as it was: its evaluation section (written by `npm run eval:anger -- --card`) is kept. */
  previous?: string | undefined;
}

export const EVAL_MARKER = '## Evaluation (npm run eval:anger -- --card)';

const f3 = (x: number): string => x.toFixed(3);

/** The model card written next to the weights: data, licences, model, reading weights, levels, date. */
export function renderModelCard(c: CardInput): string {
  const { weights, ordinal, platt, levels, rows } = c.trained;
  const f = weights.features;
  const t = c.options.candidate.train;
  const kept = c.previous?.includes(EVAL_MARKER)
    ? `\n${EVAL_MARKER}${c.previous.split(EVAL_MARKER)[1]!.trimEnd()}\n`
    : `\n${EVAL_MARKER}\nNot run yet for these weights.\n`;
  const writers = c.writers.length
    ? c.writers.map((w) => `\`${w.writer}\` ${w.train} train / ${w.dev} dev`).join(', ')
    : 'none yet';
  const foreign = c.writers.map((w) => `${w.writer} ${w.withheld}/${w.foreign}`).join(', ');
  return `# ${weights.name} — anger reading, model card

Trained ${weights.trainedAt} by \`npm run train:anger\` in ${c.seconds.toFixed(0)} s (seed ${t.seed}; the same seed and data give
byte-identical weights). Weights: \`anger-v3.json\` (${(c.bytes / 1e6).toFixed(2)} MB), read by \`src/core/signals/anger/\`.

## One reading
Every customer message gets one number, the calibrated probability that it is angry or furious, and a level that is a set of
thresholds on that same number (calm < ${f3(weights.reading.levels.annoyed)} ≤ annoyed < ${f3(weights.reading.levels.angry)} ≤ angry < ${f3(weights.reading.levels.furious)} ≤ furious),
so a level can never contradict its number. \`defuse score\`, \`defuse analyze\`, the live session and the API all read it the
same way. Text that is not English is not read (\`scored: false\`, \`language\`, \`reason\`), never called calm.

## Data and licences
- Network, trained on: GoEmotions \`train.tsv\` (${rows.goEmotions} Reddit comments, Apache-2.0; all 28 labels as auxiliary outputs),
  the project's ${rows.extra} customer-service examples (\`scripts/anger/examples/customer-service.tsv\`, each ×3), and the project-written
  in-domain corpus \`corpus/anger/*.jsonl\` (${rows.corpus} English rows, each ×${c.options.corpusRepeat}; writers: ${writers}). Corpus rows train the two
  in-domain outputs only (angry or furious; not calm), never the GoEmotions ones. Every 5th line of each writer's file is that writer's dev
  slice: never trained on. Rows not in English (\`lang\` ≠ \`en\`) neither train nor tune, and are never taken as calm: they
  check that the reading withholds its number (\`scored: false\`); withheld at training time: ${foreign}.
- Reading, fitted on: the same rows, with network outputs from ${c.options.folds} networks that each had that row's fold held out (GoEmotions
  rows as calm / annoyed (annoyance, disgust) / angry (anger), their total weight ${c.options.goEmotionsShare}× the in-domain rows').
- Calibrated and thresholded on (tuned on, never trained on): the ${c.twcs} hand-labelled twcs customer tweets
  (\`../shared/data/twcs-sample/anger_labels_dev.jsonl\`, CC BY-NC-SA, read at training time, never copied) and the corpus dev slices
  (${rows.tuning} rows in all).
- Not used at all: \`eval/never-tuned/anger-messages.jsonl\` (only \`npm run eval:anger\` reads it) and every test split.

## Model
- Features, hashed into 2^${f.bits} buckets: word unigrams and bigrams, character ${f.charMin}–${f.charMax}-grams inside words, a separate space for the
  3 words after a negator, "!"/"?" runs, emoji, and one shared feature per cue family that fired.
- Network (fastText-style): ${t.dim}-dim int8 bucket embeddings summed over sqrt(count), ${t.hidden} ReLU units, 31 sigmoid outputs (the 28
  GoEmotions labels, their anger cluster, and the two in-domain outputs: angry or worse, not calm; the in-domain outputs' loss
  weighs ${c.options.domainWeight ?? 1}× each GoEmotions output's); AdaGrad, ${t.epochs} epochs, learning rate ${t.learningRate} decaying to 0, dropout ${t.dropout}.
  Four output rows ship: GoEmotions anger and cluster, in-domain angry+ and not calm.
- Reading: an ordinal logistic model (one score, three cut points, all-threshold loss, ridge ${c.options.l2}, Newton's method) over the two
  network logits and the cue families (table tests in \`src/core/signals/anger/features.test.ts\`); its P(angry or worse) is
  then Platt-scaled on the tuning rows (a ${f3(platt.a)}, c ${f3(platt.c)}) and the level thresholds maximise, on the tuning rows, angry-or-worse F1
  (angry), not-calm F1 (annoyed) and furious F1 (furious).

| input | weight (before Platt) |
|---|---|
${READING_INPUTS.map((name, j) => `| ${name} | ${ordinal.w[j]!.toFixed(3)} |`).join('\n')}

Cut points (≥ annoyed, ≥ angry, furious): ${ordinal.theta.map(f3).join(', ')}.

Tuning rows at the chosen thresholds (tuned on, so optimistic): angry+ F1 ${f3(levels.angryUp.f1)} (P ${f3(levels.angryUp.precision)} R ${f3(levels.angryUp.recall)}),
not calm F1 ${f3(levels.notCalm.f1)} (P ${f3(levels.notCalm.precision)} R ${f3(levels.notCalm.recall)}), furious F1 ${f3(levels.furious.f1)}.

## How the settings were chosen (2026-12-06, writers A + B + C)
On the tuning rows only (twcs dev half and each writer's dev slice; mean F1 over the four), GoEmotions dev, and the reading's
behaviour floors in \`src/core/signals/anger/model.test.ts\` (contempt reads at least angry, sarcasm at least annoyed); never
on the never-tuned set. Mean angry+ / not-calm F1 over the four tuning sources, GoEmotions heads on dev (split-half):

| corpus repeat, in-domain loss weight | angry+ | not calm | twcs angry+ / not calm | GoEmotions heads | floors |
|---|---|---|---|---|---|
| 4, 1 | 0.812 | 0.875 | 0.552 / 0.700 | 0.441 / 0.530 | contempt missed |
| 2, 1 | 0.804 | 0.880 | 0.540 / 0.699 | 0.411 / 0.532 | sarcasm missed |
| 4, 2 | 0.818 | 0.879 | 0.590 / 0.700 | 0.440 / 0.530 | sarcasm missed |
| 4, 3 | 0.816 | 0.879 | 0.569 / 0.677 | 0.407 / 0.520 | both met |
| 4, 4 | 0.813 | 0.880 | 0.564 / 0.681 | 0.467 / 0.533 | contempt missed |
| **6, 2 (shipped)** | **0.818** | **0.879** | 0.565 / 0.684 | 0.449 / 0.528 | both met |

The floors sit close to the cuts for one short message each, so which settings meet them is partly seed noise; among the rows
that meet both, 6 / 2 has the better tuning and GoEmotions figures. GoEmotions share 0.5 was kept over 1 (writers' slices
about 0.01 higher, compared before writer C's last 256 lines landed).

## GoEmotions
GoEmotions labels Reddit comments, and its anger cluster (anger, annoyance, disgust) is not the product's 'not calm': the levels
are cut for customer messages, so on Reddit most disagreement reads annoyed or worse, and the reading leans on in-domain cues
(caps, "!!!", threats) that Reddit rarely shows. The benchmark is read the standard way instead: the network's own GoEmotions
outputs (its anger output for anger F1, its anger ∪ annoyance ∪ disgust output for cluster F1) with one cut each, chosen on
GoEmotions dev and applied unchanged to the test split (\`npm run eval:anger\`, section 1; it also prints a split-half figure,
cut on one half of dev and measured on the other, and the reading's own number with a dev cut). These outputs are a
benchmark readout of the same network; \`score\`, \`analyze\`, the live session and the API read only the one reading.
Stacking the 29 GoEmotions outputs, adding the cue families, or training the GoEmotions outputs on the in-domain corpus too
moved dev cluster F1 by −0.02 to +0.01 (scratch experiments, split-half on dev): a hashed bag-of-words network of this size
tops out near 0.53–0.54 dev cluster F1 (see also \`anger-experiments.md\`).

## Where it is weak
- GoEmotions: see above; the cluster target (0.60) is not reached on dev by any variant tried.
- The in-domain outputs and cue families were fitted on support text; the reading's own number ranks Reddit comments worse
  than the GoEmotions outputs do.
- Real tweets (twcs) are harder than the written corpus: short, context-free replies inside threads ("still down", "yep")
  and sarcasm without a cue word. Sarcasm is read through cue families (praise words used as blame, eye-roll emoji);
  sarcasm with no such cue is missed.
- Calibration comes from a small pool (twcs dev half + corpus dev slices): the probability is calibrated for that mix, and the
  cut points move by a few hundredths between training runs with more data.
- 'furious' is a high threshold on the same number, learned from the corpus's furious rows; abuse at the agent is a separate
  signal (B1) and does not move the number by itself.
- The language check knows English and the common Latin-script languages' function words, other scripts, and Hindi in Latin
  letters; a short message in another Latin-script language with few function words is read as English.

## Language
A cheap check on counts the scanner already makes (distinctive English and foreign function words, letters of other
scripts) settles almost every message; only doubtful ones go to \`franc-min\` (MIT, 82 languages, ~150 kB), which names the
language. See \`src/core/signals/language.ts\`.
${kept}`;
}
