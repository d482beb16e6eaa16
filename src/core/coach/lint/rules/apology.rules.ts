import { NEGATION_BEFORE } from '../text-scan.ts';
import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';

const SORRY = String.raw`(?:sorry|apologi[sz](?:e|ing)|apologies|I regret|we regret|my bad|forgive (?:me|us)|pardon the)`;

// Complements that apologise for nothing in particular ("for the inconvenience", "to hear that").
const GENERIC = String.raw`(?:(?:for|about)\s+(?:that|this|it|the inconvenience|any inconvenience|the trouble|any trouble|the confusion|any confusion|your loss|the wait|the delay|the hassle|everything|all (?:of )?(?:this|that)|what happened|the issue|the problem|this issue|this problem)|to hear (?:that|this|it)|(?:that|this|it) (?:has been|was|is|must be|must have been) (?:so |really |very |such )?(?:difficult|hard|frustrating|stressful|upsetting|a hassle|a pain|an ordeal)|(?:it|that) came across that way|you feel that way)(?:\s+(?:(?:this|that|it) )?(?:may have |might have |has |have )?caused)?(?=\s*(?:[.!?,;:)]|$|and\b|but\b))`;

// A specific apology names the problem right after the apology word: "sorry your connection keeps dropping".
const SPECIFIC = String.raw`\b(?:[Ss]orry|[Aa]pologi[sz]e|[Aa]pologies|[Rr]egret)\s+(?!${GENERIC})(?!(?:if|but|you feel|again|though|sir|ma'am|madam|guys|folks)\b)(?:(?:that|for|about|to hear(?: about| that)?)\s+)?(?=[a-z$0-9])\S+\s+[^.!?;,]*[^.!?;,\s]`;

// Apology, then the harm itself named next: "I'm so sorry. Sending your account to collections should never have happened."
const SPECIFIC_NEXT = String.raw`\b(?:sorry|apologi[sz]e)[.,!:]\s+(?!it\b|this\b|I\b|but\b)[^.!?]{0,80}?\b(?:should(?:n't| not| never) have happened|(?:is|was|are|were) (?:wrong|not (?:acceptable|okay|ok|right))|(?:is|was) on us|(?:that's|that is) our (?:error|mistake|fault))`;

// Apology, then the harm retold straight after: "I'm so sorry. Our crew damaged your piano", "Sorry, Hannah, I jumped in too soon",
// "I'm sorry: you reported sewage on Wednesday". The next clause retells what happened (a past or perfect verb), not what comes next.
const RETELLER = String.raw`(?:you|your (?:[\w-]+ ){0,2}?[\w-]+|our (?:[\w-]+ ){0,2}?[\w-]+|we|they|the (?:[\w-]+ ){0,2}?[\w-]+)`;
const PAST = String.raw`(?:(?:'ve|'d| have| had)\s+)?(?:(?:been|just|already|still|also|then|actually|never|all)\s+)*(?:(?:were|was|got) \w+(?:ed|en)|\w+ed|\w+ing(?<=been \w+ing)|took|lost|broke|sent|left|gave|told|went|got|made|cut|hit|put|paid|bought|came|spent|kept|heard|said|wrote|ran|sold|stole|threw|fell|drove|shut|let)`;
const SPECIFIC_RETOLD = String.raw`\b(?:sorry|apologi[sz]e)[.,!:;]\s+(?:(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z][a-z]+[,.]\s+)?(?:(?:and|but)\s+)?(?:${RETELLER}(?:'ve|'d|'re)?\s+${PAST}\b|I\s+(?:(?:just|really)\s+)?(?:talked over|spoke over|cut (?:across|in|you off)|jumped in|interrupted|rushed|missed|forgot|got (?:that|it|this) wrong|gave you (?:the )?wrong|told you (?:the )?wrong|should(?:'ve| have))\b)`;

