import { DISPARAGE, EMOTION, THIRD_PARTY, THIRD_PARTY_NOUN } from '../lexicon.ts';

// An agent who is fixing it now is owning the mistake, not shifting it ("our team made a mistake, and I'm fixing it").
const FIXING_IT = String.raw`\band I(?:'m| am|'ll| will|'ve| have)\b[^.!?]{0,20}\b(?:fix|sort|correct|put|chang)`;
import { NEGATION_BEFORE } from '../text-scan.ts';
import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';

// Owned elsewhere in the reply ("Sorry, that's on us. Our engineer should have checked"): ownership, not blame.
// A3 vs A4 (issue #12): the fault put on a party outside the company (a contractor, supplier, courier, landlord, the
// restaurant on the app, "the valet company we use") is an excuse, not blame of a colleague; a sentence that opens with
// such a party is left to the excuse rules ("the cleaning contractor didn't show up", "that's the landlord's decision"),
// unless a later clause turns on a team of our own ("…, and our estates team haven't chased it").
export const OUTSIDE_SUBJECT = String.raw`^(?![^.!?]*[,;]\s*(?:(?:and|but|honestly|while|plus|then)\s+)*(?:our|the|my|your)\s+(?:[\w-]+\s+)?(?:team|department|dept|staff|managers?|management|colleagues?|office|rep|reps)\b)\W*(?:[\w']+,\s*){0,2}(?:that's |that is |it's |it is |this is |that was |it was )?(?:the|our|their|a|that|this)\s+(?:[\w-]+\s+)?(?:contractors?|subcontractors?|sub-contractors?|suppliers?|couriers?|carriers?|vendors?|manufacturers?|landlords?|freeholders?|letting agents?|restaurants?|logistics (?:firm|company|partner)|(?:company|firm|agency|partner|provider) (?:we use|we work with|we've been using)|courier partners?|delivery partners?|airlines?|council|insurers?|underwriters?|hotel)(?:'s|s')?\b`;
// The reply owns the lapse (A4), so naming who slipped is not blame (issue #12): "on us", "our engineer's error", "we
// accept full responsibility", and an apology with "our driver should have taken it back" (not "the night porter should
// have moved you", which points away from us).
export const OWNED_LAPSE = String.raw`\b(?:on us|on our (?:end|side|part)|our (?:fault|mistake|error)|I should have|we should have|(?:accept|take) (?:full |complete )?responsibility)\b|\bour (?:[\w-]+ ){0,2}?[\w-]+'s (?:fault|mistake|error|mess)\b|^(?=[\s\S]*\b(?:sorry|apologi[sz]e)\b)[\s\S]*\bour\s+(?:[\w-]+\s+){0,2}?(?:team|staff|driver|crew|pharmacist|porter|receptionist|engineer|technician|agent|manager|nurse|doctor|rider|courier|member of staff|staff member|colleague|desk)\s+(?:really\s+|clearly\s+)?(?:should(?:'ve| have)|shouldn't have)\b`;
const OWNED_IN_REPLY = guard(OWNED_LAPSE);
// A colleague's lapse apologised for, put as a condition or told back as the customer's account is not blame (issue
// #12): "I'm sorry the engineer didn't follow the procedure", "if the adviser gave you incorrect information…", "so
// you're saying the driver didn't knock?".
const LAPSE_NOT_BLAMED_BEFORE = new RegExp(
  String.raw`${NEGATION_BEFORE.source}|\b(?:if|whether|sorry|apologi[sz]e|regret)\s+(?:that\s+)?(?:[\w'-]+\s+){0,1}$`,
  'i',
);
const LAPSE_TOLD_BACK = String.raw`\?|\byou(?:'re| are) saying\b`;

const OWN_UP = 'Own it instead: "That\'s on us, and I\'m going to put it right."';

// Someone inside the company, named the way agents name them: "the agent you spoke to", "whoever took your call",
// "my colleague", "the engineer who came out", "dispatch", "head office".
const INSIDER = String.raw`(?:${THIRD_PARTY}(?:\s+(?:who|that)\s+[^.!?,;]{1,40}?|\s+(?:you|we) (?:spoke|talked|dealt) (?:to|with)(?: (?:before|earlier|yesterday|last \w+))?)?|\b(?:customer services?|the call cent(?:re|er)|the helpline|reception|the front desk|sales|the sales team)\b|\bwhoever (?:you (?:spoke|talked|dealt) (?:to|with)|took your (?:call|order|booking|details)|handled (?:it|this|your [\w-]+)|was on)(?:\s+(?:before|earlier|yesterday|last \w+))?|\b(?:billing|accounts|dispatch|logistics|maintenance|housekeeping|management|corporate|head office|HQ|the back office|the higher-ups|upstairs|the bosses)\b)`;
// What they did wrong.
const FAILED = String.raw`(?:(?:clearly|obviously|probably|apparently|must have|must've|just|simply|again|also|then)\s+)*(?:(?:didn't|did not|never|failed to|forgot to|couldn't be bothered to|can't be bothered to|wouldn't)\s+(?:even\s+)?(?:bother|read|log|pass|send|check|finish|do|follow|update|tell|record|process|action|listen|note|put|turn up|show up|knock|call|flag|escalate|fix|look|arrange|book|submit|file|set|enter|make|ring|reply|respond|order|cancel|refund|chase|sort)|(?:messed|screwed|mixed|botched|cocked) (?:(?:it|this|that|things|your [\w-]+)\s+)?up|got (?:it|this|that|your [\w-]+|the [\w-]+) wrong|made (?:a|an) (?:mess|mistake|error|hash|pig's ear)|lost (?:it|your|the)|sat on|(?:has|have|'s|'ve) been sitting on|dropped the ball|gave you (?:the )?wrong|told you (?:the )?wrong|misread|ignored|overlooked|rushed|bodged|botched|skipped|cut corners|(?:picked|sent|packed|delivered|installed|fitted|ordered|booked|charged|quoted|gave you) (?:you |us )?(?:the |an? )?(?:wrong|incorrect)|gave you (?:incorrect|bad|misleading|false|the wrong)|should (?:have|'ve) (?:told|warned|informed|notified|called|sent|checked|flagged|mentioned|explained|offered|caught|spotted|passed)|(?:still )?(?:hasn't|haven't|has not|have not) (?:[\w-]+ )?(?:fixed|sorted|updated|processed|sent|passed|replied|responded|done|actioned|got back|bothered)|should(?:n't| not| never) have (?:promised|said|told|offered|done|charged|sold|agreed|quoted|booked|cancell?ed|sent|let)|(?:fitted|installed|set up|entered|keyed|noted|recorded|typed|labell?ed|packed|processed|filed|coded|logged|spelt|spelled) (?:[\w-]+ ){0,3}?(?:wrong(?:ly)?|incorrectly|badly))\b`;

