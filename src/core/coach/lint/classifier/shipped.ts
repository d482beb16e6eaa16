import weights from '../../../../../models/lint-classifier.json' with { type: 'json' };
import { type LintClassifier, type LintClassifierFile, loadLintClassifier } from './classifier.ts';

/**
 * The lint classifier that ships (models/lint-classifier.json): trained by `npm run train:lint` on the project's own
 * replies and written there only after it raised micro-F1 on held-out replies with its additions ≥ 90 % right. `lint`
 * uses it by default; pass `null` for the rules alone.
 */
export const SHIPPED_CLASSIFIER: LintClassifier = loadLintClassifier(weights as LintClassifierFile);
