import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';
import { type LintClassifierFile, loadLintClassifier, review } from './classifier.ts';
import { HASH_BITS } from './features.ts';

// A model that scores every sentence `bias` for each of `labels`, with the given vetoes and thresholds.
const flat = (labels: ReplyLabel[], bias: number, vetoes: Array<number | null> | undefined, threshold = 1e9) =>
  loadLintClassifier({
    hashBits: HASH_BITS,
    labels,
    bias: labels.map(() => bias),
    thresholds: labels.map(() => threshold),
    ...(vetoes === undefined ? {} : { vetoes }),
    scales: labels.map(() => 1),
    buckets: [],
    weights: [],
  } satisfies LintClassifierFile);

// Invented replies the rules find a family in: excuses (A4: the cause put on circumstances) and rigid refusals.
const EXCUSES = [
  "We're really short-staffed this week, so things have been slow.",
  "It's been a very busy weekend for us, which is why nobody called back.",
  'Our system was being upgraded on Monday, so the order got stuck.',
];
const REFUSALS = [
  "I'm afraid there's nothing I can do about that.",
  "There's nothing more I can do, the decision is final.",
];

test('the rules find the families these tests veto (else the tests below prove nothing)', () => {
  for (const reply of EXCUSES) assert.ok(lintLabels(reply, {}, null).includes('excuse'), reply);
  for (const reply of REFUSALS) assert.ok(lintLabels(reply, {}, null).includes('refusal_rigid'), reply);
});

test('a veto drops a rule finding only when no sentence scores above it, and only its own label', () => {
  for (const reply of EXCUSES) {
    const rules = lintLabels(reply, {}, null);
    // Every sentence scores −4: under a veto at −2 the excuse goes, and nothing else the rules found moves.
    assert.deepEqual(
      lintLabels(reply, {}, flat(['excuse'], -4, [-2])),
      rules.filter((l) => l !== 'excuse'),
      reply,
    );
    // At −1 the reply scores above a veto at −2, so the finding stands; so it does with no veto, or none for it.
    assert.deepEqual(lintLabels(reply, {}, flat(['excuse'], -1, [-2])), rules, reply);
    assert.deepEqual(lintLabels(reply, {}, flat(['excuse'], -4, undefined)), rules, reply);
    assert.deepEqual(lintLabels(reply, {}, flat(['excuse'], -4, [null])), rules, reply);
  }
  for (const reply of REFUSALS) {
    const rules = lintLabels(reply, {}, null);
    assert.deepEqual(
      lintLabels(reply, {}, flat(['excuse', 'refusal_rigid'], -4, [null, -2])),
      rules.filter((l) => l !== 'refusal_rigid'),
    );
  }
});

test('a label in the file for its veto only is never added, and a veto never removes a label the rules did not find', () => {
  const reply = 'Thanks for waiting, I have the details here.';
  const rules = lintLabels(reply, {}, null);
  assert.ok(!rules.includes('excuse'));
  // Scores far above any threshold a real file has, but the threshold is the veto-only one.
  assert.deepEqual(lintLabels(reply, {}, flat(['excuse'], 50, [-2])), rules);
  const model = flat(['excuse'], -4, [-2], 0);
  const { hits, vetoed } = review(
    model,
    reply,
    () => false,
    () => false,
  );
  assert.deepEqual([hits, vetoed], [[], []]);
  // The same model, told the rules found it: vetoed, not added.
  const found = review(
    model,
    EXCUSES[0] ?? '',
    () => true,
    () => false,
  );
  assert.deepEqual([found.hits, found.vetoed], [[], ['excuse']]);
});