// A feeling only named, with no why: "That's really disappointing.", "I know how worrying that is.", "I appreciate that's
// annoying.", "Every five minutes is maddening." Empathy says why the feeling makes sense; a sentence that gives a
// reason (when, because, after, especially, what it cost them) is left to the rules.
const BARE_FEELING = String.raw`^(?![^]*\b(?:when|because|since|after|especially|particularly|means|meant|of all|on top of|you(?:'ve|'d| had| were| have| are|'re)|your|so you|with (?:a|an|the|two|three|no)|every time|time you|money|without)\b)(?:[^]*?(?:[,;—–-]\s*|^\s*|\band\s+))?(?:(?:oh|ah|ugh|wow|gosh),?\s+)?(?:I (?:(?:can|do|completely|totally|fully|really)\s+)*(?:know|understand|appreciate|see|get|hear|realise|realize)(?: how| that| why)?\s+(?:(?:really|so|very|incredibly|truly)\s+)?(?:${EMOTION}\s+)?)?(?:that|this|it|which)(?:'s| is| was| must be| sounds| has been| must have been| can be)?\s+(?:(?:really|so|very|incredibly|pretty|quite|a bit|genuinely|truly|super|absolutely|just|hugely|deeply|properly)\s+)*(?:${EMOTION}|awful|horrible|terrible|dreadful|rotten|miserable|not (?:great|good|ideal|okay|ok))\s*(?:[.!,;]|$|\s+(?:and|but)\b)|^(?![^]*\b(?:when|because|since|after|especially|particularly|means|meant|of all|on top of|you(?:'ve|'d| had| were| have| are|'re)|your|so you|with (?:a|an|the|two|three|no)|every time|time you|money|without)\b)[^]*?\bI (?:(?:can|do|completely|totally|fully|really|only)\s+)*(?:know|understand|appreciate|see|get|imagine) (?:just )?how (?:(?:really|so|very|incredibly)\s+)?(?:${EMOTION}|annoying|worrying|hard|difficult|stressful|upsetting|awful|horrible) (?:that|this|it)(?:'s| is| was| must be| must have been| has been| can be)?\s*(?:[.!,;]|$|\s+(?:and|but)\b)`;

// Someone inside the company, including the roles agents name: "our picker", "the night auditor", "the locum", "the
// workshop manager", "the marketing department", "whoever took your call".
const STAFF = String.raw`(?:${INSIDER}|\b(?:the|our|your|that|this|my)\s+(?:[\w-]+\s+){0,2}?(?:pickers?|packers?|porters?|auditors?|receptionists?|locums?|pharmacists?|nurses?|doctors?|GP|tutors?|instructors?|trainers?|cleaners?|chefs?|cooks?|waiters?|waitress|baristas?|cashiers?|tellers?|inspectors?|stewards?|surveyors?|valuers?|assessors?|adjusters?|planners?|schedulers?|dispatchers?|coordinators?|assistants?|officers?|advis[eo]rs?|managers?|department|team|desk|office|admin|administrators?|clerks?|handlers?|engineers?|technicians?|fitters?|installers?|drivers?|reps?)\b)`;

