import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { AbuseFinding, AbuseKind } from './types.ts';
import {
  DIRECTED_PHRASES,
  INSULT_WORDS,
  LEET_GATE,
  MASK_CHARACTERS,
  MASKED_GATE,
  MASKED_PROFANITY,
  PROFANITY_GATE,
  THREAT_PATTERNS,
} from './abuse-lexicon.ts';

const profanityMatcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

const hyphenOptional = (word: string): string => word.replace(/[-]/g, '[- ]?');
const INSULT = `(?:${INSULT_WORDS.map(hyphenOptional).join('|')})`;
// Up to three modifiers between "you" and the insult, but not a verb phrase ("are you calling me a liar" is a question, not an insult).
const FILLER = String.raw`(?:(?!(?:me|him|her|it|that|this|them|was|is|were|said|say|says|call|calling|called|think|thought|told|tell|feel|felt|know|knew|mean|meant|not|never)\b)[\w*'-]+\s+){0,3}?`;

/** Rules for abuse aimed at the agent or the company they speak for; each yields a finding kind. */
const DIRECTED_RULES: ReadonlyArray<{ kind: AbuseKind; pattern: RegExp }> = [
  // "you idiots", "you brainless parrot", "you're all useless parasites", "are you people brain-dead"
  {
    kind: 'insult',
    pattern: new RegExp(
      String.raw`\b(?:you|u|ya|y'all)(?:\s+(?:people|guys|lot|all|two))?(?:\s*(?:'re|'ve been|\s+are|\s+r|\s+have been))?\s+(?:(?:a|an|such|all|so|just|total|complete|bunch of|absolute|little|actually|really|being|this|that)\s+)*${FILLER}${INSULT}\b`,
      'gi',
    ),
  },
  // "Just fix it, idiot." — an insult used as a form of address
  { kind: 'insult', pattern: new RegExp(String.raw`,\s*(?:you\s+)?${INSULT}\s*(?=[.!?]|$)`, 'gi') },
  { kind: 'insult', pattern: new RegExp(String.raw`\b(?:${DIRECTED_PHRASES.join('|')})`, 'gi') },
  { kind: 'threat', pattern: new RegExp(String.raw`\b(?:${THREAT_PATTERNS.join('|')})`, 'gi') },
];

// Cheap literal gates so the heavier directed-insult patterns only run on text that could match them.
const INSULT_GATE = new RegExp(String.raw`\b${INSULT}\b`, 'i');
// The threat gate holds a word every THREAT_PATTERNS entry must contain, spaced as the pattern allows.
const THREAT_GATE =
  /\b(?:find|hunt|come|coming|hurt|kill|beat|smash|punch|break|watch|know\s+where|regret|pay\s+for|burn|blow|put|throw|chuck)\b/i;
const RULE_GATES: ReadonlyArray<RegExp | null> = [INSULT_GATE, INSULT_GATE, null, THREAT_GATE];

const SECOND_PERSON = /\b(?:you|your|you're|youre|ya|u|y'all|yours)\b/i;

interface Hit {
  start: number;
  end: number;
}

function profanityHits(text: string): Hit[] {
  const masked = MASK_CHARACTERS.test(text) && MASKED_GATE.test(text);
  // The library is the slow part: it runs only when a profanity stem (plain, leetspeak or with a masking character) is there.
  const hits: Hit[] =
    PROFANITY_GATE.test(text) || (masked && LEET_GATE.test(text))
      ? profanityMatcher
          .getAllMatches(text, true)
          .map((match) => ({ start: match.startIndex, end: match.endIndex + 1 }))
      : [];
  if (masked)
    for (const match of text.matchAll(MASKED_PROFANITY))
      hits.push({ start: match.index, end: match.index + match[0].length });
  return hits;
}

function clauseAround(text: string, hit: Hit): { before: string; after: string } {
  const head = text.slice(0, hit.start);
  const clauseStart =
    Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf(';')) + 1;
  const tail = text.slice(hit.end);
  const stop = tail.search(/[.!?;]/);
  return { before: head.slice(clauseStart), after: stop === -1 ? tail : tail.slice(0, stop) };
}

// Swearing is directed when it sits next to "you/your" ("your f***ing bank", "f*** you"), not "this damn router".
function isDirectedProfanity(text: string, hit: Hit): boolean {
  const { before, after } = clauseAround(text, hit);
  const lastWords = before.trim().split(/\s+/).slice(-4).join(' ');
  const nextWords = after.trim().split(/\s+/).slice(0, 2).join(' ');
  return SECOND_PERSON.test(lastWords) || /^(?:you|u|ya|your|yourself)\b/i.test(nextWords) || /,\s*$/.test(before);
}

function addFinding(findings: AbuseFinding[], text: string, kind: AbuseKind, start: number, end: number): void {
  for (const f of findings) if (f.span.start < end && start < f.span.end) return;
  findings.push({ kind, span: { start, end }, text: text.slice(start, end) });
}

/** Finds abuse aimed at the agent (insults, directed profanity, threats) with spans; situational swearing is not abuse. */
export function detectAbuse(text: string): AbuseFinding[] {
  const findings: AbuseFinding[] = [];
  // Both insult rules share one gate: test it once.
  const insultGate = INSULT_GATE.test(text);
  for (let i = 0; i < DIRECTED_RULES.length; i++) {
    const gate = RULE_GATES[i] ?? null;
    if (gate === INSULT_GATE ? !insultGate : gate !== null && !gate.test(text)) continue;
    const rule = DIRECTED_RULES[i]!;
    // exec in a loop, not matchAll: matchAll clones the regex on every call.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = match.index + (match[0].length - match[0].trimStart().replace(/^,\s*/, '').length);
      addFinding(findings, text, rule.kind, start, match.index + match[0].length);
    }
  }
  for (const hit of profanityHits(text)) {
    if (isDirectedProfanity(text, hit)) addFinding(findings, text, 'profanity_at_agent', hit.start, hit.end);
  }
  return findings.length > 1 ? findings.sort((a, b) => a.span.start - b.span.start) : findings;
}
