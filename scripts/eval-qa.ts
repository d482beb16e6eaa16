/** QA agreement on conversations: per rubric principle, plus hang-up, abuse and peak anger. */
import { analyzeConversation } from '../src/core/analyze.ts';
import { parseConversations } from '../src/core/conversation/parse.ts';
import { RUBRIC_IDS, type Verdict } from '../src/core/qa/rubric.ts';

export interface QaRow {
  name: string;
  agree: number;
  total: number;
  misses: string[];
}

interface Expected {
  rubric: Record<string, Verdict>;
  hangup: boolean;
  abusive_customer: boolean;
  peak_anger: string;
}

/** Compares the engine's scorecards with the expected ones, item by item. */
export function evaluateQa(raw: Array<{ id: string; expected: Expected }>): { rows: QaRow[]; rubricAgreement: number } {
  const conversations = parseConversations(raw);
  const rows = new Map<string, QaRow>();
  const row = (name: string): QaRow =>
    rows.get(name) ?? rows.set(name, { name, agree: 0, total: 0, misses: [] }).get(name)!;
  conversations.forEach((conversation, i) => {
    const expected = raw[i]!.expected;
    const result = analyzeConversation(conversation);
    const check = (name: string, got: unknown, want: unknown): void => {
      const r = row(name);
      r.total += 1;
      if (got === want) r.agree += 1;
      else r.misses.push(`${conversation.id}: got ${String(got)}, want ${String(want)}`);
    };
    for (const id of RUBRIC_IDS) check(id, result.rubric[id], expected.rubric[id]);
    check('hangup', result.hangup, expected.hangup);
    check('abusive_customer', result.abusiveCustomer, expected.abusive_customer);
    check('peak_anger', result.peakAngerLevel, expected.peak_anger);
  });
  const rubricRows = RUBRIC_IDS.map((id) => rows.get(id)!);
  const agree = rubricRows.reduce((s, r) => s + r.agree, 0);
  const total = rubricRows.reduce((s, r) => s + r.total, 0);
  return { rows: [...rows.values()], rubricAgreement: total === 0 ? 0 : agree / total };
}
