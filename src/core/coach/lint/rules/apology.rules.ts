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

// A2 violated: the apology is for the customer's feelings or impression, or only "if" there was harm — not for what
// happened. Families: feelings as the thing regretted ("sorry you feel that way", "I regret that you are unhappy",
// "sorry to hear you're disappointed"), what the customer thinks ("sorry you think we…"), a condition ("sorry if you
// were inconvenienced", "apologies if this caused confusion", "for any upset this may have caused"), feelings as the
// object ("sorry for your frustration") and unmet expectations ("sorry it didn't meet your expectations").
const NON_APOLOGY_WORD = String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)\s+`;
const FEELING = String.raw`(?:upset|unhappy|disappointed|dissatisfied|frustrated|annoyed|angry|cross|displeased|unsatisfied|aggrieved|offended|put out|confused|inconvenienced|bothered|troubled|unimpressed|not (?:happy|satisfied|pleased|impressed|comfortable)|so strongly|strongly)`;
const NON_APOLOGY = [
  // "sorry (that | to hear | if) you're / you were / you've been / you feel … upset"
  String.raw`${NON_APOLOGY_WORD}(?:that\s+|to (?:hear|see|learn)(?: that)?\s+|if\s+)?(?:you|you're|you've)(?:\s+(?:are|were|have|had|may|might|must|seem|seemed|sound|'re|'ve))?(?:\s+(?:been|be|feel|feeling|felt|left|still|now|so|very|really|quite|a bit|a little|somewhat|clearly|feeling))*\s+${FEELING}\b`,
  String.raw`${NON_APOLOGY_WORD}(?:that\s+|to (?:hear|see|learn)(?: that)?\s+)?you(?:'re|'ve| are| were| have)?\s+(?:weren't|aren't|are not|were not|haven't been|have not been)\s+(?:happy|satisfied|pleased|impressed|comfortable)\b`,
  // "sorry you feel that way", "sorry you think we overcharged you", "sorry you see it that way"
  String.raw`${NON_APOLOGY_WORD}(?:that\s+|to (?:hear|see|learn)(?: that)?\s+|if\s+)?you(?:'ve| have| may| might| must)?\s+(?:feel|felt|feeling|think|thought|believe|believed|see (?:it|things|this|that)|perceive|perceived|took (?:it|that|this)|taken (?:it|that|this)|view (?:it|this|that)|got (?:the|that|this) impression|have (?:the|that|this) impression|were (?:left )?under the impression|came away)\b`,
  // Conditional: "sorry if you were…", "apologies if this caused…", "I apologize if I upset you", "sorry if there's been…"
  String.raw`${NON_APOLOGY_WORD}if\s+(?:you|your|this|that|it|there|any|anything|anyone|we|our|I|my|the|something)\b`,
  String.raw`${NON_APOLOGY_WORD}(?:for|about)\s+any\s+(?:[\w-]+\s+){0,2}?(?:(?:this|that|it|which|we|our [\w-]+|the [\w-]+)\s+)?(?:may|might|could)\s+have\s+(?:caused|had|created|led to)\b`,
  String.raw`${NON_APOLOGY_WORD}(?:for|about)\s+any\s+(?:[\w-]+\s+){0,2}?you\s+(?:may|might|could)\s+have\s+(?:experienced|felt|suffered|had|been caused)\b`,
  String.raw`${NON_APOLOGY_WORD}(?:for\s+|about\s+)?any\s+(?:[\w-]+\s+){0,2}?(?:(?:this|that|it|which|we|our [\w-]+|the [\w-]+|you)\s+)?(?:may|might|could)\s+have\b|${NON_APOLOGY_WORD}(?:for|about)\s+any\s+(?:upset|distress|frustration|annoyance|disappointment|offen[cs]e|hurt|bad feeling|ill feeling|dissatisfaction)\b`,
  // The customer's impression or finding: "sorry you've had a bad impression", "sorry you found the process confusing",
  // "sorry this has left you feeling frustrated", "sorry that's how you feel".
  String.raw`${NON_APOLOGY_WORD}(?:that\s+|to hear(?: that)?\s+)?(?:you(?:'ve| have)? (?:had|got|formed|been left with|come away with) (?:a |an |the |that |this )?(?:bad |poor |negative |wrong |unfavourable |unfavorable )?(?:impression|view|opinion)|you (?:found|find) (?:it|this|that|the [\w-]+|our [\w-]+|us)(?: [\w-]+)? (?:confusing|frustrating|difficult|hard|upsetting|unclear|annoying|complicated|stressful|disappointing|unhelpful|rude)|(?:this|that|it|the [\w-]+|our [\w-]+)\s+(?:has |have |may have |might have )?(?:left|made) you (?:feel(?:ing)?\s+)?${FEELING}|(?:that's|that is|this is) how you (?:feel|see it|took it|view it))\b`,
  // Feelings as the object: "sorry for your frustration", "sorry about how you feel"
  String.raw`${NON_APOLOGY_WORD}(?:for|about)\s+(?:your|how you(?:'re| are)?|the way you(?:'re| are)?)\s+(?:feel(?:ings?|ing)?|frustration|disappointment|upset|dissatisfaction|displeasure|annoyance|anger|perception|impression|experience of)\b`,
  // Unmet expectations: "sorry the meal didn't meet your expectations", "sorry it wasn't to your liking"
  String.raw`${NON_APOLOGY_WORD}(?:that\s+|to hear(?: that)?\s+)?(?:it|this|that|the [\w-]+(?: [\w-]+)?|our [\w-]+(?: [\w-]+)?|we)\s+(?:didn't|did not|hasn't|has not|haven't|wasn't|was not|weren't|failed to)\s+(?:meet|live up to|match|quite meet|fully meet|to)\s+(?:your|all your)\s+(?:expectations|standards|liking|taste)\b`,
  String.raw`${NON_APOLOGY_WORD}(?:that\s+)?you (?:didn't|did not|don't|do not) (?:like|enjoy|care for|appreciate|agree with)\b`,
  // The trouble as something the customer is having, not something the company did: "sorry you're having trouble with
  // your SIM", "sorry to hear you're experiencing issues", "sorry your holiday didn't go to plan".
  String.raw`${NON_APOLOGY_WORD}(?:that\s+|to (?:hear|see|learn)(?: that)?\s+)?(?:you(?:'re| are| have been|'ve been)|you(?:'ve| have)? been)\s+(?:having|experiencing|facing|running into|encountering)\s+(?:some\s+|any\s+|a few\s+)?(?:trouble|issues?|problems?|difficult(?:y|ies)|bother|a (?:hard|tough|difficult|frustrating) time)\b|${NON_APOLOGY_WORD}(?:that\s+|to (?:hear|see|learn)(?: that)?\s+)?(?:your|the) (?:[\w-]+ ){1,2}?(?:didn't|did not|hasn't|has not|wasn't|was not) (?:go(?:ne)? to plan|go(?:ne)? as (?:planned|expected|hoped)|(?:quite )?what you (?:expected|hoped for|wanted)|up to (?:your )?(?:expectations|standard|scratch))\b`,
  // The inconvenience or misunderstanding as the whole apology, hedged or passive: "apologies for any misunderstanding",
  // "we regret the inconvenience caused", "sorry for any confusion with your bill".
  String.raw`${NON_APOLOGY_WORD}(?:for\s+|about\s+)?any\s+(?:misunderstanding|confusion|misunderstandings|miscommunication|inconvenience|trouble|issues?)\b|\b(?:we|I)\s+(?:(?:sincerely|deeply|truly)\s+)?regret\s+(?:the|any)\s+(?:inconvenience|trouble|disappointment|upset)(?:\s+(?:this|that|it)\s+(?:has|may have|might have))?\s+caused\b`,
];

