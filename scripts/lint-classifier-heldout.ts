/**
 * Does the shipped lint classifier earn its place? Scores the held-out replies `npm run train:lint` kept out of training
 * (writer-r ids ≡ 3 mod 4, all 24 labels; the blind set's odd ids, 22 labels) with the rules alone and with
 * SHIPPED_CLASSIFIER added. `npx tsx scripts/lint-classifier-heldout.ts`
 */
import { REPLY_LABEL_NAMES } from '../src/core/coach/labels.ts';
import { SHIPPED_CLASSIFIER } from '../src/core/coach/lint/classifier/shipped.ts';
import { EARLIER_LABELS, readLabelledReplies } from './eval-lint.ts';
import { heldOutReport } from './lint/held-out.ts';

const n = (id: string): number => Number(/(\d+)$/.exec(id)?.[1]);
const blind = readLabelledReplies(new URL('../test/fixtures/agent-replies-blind.jsonl', import.meta.url).pathname);
const writer = readLabelledReplies(new URL('../corpus/replies/writer-r.jsonl', import.meta.url).pathname);
const report = heldOutReport(
  [
    {
      name: 'writer-r held-out part (ids ≡ 3 mod 4)',
      rows: writer.filter((r) => n(r.id) % 4 === 3),
      labels: REPLY_LABEL_NAMES,
    },
    {
      name: 'blind set, held-out half (odd ids)',
      rows: blind.filter((r) => n(r.id) % 2 === 1),
      labels: EARLIER_LABELS,
    },
  ],
  SHIPPED_CLASSIFIER,
);
console.log(report.text);