// The harm named first, then the apology: "Three hours on the tarmac with no water is not acceptable, and I'm sorry."
const SPECIFIC_BEFORE = String.raw`\b(?:is|was|are|were) (?:not|never) (?:acceptable|okay|ok|right|good enough),? and I(?:'m| am) (?:so |very |really |truly )?sorry\b`;

// The harm judged in the breath before or after a bare apology: "Ten hours late is way out of line. I'm sorry.",
// "Four wrong orders in a month is awful, and I'm sorry", "I'm truly sorry. Facing collections letters … is an awful weight".
const JUDGED = String.raw`(?:\b(?:is|are|was|were|isn't|aren't|wasn't|weren't)\s+(?:(?:way|far|just|really|so|completely|totally|absolutely|simply|an?)\s+)*(?:awful|unacceptable|not acceptable|out of line|too long|too much|humiliating|serious|terrible|horrible|wrong|not good enough|not what you (?:paid|asked) for|(?:a |our )?failure|on us|not a small thing|ridiculous|appalling|inexcusable|not okay|not ok|not right|shocking|dreadful|worrying|frightening|awful extra)\b|\btoo (?:long|many)\b|\bour (?:failure|fault|mistake|error)\b|\bshouldn't (?:be|have)\b)`;
const BARE_SORRY = String.raw`\b(?:I(?:'m| am)\s+(?:(?:so|very|really|truly|deeply|terribly)\s+)?sorry|I\s+(?:(?:do|sincerely|truly)\s+)?apologi[sz]e)\b`;
const SPECIFIC_JUDGED = [
  String.raw`${JUDGED}[^?]{0,100}?${BARE_SORRY}(?=\s*(?:[.,;:!—–-]|$))`,
  String.raw`${BARE_SORRY}[.!]\s+[^.!?]{3,80}?${JUDGED}`,
  // "I apologise, that's a wretched night"
  String.raw`${BARE_SORRY}[,;:—–-]\s*(?:that's|that is|it's|this is|what) (?:a |an )?(?:wretched|miserable|awful|horrible|terrible|dreadful|rotten)\b`,
];

/** A1 apology, A2 apology that names the real problem, L4 thanks. */
export const APOLOGY_RULES = [
  // "Sorry, could you spell that?" is a way into a question, not an apology.
  {
    id: 'apology',
    label: 'apology',
    pattern: anyOf(
      String.raw`\b${SORRY}\b(?!\s*[,—–-]+\s*(?:can|could|would|who|which|what|when|where|just to|I'll (?:just )?stop|do you|is it|are you|may I|one (?:sec|second|moment))\b)`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(String.raw`\byou (?:should|ought to|will|'ll) be sorry`),
  },
  { id: 'apology-specific', label: 'apology_specific', pattern: new RegExp(SPECIFIC, 'g'), notAfter: NEGATION_BEFORE },
  { id: 'apology-specific-next', label: 'apology_specific', pattern: anyOf(SPECIFIC_NEXT), notAfter: NEGATION_BEFORE },
  { id: 'apology-specific-before', label: 'apology_specific', pattern: anyOf(SPECIFIC_BEFORE) },
  {
    id: 'apology-specific-retold',
    label: 'apology_specific',
    pattern: anyOf(SPECIFIC_RETOLD),
    notAfter: NEGATION_BEFORE,
  },
  { id: 'apology-specific-judged', label: 'apology_specific', pattern: anyOf(...SPECIFIC_JUDGED) },
  {
    id: 'thanks',
    label: 'thanks',
    pattern: anyOf(
      String.raw`\b(?:thanks|thank you|thx|many thanks|I (?:really |truly |do )?appreciate (?:you|your|it|that|the|this)|(?:I'm|we're|I am|we are) (?:so |really |very )?grateful|much appreciated)\b(?!\s+to\b)(?!\s+for nothing)`,
    ),
    notAfter: guard(String.raw`\bno\s*$`, NEGATION_BEFORE.source),
  },
] as const satisfies readonly LintRule[];