/** A3: empathy (why the feeling makes sense) versus sympathy-agreement and blaming the company or a colleague. */
export const EMPATHY_RULES = [
  {
    id: 'empathy-understand-why',
    label: 'empathy',
    pattern: anyOf(
      String.raw`\bI\s+(?:(?:can|could|completely|totally|fully|really|definitely|absolutely|do|truly)\s+)*(?:understand|see|imagine|get|know)\s+(?:exactly\s+|completely\s+|just\s+)?(?:why|how)\b(?!\s+(?:to|I|we|this works|it works|(?:the|your|it|this|that) [\w ]{0,20}?(?:looks|works|appears|is set|shows))\b)`,
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
      String.raw`\b(?:that's|that is|it's|it is)\s+(?:way |far |much )?too (?:long|much|late) (?:when|for|to)\b`,
      String.raw`\b(?:especially|particularly) (?:when|with|since|after|because|as|on)\b|\bof all (?:days|trips|times|nights|weekends|occasions|weeks)\b`,
      String.raw`\b(?:that's|it's|that is|it is|was)\s+(?:not|never) what you (?:need|needed|want|wanted|expected|paid for|signed up for)\b`,
      String.raw`\b(?:nobody|no one) (?:wants|likes|needs|deserves) to\b|\bwhat a (?:nightmare|stressful|frustrating|horrible|awful|terrible|worrying)\b`,
      String.raw`\b(?:a lot|too much|so much) to (?:deal with|handle|go through|cope with)\b|\bunderstandably\b|\band rightly so\b|\bI get why\b|\bI can tell (?:how|this|that)\b`,
      String.raw`\bmust (?:be|have been|feel) (?:really |so |very |incredibly |pretty )?(?:hard|difficult|rough|awful|horrible|terrible|a (?:nightmare|shock|worry|pain))\b`,
      String.raw`\b(?:that's|that is|what|such|it's|it is)\s+(?:an?\s+)?(?:(?:really|truly|genuinely|pretty|so|very)\s+)?(?:horrible|awful|terrible|rotten|miserable|stressful|upsetting|frightening|scary|worrying|rough|hard|difficult|nasty|dreadful|lousy|horrid|unsettling) (?:thing|situation|experience|position|way|start|surprise|shock|day|week|morning|night|evening|time|place)\b`,
      String.raw`\b(?:test|try|stretch)(?:s|ed)? (?:anyone's|anybody's|everyone's|the) patience\b|\benough to (?:drive|make|test|upset|frustrate|annoy|wear down|rattle) (?:anyone|anybody|someone|people)\b|\bI can (?:only )?(?:guess|picture)\b`,
      String.raw`\byour (?:frustration|anger|concern|worry|upset|disappointment|annoyance|reaction|feelings?|irritation) (?:is|are|makes|totally|completely|absolutely|really)\b[^.!?]{0,25}\b(?:sense|understandable|justified|valid|fair|reasonable|natural|warranted)\b`,
    ),
    notAfter: NEGATION_BEFORE,
    // A bare nod to the feeling on the way to something else says nothing about why: "I know it's annoying, but…",
    // "I get that this is frustrating and I'm going to…".
    notInSentence: guard(
      String.raw`\bI (?:know|get|understand|appreciate|realise|realize|hear)(?: that)? (?:this|it|that)(?:'s| is| has been| can be| must be)? (?:(?:really|very|so|quite|pretty|incredibly|a bit)\s+)?${EMOTION}\s*[,—–-]?\s*(?:but|however|and I(?:'m| am| will|'ll))\b`,
      BARE_FEELING,
    ),
  },
  {
    // Naming what the failure cost the customer shows why the anger makes sense (A3).
    id: 'empathy-names-the-cost',
    label: 'empathy',
    pattern: anyOf(
      String.raw`\b(?:that's|that is|it's|it is|was)\s+(?:a\s+)?(?:real|huge|big|genuine|serious|nasty)\s+(?:shock|blow|worry|hit|money|loss|setback|stress|strain)\b`,
      String.raw`\b(?:it's|it is|that's|that is|was|a|such a)\s+(?:real\s+|big\s+|huge\s+)?shock\b`,
      String.raw`\bmakes? (?:it|this|that) (?:so much |even |all the |a lot )?worse\b`,
      String.raw`\b(?:time|money|day|days|hours|evening|weekend) you (?:can't|cannot|won't) get back\b`,
      String.raw`\bI(?:'d| would) be losing (?:my )?patience(?: too)?\b`,
      String.raw`\bI know (?:you were|you're|you are|you'd been|you had been) (?:counting|relying|depending|banking) on\b|\bI know [\w' ]{2,30}? (?:doesn't|does not|don't|do not|can't|won't) wait\b`,
    ),
    notAfter: NEGATION_BEFORE,
  },
  {
    // Why the feeling follows from what it cost: "that means lost income", "you planned your whole day around it",
    // "that's your weekend gone", "when it's your rent money", "it feels like being ignored", "anyone would lose faith".
    id: 'empathy-why-it-follows',
    label: 'empathy',
    pattern: anyOf(
      String.raw`\bmeans? (?:you(?:'ve| have)? (?:lost|missed|had to|been left|gone without|can't|couldn't)|lost (?:income|pay|wages|earnings|money|sleep|time|work|business|customers|days?|hours)|missing (?:work|out|school|a shift|appointments?)|no (?:income|money|pay|heating|water|way to)|real (?:money|harm|hardship))\b`,
      String.raw`\byou(?:'d| had|'ve| have)? (?:planned|arranged|organi[sz]ed|rearranged|built|structured|cleared) (?:your|the) (?:whole |entire )?(?:day|week|morning|afternoon|evening|weekend|schedule|plans|trip|holiday|diary|life)\b|\byou(?:'d| had|'ve| have)? (?:taken|took|booked) (?:a |the |another )?(?:day|days|morning|afternoon|time|half-day) off\b`,
      String.raw`\b(?:that's|that is|there goes|that was)\s+(?:your|a|the|another|half a|a whole|an entire)\s+(?:whole |entire )?(?:weekend|day|morning|afternoon|evening|week|holiday|night|day off|lunch break|half-day)\s+(?:gone|wasted|lost|ruined)\b|\b(?:whole|entire) (?:day|morning|weekend|afternoon|evening|week) (?:gone|wasted|lost|ruined)\b`,
      String.raw`\bwhen (?:it's|it is|that's|that is|this is) your (?:[\w-]+ ){0,2}?(?:money|rent|wages|salary|pay|savings|home|health|child|children|kids|baby|family|wedding|business|livelihood|medication|mortgage|job)\b|\bevery (?:day|hour|minute) (?:counts|matters)\b`,
      String.raw`\b(?:feels?|felt|must feel|would feel|can feel)\s+like\s+(?:you(?:'re| are| were|'ve been| have been)|being|nobody|no one|we(?:'re| are| were|'ve| don't| didn't)|you don't matter|no one cares|nobody cares)\b`,
      String.raw`\b(?:anyone|anybody|any of us|most people)\s+(?:would|'d)\s+(?:(?:have|start to|begin to|also)\s+)?(?:lose|lost|be|been|feel|felt|get|got|want|wanted|think|wonder|give up|run out)\b`,
      String.raw`\byou(?:'ve| have)? done (?:everything|all of this|all that|it all|exactly what (?:we|you were)) (?:right|correctly|by the book|asked)\b|\bthrough no fault of (?:your|you)\b|\b(?:puts?|put|leaves?|left) you (?:in (?:a|an) (?:really |very )?(?:awkward|difficult|tough|horrible|impossible|terrible|awful|stressful|embarrassing) (?:spot|position|situation|place)|out of pocket|stranded|stuck|without (?:a|any|your))\b`,
    ),
    notAfter: NEGATION_BEFORE,
  },
  {
    id: 'empathy-harm-is-awful',
    label: 'empathy',
    pattern: anyOf(
      String.raw`\b(?:is|was)\s+(?:(?:genuinely|truly|really|just|so|absolutely|honestly)\s+)?(?:awful|horrible|terrible|rotten|miserable|a nightmare|humiliating)\b`,
      // "a horrible position to be in", "an awful extra weight to carry", "I'd feel exactly the same", "it must feel like…"
      String.raw`\b(?:is|was) (?:a|an) (?:(?:really|truly|genuinely)\s+)?(?:horrible|awful|terrible|miserable|impossible|stressful|frightening|scary|humiliating) (?:(?:extra|added)\s+)?(?:position|place|situation|spot|weight|burden|thing) to (?:be in|carry|deal with|go through)\b`,
      String.raw`\bI(?:'d| would) (?:feel|be) (?:exactly |just )?the same\b|\bit must (?:feel|seem) like\b`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(
      String.raw`\b(?:our|we|this company|the company|they|them|he|she|his|her|their|honestly|yeah|yep|agree|right|wrong|the (?:app|site|website|service|system|team|staff|bot|process))\b`,
    ),
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
      String.raw`\b(?:can't|cannot|couldn't|won't) (?:disagree|argue)\b|\bno argument (?:from me|there)\b|\byou and me both\b|\bsame here\b|\bno kidding\b|\bI know,? right\b|\bbelieve me,? I know\b`,
      String.raw`\bI(?:'ve| have) (?:said|been saying|thought|complained about|told them) (?:the same|that|this|it|them)\b|\boff the record\b|\bdon't tell (?:anyone|my (?:boss|manager))\b`,
      String.raw`\b(?:couldn't|could not) agree more\b|\bwonder(?:ing)? the same(?: thing)?\b|\bfrom the inside(?: too)?\b|\beveryone (?:here|internally|at work|in the office) (?:says|thinks|agrees|knows)\b`,
      String.raw`\bpreaching to the (?:choir|converted)\b|\btell me something I don't know\b|\bjoin the club\b|\bI(?:'m| am) with you (?:there|on that)\b|\bI keep (?:telling|saying|reporting|raising|flagging)\b|\bI(?:'ve| have) (?:told|warned) (?:my|our) (?:manager|boss|team|supervisor)\b`,
      String.raw`\bdrives? me (?:crazy|mad|nuts|up the wall)\b|\bI(?:'m| am) (?:embarrassed|ashamed) to (?:work|be)\b|\byou(?:'re| are) not the (?:only|first) (?:one|person|customer) (?:who|to) (?:says?|said|complain|thinks?|feels?|noticed?)\b`,
    ),
    message: 'Agreeing that the company or a colleague is bad joins the anger instead of defusing it.',
  },
  {
    id: 'sympathy-agree-condemn',
    label: 'sympathy_agreement',
    pattern: anyOf(
      String.raw`\b(?:you're|you are|ur)\s+(?:totally\s+|absolutely\s+|completely\s+|so\s+|100%\s+|dead\s+|quite\s+)?right\b(?!\s+to\b)`,
      // "Ugh, I know" / "I'd be mad too" beside a put-down of the company joins in rather than empathizes.
      String.raw`\b(?:ugh|oh|yeah|honestly|god),?\s+I know\b|\bI(?:'d| would) be (?:mad|angry|furious|fuming|livid|pissed(?: off)?) too\b`,
      String.raw`\b(?:yeah|yep|yea|lol|haha|ha|tbh|I agree)\b[^.!?]{0,40}?\b${DISPARAGE}`,
      String.raw`\bour\s+(?:[\w-]+\s+){0,3}?(?:is|are|has been|have been)\s+(?:(?:a|an|so|pretty|really|honestly|totally|such a|absolutely|kind of)\s+)*${DISPARAGE}`,
      String.raw`\bI (?:totally |completely |fully |absolutely |100% )?agree\b|\b(?:totally|completely|fully|absolutely|100%)\s+agree(?:d)?\b|\bagree(?:d)? with you\b|\b(?:can't|cannot) (?:say I |really )?blame you\b|\byou(?:'ve| have) (?:got )?a (?:fair )?point\b`,
      String.raw`\b(?:it's|it is|that's|that is)\s+(?:honestly\s+|just\s+|so\s+|pretty\s+|absolutely\s+|frankly\s+)?(?:ridiculous|absurd|a joke|shocking|crazy|insane|embarrassing|pathetic|a disgrace) how\b`,
      String.raw`\b(?:it|that|this|they|he|she)\s+(?:really|honestly|truly|totally|absolutely|definitely)\s+(?:is|are|was|were)\s+(?:(?:such|so|pretty|a|an|complete|total|absolute|just)\s+)*${DISPARAGE}`,
      String.raw`\b(?:the|our)\s+(?:company|service|app|website|site|system|product|process|bot|chat ?bot|map|tracking|customer service|support)\s+(?:really\s+|honestly\s+|just\s+)?(?:is|are|was|has been)\s+(?:(?:really|honestly|such|so|pretty|a|an|complete|total|absolute|totally|just)\s+)*${DISPARAGE}`,
    ),
    inReply: guard(DISPARAGE),
    notAfter: NEGATION_BEFORE,
    message: 'Agreeing that the company or a colleague is bad joins the anger instead of defusing it.',
  },
  {
    // Siding with the customer against the company: "I'd have cancelled on us too", "if I were you I'd switch",
    // "this place is a joke", "our service really has gone downhill", "everyone complains about it".
    id: 'sympathy-siding',
    label: 'sympathy_agreement',
    pattern: anyOf(
      String.raw`\bI(?:'d| would)(?: have|'ve)?\s+(?:(?:probably|definitely|honestly|also|already|just)\s+)?(?:cancelled|canceled|left|switched|moved (?:banks?|providers?|suppliers?|on)|walked(?: out)?|gone elsewhere|taken my (?:business|money) elsewhere|quit|closed my account)\b[^.!?]{0,25}\b(?:too|as well|on us|either|by now|long ago)\b`,
      String.raw`\bif I (?:were|was) you,?\s+I(?:'d| would)\s+(?:(?:probably|definitely|honestly|seriously|just)\s+)?(?:switch|leave|cancel|go elsewhere|move|take (?:my|your) (?:business|money)|shop elsewhere|find another|look elsewhere|complain|not bother)\b`,
      String.raw`\b(?:this|that) (?:place|company|firm|outfit|shop|store|bank|airline|hotel|service|lot|department|team)\b[^.!?]{0,20}?\b(?:is|are|can be|has been|has become|'s)\s+(?:(?:a bit|such|so|really|honestly|just|pretty|absolutely|a complete|a total|an absolute|sometimes|frankly|a)\s+)*${DISPARAGE}`,
      String.raw`\bour\s+(?:[\w-]+\s+){0,3}?(?:(?:really|honestly|just|truly|definitely)\s+)?(?:has|have|is|are|was|were)\s+(?:(?:really|honestly|just|truly|been|become|got|gotten|getting|a|an|so|such|pretty)\s+)*${DISPARAGE}`,
      String.raw`\b(?:everyone|everybody|loads of (?:people|customers)|lots of (?:people|customers)|so many (?:people|customers)|half (?:our|the) customers)\s+(?:\w+\s+)?(?:complains?|complaining|moans?|moaning|says? (?:the same|that|so)|hates? (?:it|that|them|this))\b|\byou(?:'re| are) not the (?:only|first)(?: (?:one|person|customer))? (?:who|to) (?:says?|said|complain|think|feel|notice|mention|tell)\b`,
      String.raw`\bI(?:'d| would) be (?:embarrassed|ashamed|mortified)(?: too| as well)?\b|\b(?:it's|it is|that's|that is)\s+(?:(?:a|an)\s+)?(?:(?:total|complete|absolute|real|honestly|frankly)\s+)*(?:joke|disgrace|shambles|farce|scandal|shameful|disgraceful|appalling|awful|terrible) how\b`,
      String.raw`\b(?:I'm|I am) not (?:at all |even )?surprised\b(?=[^.!?]{0,60}\b${DISPARAGE})`,
      String.raw`\b(?:honestly|frankly|tbh|to be honest|between us|between you and me),?\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,3}?(?:is|are|has been|was|have been)\s+(?:(?:a|an|such|so|really|complete|total|absolute|just|bit of a)\s+)*${DISPARAGE}|\bI (?:don't|do not|can't|cannot) blame you\b(?=[^.!?]{0,60}\b${DISPARAGE})|\bI (?:don't|do not|can't|cannot) blame you\b(?<=${DISPARAGE}[^.!?]{0,60}\bI (?:don't|do not|can't|cannot) blame you)`,
      String.raw`\b(?:you(?:'re| are)(?: (?:dead|totally|absolutely|so|100%|completely|quite))? right|agreed|I agree|exactly|too right|fair point|spot on)\b[^.!?]{0,30}?\b(?:they|he|she|the company|management|head office|the [\w-]+ team|someone|somebody|we)\s+(?:should(?:'ve| have)|could(?:'ve| have)|ought to have)\b`,
      String.raw`\b(?:agreed|exactly|too right|spot on|dead right|totally|absolutely|true|trust me|believe me),?\s+(?:I know\b|[^.!?]{0,40}?\b${DISPARAGE})`,
    ),
    notAfter: NEGATION_BEFORE,
    message: 'Agreeing that the company or a colleague is bad joins the anger instead of defusing it.',
  },
  {
    // Confirming the customer's verdict (A3): "It really is.", "It's awful, isn't it.", "so have I", "neither can I some
    // days", "some days I agree with you", "I can't say I disagree", "I'm not going to argue with you", "we hear that a
    // lot", "some of them, yeah".
    id: 'sympathy-confirms-verdict',
    label: 'sympathy_agreement',
    pattern: anyOf(
      String.raw`\b(?:it|they|that)(?<=(?:^|[.!?]\s+)(?:it|they|that)) (?:really|honestly|genuinely|certainly|definitely|sure|truly) (?:is|are|does|do|was|were|did)\s*[.!]`,
      String.raw`\b(?:isn't it|aren't they|doesn't it|don't they|wasn't it|weren't they)(?<=\b(?:awful|terrible|joke|mess|shambles|ridiculous|bad|rubbish|disgrace|nightmare|embarrassing|shocking|shameful|scam)\b[^.!?]{0,30})\s*[.!?]`,
      String.raw`\b(?:neither|nor) (?:do|would|can|could) I\b(?:\s+some days)?|\bsome days I (?:agree|think so|feel the same)\b|\b(?:can't|cannot) say I disagree\b|\b(?:I'm|I am|I won't|I will not) (?:not )?(?:going to )?argue with (?:you|that)\b|\bwe hear that (?:a lot|all the time|every day|often)\b|\bsome of them(?:,)? (?:yeah|yes|are|do|might as well be)\b|\b(?:we|I) (?:do )?agree(?<=,\s*(?:we|I) (?:do )?agree)\b`,
    ),
    notAfter: NEGATION_BEFORE,
    message: 'Agreeing that the company or a colleague is bad joins the anger instead of defusing it.',
  },
  {
    id: 'sympathy-agree-with-condemnation',
    label: 'sympathy_agreement',
    whenCondemning: true,
    pattern: anyOf(
      String.raw`\b(?:honestly|yeah|yep|yea|true|agreed|fair point|fair enough|I know|totally|exactly|ha|lol|tbh|I hear you)\b(?!,? (?:I'm|I am|I'll|I will|let me|we'll|sorry))`,
    ),
    inReply: guard(DISPARAGE, String.raw`\b(?:either|too|as well|same|agree|right|wrong)\b`),
    notInSentence: guard(String.raw`\b(?:sorry|apologi[sz]e|understand why|fix|sort|help)\b`),
    message: 'Agreeing that the company or a colleague is bad joins the anger instead of defusing it.',
  },
  {
    id: 'blame-disparage',
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`${THIRD_PARTY}[^.!?]{0,50}?\b${DISPARAGE}(?!y\b)`,
      String.raw`\b(?:they|they're|he|he's|she|she's)\b[^.!?]{0,40}?\b${DISPARAGE}(?!y\b)`,
    ),
    notAfter: NEGATION_BEFORE,
    // Nor the customer's own account told back ("So: the parcel was late and the driver was rude when you asked").
    notInSentence: guard(
      String.raw`\b(?:sorry|apologi[sz]e)`,
      FIXING_IT,
      OUTSIDE_SUBJECT,
      String.raw`^\W*so\s*[:,]|\bwhen you (?:raised|asked|mentioned|complained|rang|called)\b`,
    ),
    rewrite: OWN_UP,
  },
  {
    // A colleague or another team did it wrong: "my colleague clearly didn't read your notes", "dispatch never passed it
    // on", "it was never actioned by the processing team", "it's the back office that's been sitting on it".
    id: 'blame-insider-failed',
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`${INSIDER}\s+${FAILED}`,
      String.raw`\b(?:(?:wasn't|weren't|hasn't|haven't|hadn't)\s+(?:been\s+)?|(?:was|were|has|have|had)\s+(?:never|not)\s+(?:been\s+)?)(?:actioned|passed on|processed|logged|sent|updated|recorded|picked up|followed up|handled|entered|keyed in|set up|checked|read|flagged|escalated|approved|booked|done|completed|submitted|cancell?ed|applied)\b[^.!?]{0,30}?\bby\s+(?:the|our|your|a|one of (?:the|our))\s+(?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN}\b`,
      String.raw`\b(?:was|were|has been|have been|had been|got)\s+(?:(?:completely|somehow|then|just)\s+)?(?:lost|mislaid|misplaced|ignored|dropped|missed|overlooked|mixed up|entered wrong(?:ly)?|keyed (?:in )?wrong(?:ly)?|entered incorrectly|mislabell?ed|misfiled)\b[^.!?]{0,30}?\bby\s+(?:the|our|your|a|one of (?:the|our))\s+(?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN}\b`,
      String.raw`\b(?:it's|it is|it was|that's|that is|that was)\s+(?:the|our)\s+(?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN}\s+(?:that|who)(?:'s| is| has| was| have| had| are| were)?\s+(?:been\s+)?(?:sitting on|holding (?:it |this |things )?up|holding|delaying|slow|behind|the problem|at fault|to blame|responsible|causing|dragging|messing|getting it wrong)\b`,
      String.raw`\b(?:that's|that is|it's|it is|this is)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:department|team|dept|office|branch|warehouse|billing|accounts|IT|dispatch|management|store|depot)\s+(?:issue|problem|thing|matter|error|mistake|fault|screw-?up)\b`,
      String.raw`\b(?:management|head office|corporate|HQ|the (?:company|bosses|management|higher-ups|powers that be|people upstairs)|(?:my|our) (?:bosses|managers?|supervisors?))\b[^.!?]{0,60}?,?\s+not (?:me|us|I|mine|ours)\b`,
      String.raw`\b(?:management|head office|corporate|HQ|the (?:bosses|higher-ups|powers that be|people upstairs)|upstairs)\b[^.!?]{0,40}?\b${DISPARAGE}`,
      String.raw`\b(?:that|this|it)(?: one)?(?:'s| is| was) (?:on|down to) (?:the|our) (?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN}\b`,
      String.raw`\b(?:error|mistake|mix-?up|problem|fault|issue|blunder)\s+(?:was|were|has been|had been)\s+(?:made|caused|created)\s+by\s+(?:the|our|a|your)\s+(?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN}\b`,
      String.raw`\b(?:sales|marketing|billing|accounts|dispatch|management|IT|head office|the (?:sales|marketing|billing|accounts) (?:team|people|lot))\s+(?:always|constantly|keep|never|just)\s+(?:over\w+|mess|get|forget|promise|say|tell|lose|screw|make|ignore|change)\b|\b(?:and )?then (?:we|I)(?:'re| are)? (?:have to|get to|are left to|'re left to|end up|always end up|always have to) (?:sort(?:ing)?|fix(?:ing)?|clean(?:ing)? up|deal(?:ing)? with|pick(?:ing)? up|pay(?:ing)? for) (?:it|this|that|the mess|their mess|the pieces)\b`,
    ),
    notAfter: LAPSE_NOT_BLAMED_BEFORE,
    notInSentence: guard(
      String.raw`\b(?:sorry|apologi[sz]e|on us|our (?:fault|mistake|error))\b`,
      FIXING_IT,
      OUTSIDE_SUBJECT,
      LAPSE_TOLD_BACK,
    ),
    notInReply: OWNED_IN_REPLY,
    rewrite: OWN_UP,
  },
  {
    // A colleague or team that failed, in the forms agents use without a put-down (A3): "the workshop manager was meant to
    // ring you and clearly didn't", "our picker should have checked the dates", "the night auditor posted it to the wrong
    // room", "the marketing team ran the advert without checking it", "the locum wasn't following the procedure", and the
    // passive: "your claim was passed to the wrong department", "the visit was never assigned", "it sat in their queue
    // for three weeks", "before anyone noticed".
    id: 'blame-insider-families',
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`${STAFF}\s+(?:was|were)\s+(?:meant|supposed|due|asked|told)\s+to\b[^.!?]{1,60}?\b(?:and|but)\s+(?:(?:clearly|obviously|just|then|apparently|never)\s+)*(?:didn't|did not|never|forgot|failed|wasn't|weren't|hasn't|haven't)\b`,
      String.raw`${STAFF}\s+(?:really\s+|clearly\s+|definitely\s+)?(?:should(?:'ve| have)|ought to have)\s+(?!been\b)(?:\w+ed|told|rung|sent|caught|spotted|read|done|given|put|taken|seen|known|kept)\b`,
      String.raw`${STAFF}\s+(?:(?:clearly|obviously|probably|apparently|just|then|also)\s+)*(?:\w+ed|put|sent|gave|took|set|made|got|ran|left|wrote|keyed|typed)\s+(?:(?:it|this|that|them|you|your [\w-]+|the [\w-]+)\s+)?(?:to|in|into|on|under|against|with|at|for)\s+the\s+wrong\b`,
      String.raw`${STAFF}[^.!?]{0,40}?\bwithout (?:checking|asking|telling|confirming|testing|reading|consulting|speaking to|talking to|looking)\b|${STAFF}\s+(?:wasn't|weren't|was not|were not|isn't|aren't)\s+(?:following|sticking to|doing)\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:procedure|process|protocol|checks?|rules|guidance|job)\b`,
      String.raw`\b(?:was|were|got|had been|has been|have been)\s+(?:\w+ed|put|sent|given|passed|routed|filed|allocated|assigned)\s+(?:on\s+|over\s+|through\s+)?(?:to|in|into|under|against|with)\s+the\s+wrong\s+(?:department|team|queue|desk|office|branch|person|section|unit|inbox|ward|room|account|file)\b`,
      String.raw`${STAFF}\s+(?:(?:must have|must've|probably|clearly|apparently|just|then|also|accidentally|mistakenly)\s+)*(?:\w+ed|put|sent|gave|took|set|made|got|ran|left|let|wrote|keyed|typed|cut)\b[^.!?]{0,50}?\b(?:by mistake|in error|by accident|wrong(?:ly)?|incorrectly|the wrong|old (?:email|e-mail|address|details|number)|(?:things|it|them) slip)\b|${STAFF}\s+(?:must not have|mustn't have|can't have|cannot have)\s+\w+|${STAFF}\s+(?:keeps?|kept|is always|are always|were always|was always|always)\s+\w+ing\s+(?:[\w-]+\s+){0,2}?(?:wrong|incorrect|by mistake)\b`,
      String.raw`\b(?:somebody|someone|one of (?:the|our) (?:team|staff|colleagues|agents))\s+(?:in|from|on|at)\s+(?:accounts|billing|dispatch|reception|the office|the warehouse|IT|sales|admin|(?:the|our)\s+[\w-]+\s+(?:team|department|desk|office))\b[^.!?]{0,40}?\b(?:\w+ed|forgot|put|sent|made|got|took|lost|let)\b|\b(?:somebody|someone)\s+(?:here\s+)?(?:forgot|failed|didn't|did not|never)\b`,
      String.raw`\b(?:was|were|had been|has been|have been)\s+never\s+(?:assigned|actioned|logged|passed on|processed|booked|raised|scheduled|entered|recorded|submitted|arranged|followed up|put through|allocated|picked up|checked|approved|updated|sent out|chased)\b|\bsat\s+(?:in|on)\s+(?:their|the|a|our|someone's|somebody's|his|her)\s+(?:[\w-]+\s+)?(?:queue|inbox|pile|tray|desk|list)\b|\b(?:before|without|until)\s+anyone\s+(?:noticed|noticing|checked|checking|picked it up|chased|looked)\b`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(
      String.raw`\b(?:our (?:fault|mistake|error)|on us|my (?:fault|mistake)|I should have|we should have)\b|\?`,
      FIXING_IT,
      // An apology for being left alone ("sorry you waited without anyone checking on you") blames nobody.
      String.raw`\b(?:sorry|apologi[sz]e)\b[^.!?]*\bwithout anyone\b`,
      OUTSIDE_SUBJECT,
    ),
    notInReply: OWNED_IN_REPLY,
    rewrite: OWN_UP,
  },
  {
    id: 'blame-shift',
    // "That's our billing error" names a team and owns it: ownership, not blame; a job done by an outside party (the
    // carrier, the landlord, the hotel) is an excuse, not blame of a colleague (session 6).
    notInSentence: guard(
      String.raw`\b(?:on us|our (?:[\w-]+ )?(?:fault|mistake|error|failing|failure))\b`,
      FIXING_IT,
      OUTSIDE_SUBJECT,
      LAPSE_TOLD_BACK,
      String.raw`\b(?:set|decided|scheduled|handled|caused|done|managed) by (?:the|our) (?:[\w'-]+\s+){0,3}?(?:suppliers?|couriers?|carriers?|contractors?|vendors?|landlord|providers?|agency|airline|hotel|airport|manufacturer|council|bank)\b`,
    ),
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`\b(?:that's|that is|it's|that was) on (?:them|him|her)\b`,
      String.raw`\b(?:that's|that is) (?:the|those|their) [\w' -]{2,30}\bagain\b`,
      String.raw`\b(?:isn't|is not|not) my (?:department|area|team|call|job|division)\b`,
      String.raw`\b(?:the|your|my|that)\s+(?:last|previous|other|earlier|first)\s+(?:agent|rep|person|representative|colleague|guy|lady|woman|man|employee|advisor|operator)\b[^.!?]{0,40}?\b(?:wasn't|was not|shouldn't|should not|didn't|did not|had no|told you wrong|made a mistake|got it wrong|messed up|was wrong|misinformed|gave you (?:the )?wrong|wrong (?:information|info|advice|details|price|quote|date|answer))`,
      String.raw`\b(?:he|she|they) (?:shouldn't|should not|should never) have (?:told|promised|said|offered|done|laughed|charged|sent|let|treated)\b`,
      // Running a third party down for a pattern of failure: "they lose stuff constantly", "we get complaints about them every day".
      String.raw`\b(?:they|he|she)(?:'ve| have)?\s+(?:been\s+)?(?:lose|loses|losing|lost|mak(?:e|es|ing)|(?:mess|screw|mix)(?:es|s|ing)?\s+(?:[\w-]+\s+){0,2}?up)\s+(?:[\w-]+\s+){0,2}?(?:constantly|all the time|every (?:day|week|time)|mistakes|errors)\b`,
      String.raw`\b(?:complaints|issues|problems) (?:about|with) (?:them|him|her|their [\w-]+)\b[^.!?]{0,20}?\b(?:every|all the time|constantly|daily|so many)\b|\bso many complaints about (?:them|him|her|their)\b`,
      String.raw`\b(?:keyed|typed|entered|put|set) (?:it|that|this|them) (?:in|up) wrong\b`,
      String.raw`\bthird[- ]party\b[^.!?]{0,60}?\b(?:delays|problems|issues|out of our hands)\b`,
      String.raw`\b(?:it's|it has|things have|the company has|that place has|they've|this place has)\s+(?:been\s+)?(?:gone|going) (?:way )?downhill\b`,
      String.raw`\b(?:because|since|as) (?:the|our)\s+(?:[\w'-]+\s+){0,3}?${THIRD_PARTY_NOUN}\s+(?:had|was|were|didn't|did not|failed|forgot|lost|messed|sent|gave|made|mixed|never|hasn't|haven't|keeps?|got)\b`,
      String.raw`${THIRD_PARTY}\s+(?:set|decide[sd]?|made|make|sets) (?:it|that|the|those|this)\b`,
      String.raw`\bblame (?:the|our)\s+(?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN}\b`,
      String.raw`${THIRD_PARTY}(?:'s|s')?\s+(?:fault|mistake|doing|error|problem|screw-?up|mess|decision)\b|\b(?:their|his|her) (?:fault|mistake|doing|error|screw-?up|mess)\b`,
      // "That's the housekeeping team for you", "management here couldn't organise…", "half the people on this team don't know the process".
      String.raw`\bthat's (?:the |our )?(?:[\w-]+ )?(?:team|department|dept|staff|management|corporate|warehouse|kitchen|desk|office|couriers?|drivers?|riders?|contractors?) for you\b|\b(?:management|corporate|head office|they|the bosses) (?:here |upstairs )?couldn't organi[sz]e\b|\bhalf (?:the people|the staff|the team|of them) (?:on|in|here|at)\b[^.!?]{0,30}\b(?:don't|do not|can't|couldn't) know\b`,
      String.raw`${THIRD_PARTY}\s+(?:(?:must|should|probably|clearly|obviously|apparently)\s+(?:have\s+)?)?(?:messed|screwed|mixed|botched|dropped|lost|forgot|forgotten|missed|failed|ignored|got it wrong|made (?:a|an) (?:mistake|error)|gave you (?:the )?wrong|told you wrong|misinformed|never (?:sent|passed|processed|updated|told))\b`,
      String.raw`\b(?:whoever|the (?:person|agent|guy|lady|rep|representative|colleague|advisor) (?:you spoke (?:to|with)|before me|who (?:helped|spoke|served|handled)))\b[^.!?]{0,50}?\b(?:wrong|shouldn't|should not|wasn't|mistake|messed|misinformed|didn't|no idea)`,
      String.raw`\bsomeone (?:else |in [\w-]+ |on the [\w-]+ (?:team|shift) )?(?:must have |obviously |clearly |probably )?(?:messed|screwed|dropped|forgot|made a mistake)\b`,
      String.raw`\babove my pay grade\b|\bI just work here\b|\b(?:they|management|corporate|head office) (?:never|don't|doesn't) (?:tell|listen|care|inform)\b|\bnobody (?:tells|told) (?:us|me) anything\b`,
      String.raw`${THIRD_PARTY}\s+(?:(?:really|clearly|obviously)\s+)?(?:should(?:n't| not)? have|should've|shouldn't've|was supposed to|were supposed to|didn't bother|never bothered|keeps? (?:sending|getting|making|losing|forgetting|messing)|(?:is|are|was|were) (?:responsible|to blame|in charge of (?:that|this)))\b`,
      String.raw`\b(?:that's|it's|that is|it is) (?:a|an) [\w-]+ (?:issue|problem|thing|matter),? not (?:mine|me|ours|us|a \w+ one)\b|\b(?:handles?|deals? with|owns?) (?:that|this|it),? not (?:me|us)\b|\byou(?:'d| would)? (?:have|need) to (?:ask|call|contact|take it up with) (?:the|our)\s+(?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN}\b`,
      String.raw`\b(?:billing|accounts|dispatch|shipping|logistics|maintenance|housekeeping|management|corporate|HQ|finance|the warehouse|the kitchen|the store)\s+(?:must have\s+|probably\s+|clearly\s+)?(?:messed|screwed|mixed|botched|dropped|lost|forgot|missed|failed|got it wrong|made (?:a|an) (?:mistake|error))\b`,
      String.raw`\b(?:(?:the|that|those|their)\s+(?:[\w'-]+\s+){0,3}?${THIRD_PARTY_NOUN}|billing|IT|engineering|dispatch|the devs|the tech team)\s+(?:(?:must|probably|clearly|obviously|apparently|just|always|again)\s+(?:have\s+)?)?(?:broke|pushed (?:a|an|out)|sat on|ignored|lost|forgot|misplaced|mislabell?ed|mixed (?:it|them|things) up|never (?:logged|sent|passed|recorded|processed|told|checked|bothered)|didn't (?:bother|pass|send|log|process|update|check|read|follow|tell|record|listen))\b`,
      String.raw`\bdon't blame (?:me|us)\b|\b(?:decided|set|made|chose|approved|changed|wrote|handle[sd]?) (?:that|this|it|those|these)(?: rules?)?,? not (?:me|us)\b|\bI(?:'m| am) (?:just|only) (?:passing (?:it|that|this) on|the messenger)\b|\b(?:we|I) (?:have to|get to|are left to|'re left to|end up having to) (?:deal with|clean up|pick up|explain) (?:the )?(?:fallout|mess|pieces|consequences)\b|\bmakes? (?:these|the|those) (?:rules|policies|decisions) up\b`,
      String.raw`\b(?:a question|one) for (?:the|our)\s+(?:[\w'-]+\s+){0,2}?${THIRD_PARTY_NOUN},? not (?:me|us)\b|\b(?:they|he|she) (?:handle|handles|own|owns|deal with|deals with) (?:it|that|this),? not (?:me|us)\b`,
      String.raw`\bdon't get me started on (?:them|him|her|the)\b`,
    ),
    notAfter: LAPSE_NOT_BLAMED_BEFORE,
    notInReply: OWNED_IN_REPLY,
    rewrite: OWN_UP,
  },
] as const satisfies readonly LintRule[];
