// Test support for the rubric family tests: a conversation written as lines, analysed and scored.
import { analyzeConversation } from '../analyze.ts';
import { parseConversations } from '../conversation/parse.ts';

export type Line = [speaker: 'customer' | 'agent', text: string];

/** Analyses a conversation written as [speaker, text] lines (and its events) and returns the analysis with its scorecard. */
export const score = (id: string, lines: Line[], events: unknown[] = []) => {
  const [conversation] = parseConversations([
    { id, turns: lines.map(([speaker, text]) => ({ speaker, text })), events },
  ]);
  return analyzeConversation(conversation!);
};
