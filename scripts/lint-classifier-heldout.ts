/**
 * Does the switched-off lint classifier earn its place? Trains it on dev plus the blind tuned-on half (even ids) and
 * scores the blind held-out half (odd ids), rules alone against rules + classifier, on the 22 labels those sets carry.
 * `npx tsx scripts/lint-classifier-heldout.ts`
 */
import { EARLIER_LABELS, evaluateLinter, readLabelledReplies } from './eval-lint.ts';
import { DEFAULT_OPTIONS, trainLintClassifier } from './lint/train.ts';
const dev = readLabelledReplies(new URL('../../shared/data/agent-replies/dev.jsonl', import.meta.url).pathname);
const blind = readLabelledReplies(new URL('../test/fixtures/agent-replies-blind.jsonl', import.meta.url).pathname);
const n = (id: string) => Number(/(\d+)$/.exec(id)?.[1]);
const even = blind.filter((r) => n(r.id) % 2 === 0);
const odd = blind.filter((r) => n(r.id) % 2 === 1);
const { classifier } = trainLintClassifier([...dev, ...even], DEFAULT_OPTIONS);
const rules = evaluateLinter(odd, null, EARLIER_LABELS);
const combined = evaluateLinter(odd, classifier, EARLIER_LABELS);
const f = (x: number) => x.toFixed(3);
console.log(
  `held-out blind half (odd ids, 160 replies): rules micro-F1 ${f(rules.micro.f1)} (P ${f(rules.micro.precision)} R ${f(rules.micro.recall)}); rules + classifier ${f(combined.micro.f1)} (P ${f(combined.micro.precision)} R ${f(combined.micro.recall)})`,
);
for (const l of EARLIER_LABELS) {
  const a = rules.perLabel[l],
    b = combined.perLabel[l];
  if (a.tp !== b.tp || a.fp !== b.fp) console.log(`  ${l}: TP ${a.tp}→${b.tp}, FP ${a.fp}→${b.fp}`);
}