/** A1 apology, A2 apology that names the real problem (and the non-apology that violates it), L4 thanks. */
export const APOLOGY_RULES = [
  // "Sorry, could you spell that?" is a way into a question, not an apology.
  {
    id: 'apology',
    label: 'apology',
    pattern: anyOf(
      String.raw`\b${SORRY}\b(?!\s*[,—–-]+\s*(?:can|could|would|who|which|what|when|where|just to|I'll (?:just )?stop|do you|is it|are you|may I|one (?:sec|second|moment))\b)`,
    ),
    notAfter: NEGATION_BEFORE,
    // "Sorry to cut in", "sorry to interrupt": a way to take the floor, not an apology for anything.
    notInSentence: guard(
      String.raw`\byou (?:should|ought to|will|'ll) be sorry|\b(?:sorry|apologies) (?:to|for) (?:cut(?:ting)? in|interrupt(?:ing)?|jump(?:ing)? in|butt(?:ing)? in|bother(?:ing)? you|cut(?:ting)? you off)\b`,
    ),
  },
  {
    id: 'apology-specific',
    label: 'apology_specific',
    pattern: new RegExp(SPECIFIC, 'g'),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(
      String.raw`\b(?:sorry|apologies) (?:to|for) (?:cut(?:ting)? in|interrupt(?:ing)?|jump(?:ing)? in|butt(?:ing)? in|bother(?:ing)? you|cut(?:ting)? you off)\b`,
    ),
  },
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
    id: 'non-apology',
    label: 'non_apology',
    pattern: anyOf(...NON_APOLOGY),
    notAfter: NEGATION_BEFORE,
    // Owning the harm in the same breath makes it a real apology: "sorry if that sounded flippant; it was our mistake".
    notInSentence: guard(
      String.raw`\b(?:our (?:fault|mistake|error)|on us|my (?:fault|mistake)|we (?:got (?:it|this|that) wrong|messed up|made a mistake))\b`,
    ),
    supersedes: ['apology', 'apology_specific'],
  },
  {
    // A2 violated, the apology for the customer's experience rather than for what happened (session 6, from the misses
    // of the tuned-on rounds 1 and 2): expectations that "your stay" did not meet, what they "found distressing", the
    // night they "didn't sleep", the "rough time" or "uncomfortable journey" they had, their being "worried", the
    // "trouble" they had, "not the news you wanted", and a relative's feelings ("sorry your son was so upset").
    id: 'non-apology-experience',
    label: 'non_apology',
    pattern: anyOf(
      String.raw`${NON_APOLOGY_WORD}(?:that\s+|to hear(?: that)?\s+)?(?:your [\w-]+(?: [\w-]+)? (?:didn't|did not|hasn't|has not|wasn't|was not) (?:meet|live up to|match) (?:your |all your )?(?:expectations|standards)|you (?:found|find) (?:it|this|that|the [\w-]+|our [\w-]+|us)(?: [\w-]+)? (?:distressing|upsetting|uncomfortable|unpleasant|disappointing|stressful|worrying|inconvenient|off-putting)|you (?:didn't|did not) (?:sleep|rest|settle|have a good|get a good))\b`,
      String.raw`${NON_APOLOGY_WORD}(?:that\s+|to hear(?: that)?\s+)?(?:you(?:'ve| have)? (?:had|been having) (?:such |a |an |some )?(?:[\w-]+ )?(?:uncomfortable|bad|rough|tough|difficult|unpleasant|poor|frustrating|disappointing|trying|stressful) (?:journey|time|run|stay|night|day|experience|trip|visit|week|start)|you(?:'ve| have)? (?:been|were|felt) (?:so |very |really )?(?:worried|anxious|concerned|stressed|nervous)|you had (?:some |any )?trouble)\b`,
      String.raw`${NON_APOLOGY_WORD}(?:that\s+)?(?:(?:(?:it's|it is|that's|this is) not|(?:this|it|that) isn't) (?:the news|the answer|the outcome|what) you (?:wanted|were hoping|hoped|expected)|your (?:son|daughter|child|children|kids?|husband|wife|partner|mum|mother|dad|father|family|guests?) (?:was|were|got|felt) (?:so |very |really )?(?:upset|worried|distressed|scared|frightened|disappointed))\b`,
    ),
    notAfter: NEGATION_BEFORE,
    // Owning the harm in the same breath makes it a real apology: "sorry you had a rough night; the noise was our fault",
    // and so does naming us as its cause ("sorry you had such a hard time getting through to us").
    notInSentence: guard(
      String.raw`\b(?:our (?:fault|mistake|error|failure|failing)|on us|my (?:fault|mistake)|we (?:got (?:it|this|that) wrong|messed up|made a mistake|should have|let you down))\b`,
      String.raw`\b(?:getting through to|trying to (?:reach|contact|get hold of)|dealing with|waiting (?:for|on)) us\b|\b(?:with|from|because of|thanks to) (?:us|our)\b`,
    ),
    supersedes: ['apology', 'apology_specific'],
  },
  {
    id: 'thanks',
    label: 'thanks',
    pattern: anyOf(
      String.raw`\b(?:thanks|thank you|thx|many thanks|I (?:really |truly |do )?appreciate (?:you|your|it|that|the|this)|(?:I'm|we're|I am|we are) (?:so |really |very )?grateful|much appreciated)\b(?!\s+to\b)(?!\s+for nothing)`,
    ),
    notAfter: guard(String.raw`\bno\s*$`, NEGATION_BEFORE.source),
  },
] as const satisfies readonly LintRule[];
