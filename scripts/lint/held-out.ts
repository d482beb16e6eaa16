/** Rules alone against rules + classifier on held-out replies: the test a lint classifier must pass to ship. */
import type { ReplyLabel } from '../../src/core/coach/labels.ts';
import type { LintClassifier } from '../../src/core/coach/lint/classifier/classifier.ts';
import { evaluateLinter, type LabelledReply } from '../eval-lint.ts';

export interface HeldOut {
  name: string;
  rows: readonly LabelledReply[];
  labels: readonly ReplyLabel[];
}

/** Precision the rules + classifier must keep on held-out text to ship. */
export const SHIP_PRECISION = 0.9;

const f = (x: number): string => x.toFixed(3);

/**
 * Scores each held-out set with the rules alone and with the classifier added; `ships` when the classifier raises
 * micro-F1 on every set and the labels it adds, pooled over the sets, are right ≥ SHIP_PRECISION of the time (a set
 * where it adds only a handful of labels cannot judge that precision alone).
 */
export function heldOutReport(sets: readonly HeldOut[], classifier: LintClassifier): { text: string; ships: boolean } {
  const lines: string[] = [];
  let ships = true;
  let right = 0;
  let wrong = 0;
  for (const set of sets) {
    const rules = evaluateLinter(set.rows, null, set.labels);
    const combined = evaluateLinter(set.rows, classifier, set.labels);
    const addedTp = combined.micro.tp - rules.micro.tp;
    const addedFp = combined.micro.fp - rules.micro.fp;
    const added = addedTp + addedFp === 0 ? 0 : addedTp / (addedTp + addedFp);
    ships &&= combined.micro.f1 > rules.micro.f1;
    right += addedTp;
    wrong += addedFp;
    lines.push(
      `${set.name} (${set.rows.length} replies, ${set.labels.length} labels): rules micro-F1 ${f(rules.micro.f1)} (P ${f(rules.micro.precision)} R ${f(rules.micro.recall)}) → rules + classifier ${f(combined.micro.f1)} (P ${f(combined.micro.precision)} R ${f(combined.micro.recall)}); the classifier adds ${addedTp} right and ${addedFp} wrong labels (precision ${f(added)})`,
    );
    for (const label of set.labels) {
      const a = rules.perLabel[label];
      const b = combined.perLabel[label];
      if (a.tp !== b.tp || a.fp !== b.fp)
        lines.push(
          `  ${label}: TP ${a.tp}→${b.tp}, FP ${a.fp}→${b.fp} (P ${f(b.precision)}, R ${f(a.recall)}→${f(b.recall)})`,
        );
    }
  }
  const pooled = right + wrong === 0 ? 0 : right / (right + wrong);
  ships &&= pooled >= SHIP_PRECISION;
  lines.push(
    `pooled over the held-out sets, the classifier adds ${right} right and ${wrong} wrong labels (precision ${f(pooled)}; ships at ≥ ${SHIP_PRECISION} with micro-F1 up on every set)`,
  );
  return { text: lines.join('\n'), ships };
}
