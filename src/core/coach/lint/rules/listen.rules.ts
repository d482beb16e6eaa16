import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';

// Listening moves: the agent holds the floor open instead of solving.
const LISTENING = guard(
  String.raw`\bgo on\b|\bI'm (?:still )?listening\b|\btake your time\b|\bplease (?:continue|go on|finish)\b|\bkeep going\b|\b(?:tell|walk) me (?:more|everything|what happened|the rest)\b|\bfinish (?:your|what)\b|\bI'm (?:still )?here\b[^.!?]*\blisten`,
);

// Sentences that only acknowledge ("Oh no.", "I'm so sorry.", "That sounds awful.") don't take the floor.
const ACKNOWLEDGING = guard(
  String.raw`^\s*(?:oh no|oh|wow|okay|ok|right|mm-?hm+|uh-huh|I see\b(?! you)|I hear you|I understand|I'm (?:so |really |very |truly )?sorry|sorry|I apologi[sz]e|that sounds|that's (?:awful|terrible|horrible|dreadful|a lot)|I can (?:only )?imagine|ugh|oof|goodness|oh my)\b(?![^.!?]*\b(?:let me|let's|I'll|I will|I'm going to|I've|I have|I can|we can|we'll|we will|can you|could you|would you|what|which|send|try|bring|email|upload|give|don't worry|here's|there's)\b)[^.!?]*[.!?]*\s*$`,
);

/** L1: solving, probing or quoting rules while the customer is still mid-outburst. */
export const LISTEN_RULES = [
  {
    id: 'interrupting-solution',
    label: 'interrupting_solution',
    whenVenting: true,
    once: true,
    pattern: anyOf(
      String.raw`\b(?:I(?:'ll| will|'m going to| am going to|'m gonna| can|'m| am|'ve| have)|we (?:can|could|'ll|will))\s+(?:just\s+|go ahead and\s+|gonna\s+(?:go ahead and\s+)?|going to\s+|quickly\s+)?(?:need|send|offer|open|submit|issue|refund|process|arrange|book|credit|reset|replace|cancel|escalate|file|log|raise|rebook|waive|give|get|sending|issuing|refunding|opening|processing|booking|crediting|replacing|check|look)\b`,
      String.raw`\b(?:can|could) (?:you|I (?:get|have))\s+(?:please\s+)?(?:confirm|give|send|tell|provide|share|check|try|verify|spell)\b|\bhave you tried\b|\bplease (?:confirm|provide|send|try)\b`,
      String.raw`\bI see (?:you've|you have|that|here)\b|\b(?:per|according to) (?:our|the)\b|\bwhat(?:'s| is) (?:your|the) (?:order|account|booking|reference|room|confirmation|ticket|card)\b|\bis there anything else\b`,
      String.raw`\b(?:refunds?|replacements?|credits?) (?:go|goes|will go|are issued)\b|\btry (?:clearing|restarting|reinstalling|resetting|logging|reconnecting)\b`,
    ),
    notInReply: LISTENING,
  },
  {
    id: 'interrupting-takes-floor',
    label: 'interrupting_solution',
    whenVenting: true,
    once: true,
    pattern: /(?<=^|[.!?]\s+)[^\s.!?][^.!?]*[.!?]*/g,
    notInSentence: ACKNOWLEDGING,
    notInReply: LISTENING,
  },
] as const satisfies readonly LintRule[];
