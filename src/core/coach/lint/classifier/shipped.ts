import weights from '../../../../../models/lint-classifier.json' with { type: 'json' };
import { type LintClassifier, type LintClassifierFile, loadLintClassifier } from './classifier.ts';

/**
 * The lint classifier that ships (models/lint-classifier.json): since session 10b (2026-12-07) 11 labels, three of them
 * (restatement, vague_promise, i_statement_boundary) on word trigrams and opening features in their own hashed space
 * beside the base features. It passed the session-10b ship rule in models/lint-classifier.md, written before it was
 * scored, on writer P (1,000 replies never trained, thresholded or chosen on): per label the candidate's or, where that
 * failed, the incumbent's weights (scripts/lint/merge.ts). `lint` uses it by default and adds a label only where the
 * rules found none and the label's best sentence clears its threshold; pass `null` for the rules alone.
 */
export const SHIPPED_CLASSIFIER: LintClassifier = loadLintClassifier(weights as LintClassifierFile);
