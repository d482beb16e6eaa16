import { DISPARAGE, EMOTION, THIRD_PARTY, THIRD_PARTY_NOUN } from '../lexicon.ts';
import { NEGATION_BEFORE } from '../text-scan.ts';
import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';

const OWN_UP = 'Own it instead: "That\'s on us, and I\'m going to put it right."';

/** A3: empathy (why the feeling makes sense) versus sympathy-agreement and blaming the company or a colleague. */
export const EMPATHY_RULES = [
  {
    id: 'empathy-understand-why',
    label: 'empathy',
    pattern: anyOf(
      String.raw`\bI\s+(?:(?:can|could|completely|totally|fully|really|definitely|absolutely|do|truly)\s+)*(?:understand|see|imagine|get|know)\s+(?:exactly\s+|completely\s+|just\s+)?(?:why|how)\b(?!\s+(?:to|I|we|this works|it works)\b)`,
      String.raw`\bI can(?:'t|not| only) (?:even )?imagine\b`,
      String.raw`\b(?:I'?d|I would|anyone would|anybody would|I'd have|who wouldn't)\s+(?:also\s+|definitely\s+|probably\s+|certainly\s+)?(?:be|feel|have been)\s+(?:(?:just as|as|so|really|pretty|very)\s+)?${EMOTION}`,
      String.raw`\bI(?:'d| would) (?:feel|be) the same\b`,
      String.raw`\bin your (?:shoes|position|place)\b`,
      String.raw`\bwould (?:make|leave|drive|wear) (?:anyone|anybody|any of us)\b`,
      String.raw`\b(?:you're|you are|you have every|you've every|you've got every)\s+(?:completely\s+|totally\s+|absolutely\s+)?(?:right|reason|entitled)\s+to\s+(?:be|feel)\b`,
      String.raw`\b(?:no wonder|of course) you(?:'re| are| feel| were)\b`,
      String.raw`\b(?:it's|it is|that's|that is) (?:completely |totally |perfectly )?(?:understandable|natural|fair|reasonable) (?:that you|to (?:be|feel))\b`,
      String.raw`\bmakes (?:complete |total |perfect )?sense (?:that )?you(?:'re| are| feel)\b`,
      String.raw`\bthe last thing you (?:need|needed|want)\b`,
      String.raw`\b(?:must|would|could) (?:be|have been|feel)\s+(?:(?:so|really|incredibly|very|extremely|pretty|quite)\s+)?${EMOTION}`,
      String.raw`\bhow ${EMOTION} (?:that|this|it) (?:must|is|was)\b`,
      String.raw`\b(?:that's|that is|that was|this is|it's|it is|is|was|sounds)\s+(?:[\w-]+\s+){0,2}?${EMOTION}\b`,
      String.raw`\b(?:huge|real|serious|big)\s+(?:problem|deal|worry|issue|breach|concern)\s+(?:when|of your)\b`,
      String.raw`\bI know\b[^.!?]{0,50}?\b(?:long time|hard|difficult|tedious|a lot|exhausting|worrying|scary|important)\b`,
      String.raw`\b(?:you|nobody|no one|no customer) should(?:n't| not)? have to\b`,
      String.raw`\bnot just (?:unpleasant|annoying|inconvenient)\b`,
      String.raw`\bcould have been (?:really |very |so |seriously )?(?:dangerous|serious|scary|harmful)\b`,
    ),
    notAfter: NEGATION_BEFORE,
  },
  {
    id: 'sympathy-agree-marker',
    label: 'sympathy_agreement',
    pattern: anyOf(
      String.raw`\byou(?:'re| are)\s+not wrong\b`,
      String.raw`\bcan't argue with (?:that|you)\b`,
      String.raw`\bI(?:'d| would)\s+(?:have to\s+)?agree\b`,
      String.raw`\bI don't blame you for (?:thinking|saying|feeling)\b`,
      String.raw`\bdon't get me started\b`,
      String.raw`\btell me about it\b`,
      String.raw`\bbetween (?:you and me|us)\b`,
      String.raw`\bI hear that (?:a lot|all the time|every day)\b`,
      String.raw`\bnot the first (?:person|one|customer) to (?:say|complain|mention|tell)\b`,
      String.raw`\bI (?:wouldn't|would not|don't|do not|never)\b[^.!?]{0,40}\beither\b`,
    ),
    message: 'Agreeing that the company or a colleague is bad joins the anger instead of defusing it.',
  },
  {
    id: 'sympathy-agree-condemn',
    label: 'sympathy_agreement',
    pattern: anyOf(
      String.raw`\b(?:you're|you are|ur)\s+(?:totally\s+|absolutely\s+|completely\s+|so\s+|100%\s+|dead\s+|quite\s+)?right\b(?!\s+to\b)`,
      String.raw`\b(?:yeah|yep|yea|lol|haha|ha|tbh|I agree)\b[^.!?]{0,40}?\b${DISPARAGE}`,
      String.raw`\bour\s+(?:[\w-]+\s+){0,3}?(?:is|are|has been|have been)\s+(?:(?:a|an|so|pretty|really|honestly|totally|such a|absolutely|kind of)\s+)*${DISPARAGE}`,
    ),
    inReply: guard(DISPARAGE),
    message: 'Agreeing that the company or a colleague is bad joins the anger instead of defusing it.',
  },
  {
    id: 'blame-disparage',
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`${THIRD_PARTY}[^.!?]{0,50}?\b${DISPARAGE}`,
      String.raw`\b(?:they|they're|he|he's|she|she's)\b[^.!?]{0,40}?\b${DISPARAGE}`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(String.raw`\b(?:sorry|apologi[sz]e)`),
    rewrite: OWN_UP,
  },
  {
    id: 'blame-shift',
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`\b(?:that's|that is|it's|that was) on (?:them|him|her)\b`,
      String.raw`\b(?:that's|that is) (?:the|those|their) [\w' -]{2,30}\bagain\b`,
      String.raw`\b(?:isn't|is not|not) my (?:department|area|team|call|job|division)\b`,
      String.raw`\b(?:the|your|my|that)\s+(?:last|previous|other|earlier|first)\s+(?:agent|rep|person|representative|colleague|guy|lady|woman|man|employee|advisor|operator)\b[^.!?]{0,40}?\b(?:wasn't|was not|shouldn't|should not|didn't|did not|had no|told you wrong|made a mistake|got it wrong|messed up|was wrong|misinformed)`,
      String.raw`\b(?:he|she|they) (?:shouldn't|should not) have (?:told|promised|said|offered)\b`,
      String.raw`\b(?:because|since|as) (?:the|our)\s+(?:[\w'-]+\s+){0,3}?${THIRD_PARTY_NOUN}\s+(?:had|was|were|didn't|did not|failed|forgot|lost|messed)\b`,
      String.raw`\b(?:set|decided|scheduled|handled|caused|done) by (?:the|our)\s+(?:[\w'-]+\s+){0,3}?${THIRD_PARTY_NOUN}\b`,
      String.raw`${THIRD_PARTY}\s+(?:set|decide[sd]?|made|make|sets) (?:it|that|the|those|this)\b`,
      String.raw`\bblame (?:the|our)\s+(?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN}\b`,
    ),
    notAfter: NEGATION_BEFORE,
    rewrite: OWN_UP,
  },
] as const satisfies readonly LintRule[];
