import { READING_INPUTS } from '../../src/core/signals/anger/model.ts';
import type { ReadingOptions, TrainedReading } from './train.ts';

export interface CardInput {
  trained: TrainedReading;
  options: ReadingOptions;
  bytes: number;
  writers: ReadonlyArray<{ writer: string; train: number; dev: number }>;
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
  in-domain corpus \`corpus/anger/*.jsonl\` (${rows.corpus} English rows, each ×${c.options.corpusRepeat}; writers: ${writers}). Corpus rows train the anger
  output (angry or furious) and the cluster output (not calm) only. Every 5th line of each writer's file is that writer's dev
  slice: never trained on.
- Reading, fitted on: the same rows, with network outputs from ${c.options.folds} networks that each had that row's fold held out (GoEmotions
  rows as calm / annoyed (annoyance, disgust) / angry (anger), their total weight ${c.options.goEmotionsShare}× the in-domain rows').
- Calibrated and thresholded on (tuned on, never trained on): the ${c.twcs} hand-labelled twcs customer tweets
  (\`../shared/data/twcs-sample/anger_labels_dev.jsonl\`, CC BY-NC-SA, read at training time, never copied) and the corpus dev slices
  (${rows.tuning} rows in all).
- Not used at all: \`eval/never-tuned/anger-messages.jsonl\` (only \`npm run eval:anger\` reads it) and every test split.

## Model
- Features, hashed into 2^${f.bits} buckets: word unigrams and bigrams, character ${f.charMin}–${f.charMax}-grams inside words, a separate space for the
  3 words after a negator, "!"/"?" runs, emoji, and one shared feature per cue family that fired.
- Network (fastText-style): ${t.dim}-dim int8 bucket embeddings summed over sqrt(count), ${t.hidden} ReLU units, 29 sigmoid outputs; AdaGrad,
  ${t.epochs} epochs, learning rate ${t.learningRate} decaying to 0, dropout ${t.dropout}. Only the anger and cluster rows ship.
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

## Where it is weak
- GoEmotions (Reddit) reads far angrier than it is labelled: the levels are set for customer messages, where the 'annoyed'
  cut is low, so most Reddit disagreement reads annoyed or worse (see the dev section; the oracle line shows how the same number
  ranks Reddit comments when thresholds are tuned there). The in-domain outputs and cue families were fitted on support text.
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
