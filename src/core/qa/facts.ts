import type { ReplyLabel } from '../coach/labels.ts';
import { addContentWords, findRecapsOf } from '../coach/lint/recap.ts';
import { isAccepting } from '../coach/state.ts';
import { sentenceEnd, sentenceStart } from '../coach/lint/text-scan.ts';
import type { TurnAnalysis } from '../analysis/types.ts';
import type { ConversationEvent } from '../conversation/types.ts';
import { ANGER_LEVELS, angerRank, type AngerLevel } from '../signals/types.ts';

/** What the QA rubric reads: per-conversation facts derived once from the turn analyses. */
export interface ConversationFacts {
  turns: readonly TurnAnalysis[];
  agentTurns: readonly TurnAnalysis[];
  /** Agent turns before the customer hung up (or all of them). */
  liveAgentTurns: readonly TurnAnalysis[];
  customerHangups: number[];
  callbacks: number[];
  abuseTurns: number[];
  peakAnger: AngerLevel;
  /**
   * A1, C1, C2, R1, L1: the customer was upset at some point. A short factual reply the anger model reads as annoyed
   * ("It's 6TQ2PL.", "Thursday please.") does not make a routine call a complaint; a grievance told politely does.
   */
  upset: boolean;
  /**
   * A1: the agent's first reply after the customer's first outburst (a reply that only hands the floor back does not
   * count), before any hang-up; undefined when there is none.
   */
  replyToOutburst: number | undefined;
  /** A1: the agent's first reply to the customer's opening turn (a grievance told calmly is the outburst too). */
  replyToOpening: number | undefined;
  resolvedOnTheSpot: boolean;
  /** F3 across turns: the agent gave a name in one turn and a number in another. */
  nameAndNumberAcrossTurns: number[];
  /**
   * R1: the customer's opening (their turns before the agent's first reply) already says what outcome they want ("I want
   * a refund", "I need an automatic today", "Can you unblock it?").
   */
  openingStatesOutcome: boolean;
  /**
   * L1: the customer's first message is a composed request, not an outburst: it asks politely ("I'd like a refund
   * please", "Can you take a look?", "I'm writing to ask for…") and carries no marker of a rant (exclamation marks,
   * shouted words, insults, "furious", "unacceptable").
   */
  openingComposed: boolean;
  /**
   * R2: customer turns asking for something the business could refuse: an explicit ask (a refund, a fee taken off, "can
   * someone bring one up?", "just the money for the rental") or a complaint, which asks for redress by itself.
   */
  customerRequests: number[];
  /**
   * R2: agent turns that grant or flex something the business could refuse (money back, a credit, a fee waived, a
   * replacement, a rebooking, a visit brought forward), done in the conversation or promised.
   */
  grants: number[];
  /**
   * C1: agent turns that retell the complaint as the customer told it across their turns so far (the linter's
   * `restatement` reads only the last customer message; a recap after "yes" or a call back retells the opening).
   */
  recaps: number[];
  /**
   * L1: agent turns that cut in on the customer: timed overlap or a turn that breaks off ("…and every time I—", "…and
   * I've been on hold for"), or a fix offered before the customer finished. Not a turn that only hands the floor back
   * ("Take your time, I'm listening"), and not a fix offered after a turn the customer ended.
   */
  cutIns: number[];
  /**
   * A2: agent turns whose apology names what upset this customer in its own sentence or the next ("I'm really sorry.
   * You prepaid for a minivan and were offered a small car"): three or more of the customer's own words.
   */
  namedApologies: number[];
  /**
   * A2 (session 11): turns labelled `apology_specific` whose every apology is for something beside the customer's
   * problem (cutting in, the call back or the line, getting it wrong, a wait the customer never complained of) or names
   * nothing at all ("Sorry about that anyway."). README: an apology "for something else (such as the hold time)" leaves
   * A2 violated.
   */
  sideApologies: number[];
  /**
   * F1 (session 10): the last agent turn after the last one labelled `concrete_next_step_with_time` that still sets a step
   * with a time ("A crew will empty it tomorrow, before 1 pm", "Can you come at 4:15?", "outcomes are emailed within five
   * working days", "no later than 12 December"); read only while the problem is still open.
   */
  timedSteps: number[];
  /**
   * C2 (session 10): agent turns that lecture the customer on what they should have done or on the small print they
   * signed, or tell them off for their manner with what it will cost them (session 11: "You won't get anywhere being
   * rude", "shouting won't help"), when no turn is labelled condescension or scolding ("so you should have it out the night before", "If
   * you'd reported it properly through the portal…", "it's clearly mentioned on the form you signed").
   */
  lectures: number[];
  /**
   * A3 (session 11): agent turns that show why the customer's feeling makes sense in words the `empathy` label misses:
   * the feeling anyone would have ("would frighten any parent", "I'd be beside myself too"), the feeling told back with
   * what caused it ("you must feel completely forgotten"), what the harm costs them ("that's a worry when the rent is
   * due today", "would be a serious setback", "makes it hard to budget", "that's not the holiday you booked"), or the
   * feeling called reasonable ("that's completely understandable"). A feeling only named ("I understand your
   * frustration") is not enough. Read only when no turn carries empathy, sympathy-agreement or blame.
   */
  validations: number[];
  /**
   * F1 (session 11): agent turns with a `vague_promise` finding that is one: its sentence sets no time ("I'll call you on
   * the 29th" is timed) and is more than a bare yes to the customer's own ask ("It will be.", "Yes, it will.").
   */
  vaguePromises: number[];
  /**
   * F1 (session 13): every sentence with a time in the agent's steps only tells when a fix already done in the
   * conversation takes effect (the money shows, a confirmation arrives, the appointment booked for the customer), and
   * the agent leaves no contact for if it does not: nothing is left to follow through (the never-tuned README: n/a when
   * everything is resolved on the spot). Read only when the conversation is resolved on the spot.
   */
  onlyTimesOfTheFix: boolean;
  /**
   * F1 (session 13): where the fix is done and no turn carries a timed-step label, the agent turns that say when it
   * takes effect ("the corrected bill will show by Friday", "it should reach your account within 5 working days") in a
   * conversation where the agent also leaves a contact for if it does not: the writers read that as a next step with a
   * time still to come. Read only when the conversation is resolved on the spot.
   */
  timedWithContact: number[];
  /**
   * C1 (session 13): the turns labelled `restatement`, less those whose every restatement sits in a sentence that tells
   * the customer off or talks down to them ("So you've been ringing the switchboard, you should really be ringing the
   * clinic's own line", "You should have paid the fine before the deadline — it says in the handbook"): a retelling
   * used to scold is no restatement.
   */
  restatements: readonly number[];
  /** The agent turns labelled `label`, in order (empty when none). */
  withLabel(label: ReplyLabel): readonly number[];
}

const AGENT_NAME = /\b(?:I'm|I am|my name is|this is|it's|it is|ask for)\s+(?:[A-Z][a-z'-]+)(?=[\s,.;!]|$)/;
// Session 10 (F3): a name signed off with a role or team ("Kate Morrison, Customer Care Lead, 08 6555 0193", "Deirdre
// Kavanagh, Events Manager."), not a greeting or a salutation ("Dear Ms Karras, I am…", "Hi Sam, thanks").
const SIGNED_NAME =
  /(?:^|[.!?:]\s+|\n)(?!(?:Hi|Hello|Hey|Dear|Thanks|Thank|Good|Kind|Best|Many|Warm|Mr|Mrs|Ms|Miss|Dr|Sir|Madam)\b)[A-Z][a-z'-]+ [A-Z][a-z'-]+,\s+(?:[A-Z][\w&]*(?: |,|\.|$)){1,4}/;
// A number in national groupings ("01632 960417", "07 3555 0148", "+44 20 7946 0456") and a bare extension ("extension 9").
const PHONE =
  /\b\d{3}[-. ]\d{4}\b|\(\d{3}\)\s*\d{3}[-. ]\d{4}|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\bext(?:ension|\.)?\s*\d{1,6}\b|(?:\+\d{1,3}[ -]?|\b)\(?0\d{1,4}\)?[ -]\d{3,4}[ -]?\d{3,4}\b/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
/** The sentences of a text: split after . ! or ? and the spaces that follow. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/);
// The e-mail pattern backtracks through every word; try it only when there is an @ at all.
const hasContact = (text: string): boolean => PHONE.test(text) || (text.includes('@') && EMAIL.test(text));

// Session 13: a fix told done in so many words, read both as the conversation settled (COMPLETED) and as the fix done
// by the agent here (DONE_HERE).
const GONE_THROUGH = String.raw`all clear|(?:it's|it has|that's|that has|has) (?:now |already )?gone through|gone through already`;
const CREDITED_TO = String.raw`(?:is|are|'s) (?:now )?(?:refunded|credited) to your`;

const COMPLETED = new RegExp(
  String.raw`\b(?:done|sorted|fixed|${GONE_THROUGH}|back (?:on|to) your (?:card|account) now|${CREDITED_TO}|i've (?:also |just |now |already )?(?:approved|added (?!a note|it to (?:the|your) notes)|refunded|reversed|fixed|re-?sent|cancell?ed|credited|applied|sent|booked|reset|restored|removed|waived|replaced|updated|voided|unlocked|reinstated|processed|issued|added|submitted|frozen|cleared|zeroed|switched|changed|extended|paused|activated|released|corrected|amended|transferred|topped up|unblocked|reopened|moved)|(?:that's|it's|is) (?:now )?(?:submitted|refunded|sorted|cleared|on its way)|(?:has|have) (?:now |already )?been (?:refunded|fixed|reversed|credited|cancell?ed|removed|restored|processed|applied|issued|paid|voided|unlocked|reinstated)|(?:is|are) (?:now |already )?(?:applied|showing|unlocked|reinstated|processed)|already showing|confirmations? (?:is|are) in your (?:inbox|email)|is back|it's in|is ready|are ready|ready now|keys inside|set up)\b`,
  'i',
);
// The customer closes the exchange without accepting in so many words (session 6): "No, that's it, thanks", a bare "No."
// to "anything else?", "got it", "that's all I needed", or the fix seen working ("It's come on!", "it's charging").
const CLOSING =
  /^\W*(?:no|nope|nah)\b(?:[^?]*\b(?:that's (?:it|all|everything)|thanks|thank you|cheers|all good)\b[^?]*|\W*)$|\b(?:that's all I (?:needed|wanted)|got it|that answers it|makes sense now)\b|\bit(?:'s| is| has) (?:working|charging|come on|come through|showing|back on)\b|^\W*finally\W*$/i;

// Session 13: a note put on the file for next time ("I've put a note on your profile to check the approval five days
// ahead next month") defers nothing; a note for someone to act on still does.
const DEFERRED =
  /\b(?:someone will|will (?:contact|be in touch|get back)|look (?:at|into) it later|a note on (?:it|the|your|this) (?:\w+ )?(?:for|and) (?:someone|the|a|our|my) |request|can't|cannot|unable|maybe)\b/i;

// Something the agent still has to do after the conversation (issue #12): a call, message or letter to come, an update,
// a check later on.
const FOLLOW_UP =
  /\b(?:'ll|will)\s+(?:\w+\s+)?(?:call|ring|phone|e-?mail(?:ed)?|message|text|write|update|contact|be in touch|get back|follow up|chase|check|confirm|let you know|come|arrive|deliver|collect|visit|reach|post(?:ed)?|sen[dt])\b|\b(?:once|when|as soon as) (?:we|I|they) (?:hear|have|know|get)\b|\btomorrow\b|\b(?:on |next )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
// The fix done by the agent in the conversation ("I've refunded the second payment", "Done", "that's submitted now", "the
// credit is applied and already showing", session 12: "your booking is now 3–5 June"), not a rule stated ("fees are applied automatically") or a case opened.
const DONE_HERE = new RegExp(
  String.raw`\b(?:done|${GONE_THROUGH}|${CREDITED_TO}|(?:account|balance)(?:'s| is) (?:now )?(?:at |down to )?[£$€]?0(?:\.00)?(?!\d|[.,]\d)|I(?:'ve| have) (?:also |just |now |already )?(?:approved|added (?!a note|it to (?:the|your) notes)|refunded|reversed|fixed|re-?sent|cancell?ed|credited|applied|booked|reset|restored|removed|waived|replaced|voided|unlocked|reinstated|processed|frozen|cleared|extended|paused|activated|released|corrected|unblocked|reopened)|(?:that's|it's) (?:now )?(?:submitted|refunded|sorted|cleared)|(?:has|have) (?:now |already )?been (?:refunded|fixed|reversed|credited|cancell?ed|removed|restored|processed|voided|unlocked|reinstated)|(?:is|are) (?:now |already )?(?:applied|refunded|credited) and|already showing|(?:booking|reservation|appointment|plan|tariff|address|seat|flight|room|dates?)s? (?:is|are) now(?! (?:being|going|pending|under|awaiting|with|due|in (?:the )?(?:queue|review))\b))\b`,
  'i',
);

// Session 13: a matter handed on or still waiting ("your booking is now with our reservations team to look at", "I've
// passed it to billing"), which a routine answer does not close.
const PASSED_ON =
  /\b(?:is|are) now (?:being|going|pending|under|awaiting|with|due)\b|\b(?:passed|referred|escalated|forwarded|handed) (?:it |this |that |them |your [\w-]+ )?(?:on |over |up )?to\b|\bto (?:look (?:at|into)|review|investigate|consider)\b/i;

// What a customer can ask the business for (and be refused): money back, a replacement, an exception, a visit.
const OUTCOME = String.raw`(?:refund(?:ed)?|(?:my |the |our )?money back|reimburse\w*|replace\w*|(?:a )?new one|compensat\w*|credit(?:ed)?|(?:a |some )?discount|waive\w*|(?:the )?fee (?:removed|taken off|back)|cancel\w*|exchange\w*|rebook\w*|re-?deliver\w*|resend|re-?send|reschedul\w*|reverse\w*|(?:an? )?(?:extension|exception|upgrade|voucher|goodwill|repair|engineer|technician|call ?back|manager|supervisor)|(?:to )?(?:fix|repair|sort|send|remove|take off|pay|unlock|reconnect|restore|reinstate)\b)`;
// The outcome named as the state wanted (issue #12): "I want it back", "I want the claim paid", "I'd like the late
// penalty removed", "I need it today", "how do I freeze my membership?", "can you use them to correct my bills?", "get us
// out of here".
const OUTCOME_DONE = String.raw`\b(?:I|we)(?:'d| would)? (?:like|want|need|expect|demand)\b[^.!?]{0,40}?\b(?:back|paid|removed|refunded|fixed|cancell?ed|corrected|replaced|rebooked|waived|reversed|taken off|credited|reinstated|reconnected|restored|unblocked|unlocked|extended|frozen|moved|transferred)\b|\bI need (?:it|them|this|my [\w-]+) (?:today|now|tonight|tomorrow|urgently|back)\b|\bhow do I (?:freeze|cancel|change|claim|close|pause|transfer|return|reset|switch|upgrade|downgrade|get (?:a |my )?(?:refund|money back|replacement))\b|\b(?:can|could) you (?:use|correct|change|update|move|switch|pause|freeze|transfer|extend|reset)\b|(?:^|[.!?]\s+)get (?:us|me) (?:out|home|moved|a refund|my money)\b|\b(?:I|we)(?:'d| would)? (?:like|want|need|expect)\b[^.!?]{0,40}?\boff (?:my|our|the) (?:card|bill|account|statement|invoice)\b|(?:^|[.!?]\s+)(?:want|need) (?:my|our) (?:money|deposit|fee|fare|ticket price) back\b`;
// A request for such an outcome: "I want a refund", "I'd like it replaced", "please cancel my account", "refund me now".
const REQUESTS = new RegExp(
  String.raw`\b(?:I|we)(?:'d| would)? (?:like|want|need|expect|demand|deserve|am asking for|'m asking for|insist on)\b[^.!?]{0,40}?\b${OUTCOME}|\b(?:please|can you|could you|will you|would you|can I|could I|can I get|could I get|I'd like you to|I want you to)\b[^.!?]{0,30}?\b${OUTCOME}|(?:^|[.!?]\s+)(?:just |now |please )?(?:refund|replace|cancel|fix|reverse|waive|remove|rebook|give me|send me|pay)\b|\b(?:where(?:'s| is) my|when (?:do|will) I get my) (?:refund|money|replacement|compensation)\b|${OUTCOME_DONE}`,
  'i',
);

// R1 (session 11): more ways an opening says the outcome wanted: the thing needed and when or in what state ("I need an
// automatic today", "I want them collected today", "I expect the full deposit returned"), a bare "want a refund" or
// "want my account back" as a post's last line, an ask to undo or deliver ("can you unblock it?", "can you stop sending
// them?"), a claim or a reduction named ("I'd like to claim the delay refund", "…and a reduction"), or the answer they
// need ("I just need to know when it'll be fixed"). Session 13: the thing wanted in the state wanted ("I'd just like it
// ready for tomorrow please"), or the reason itself as the outcome ("I'd like to know why this happened").
const STATED_OUTCOME =
  /\b(?:I|we) (?:just |really |only )?(?:need|want|expect)(?: to have)? (?:an?|my|our|the|it|them|this|these|that|those)\b[^.!?]{0,40}?\b(?:today|tonight|now|this (?:morning|afternoon|evening|week)|by (?:tonight|tomorrow|\w+day)|returned|collected|delivered|approved|paid|switched (?:on|back on)|turned (?:on|back on)|released|reopened|unfrozen)\b|(?:^|\W)(?:I |we )?(?:just )?(?:want|need) (?:a |my |our |the )?(?:full )?(?:refund|[\w-]+ back)\b|\b(?:can|could|will|would) (?:you|someone|somebody) (?:please |just )?(?:unblock|unfreeze|stop|reconnect|reinstate|reopen|release|return|collect|deliver|approve)\b|\b(?:I|we)(?:'d| would)? (?:like|want) to (?:claim|get|have)\b|\b(?:and|want|like|need|expect) an? (?:reduction|partial refund|price match|refund)\b|\bI (?:just |only )?(?:need|want) to know when\b|\b(?:I|we)(?:'d| would) (?:just |really |only )?like (?:it|them|this|that) (?:ready|back|done|fixed|sorted|delivered|here|collected|replaced|refunded)\b|\b(?:I|we)(?:'d| would) (?:just |really )?like to know why\b/i;

// R2's wider reading of a request (R1 keeps REQUESTS: there only a stated outcome makes the question needless): any ask
// of the business ("can you just get me a car?", "can someone bring one up?"), a need ("I just need it to work on the
// 14th"), a chase for what is owed ("when do I get my gas back?"), and an outcome named as the answer ("replacement
// pls", "just the money for the rental", "a full report and a credit", "heaters would help").
const ASKS = new RegExp(
  String.raw`\b(?:(?:can|could|would|will|cud) (?:you|u|ya|someone|somebody|anyone|one of you|your team)|any chance (?:you|someone|somebody) (?:could|can))\b(?! (?:believe|imagine)\b| (?:please |just )?(?:tell|remind|show) (?:me|us)\b| (?:please |just )?let (?:me|us) know\b| (?:please |just )?(?:confirm|explain)\b)|\bI (?:just |really |still |only )?(?:need|want|expect)\b|\b(?:when|how soon) (?:do|will|can|am|are) (?:I|we) (?:get|getting|going to get|be getting|see)\b|\bwhere(?:'s| is| are) (?:my|our)\b|\b(?:take|knock|get) (?:the|that|this|it) (?:fee|charge)\b|${OUTCOME}\b[^.!?]{0,20}?(?:\b(?:pls|please|plz)\b|\bwould (?:help|do|be (?:great|good|nice|fine|enough)))|(?:^|[.!?]\s+)(?:just |honestly,? |ideally |yes,? )?(?:the |a |an |some |my )?(?:full |proper |partial )?(?:money|refund|replacement|credit|discount|compensation|voucher|root-cause|report|explanation|apology|call ?back)\b`,
  'i',
);

// R2: the agent gives the customer something the business could have refused: done ("I've refunded…", "the fee is
// waived", "it's yours tonight at no charge") or promised ("I'll send a replacement", "we can rebook you").
const GRANT =
  /\b(?:(?:I(?:'ve| have)|we(?:'ve| have)|I(?:'ll| will)|we(?:'ll| will))\s+[^.!?]{0,50}?\band|I(?:'ve| have)|we(?:'ve| have)|I(?:'ll| will)|we(?:'ll| will)|I can|we can|I(?:'m| am)|we(?:'re| are)|let me|I'd like to|happy to)\s+(?:also |now |just |happily |gladly |personally |already |immediately |straight away |gone ahead and |go ahead and |going to |happy to |able to |get )?(?:(?:refund|reimburs|replac|waiv|credit|cancel|revers|re-?book|book|arrang|reconnect|restor|mov|approv|authori[sz]|cover|pay|upgrad|extend|honou?r|issu|dispatch|courier|offer|giv|wip|lift|unlock|unblock|reinstat|reactivat|releas|switch|transfer|expedit|priori[tsz]|fast-?track|re-?sen[dt]|compensat|discount|knock|appl[iy]|roll|fix|sort|repair|reset|unfreez|void|zero|correct|amend|rais(?:e|ed|ing) (?:a|the) (?:refund|credit|replacement))\w*|(?:tak(?:e|en|ing)|knock(?:ed|ing)?) [^.!?]{0,30}?\boff\b|add(?:ed|ing)? (?!a note|it to (?:the|your) notes)|remov\w* (?:the|that|this|your|it|all|both|a) (?:\S+ )?(?:fee|charge|penalty|fine|debt|default|interest|block|restriction|hold|cap|limit)|send\w* (?:you |out )?(?:a |the |your )?(?:new|replacement|fresh|spare|courtesy|refund|credit|money)|(?:sen[dt]|sending|post(?:ed|ing)?|rais(?:e|ed|ing)|plac(?:e|ed|ing)|lodg(?:e|ed|ing)) (?:through |off |out |you )?(?:a |an |the |your )?(?:\S+ ){0,2}?(?:transfer|return label|label|form|swap|hold|exchange|collection)\b|sent (?:you |out )?(?:a |the |your )?(?:new|replacement|refund|credit|money)|put (?:a |the |an |£|\$|€)?\S* ?(?:temporary |provisional |goodwill )?(?:credit|refund))|(?:^|[.!?]\s+)(?:Done|All done|Both done|Sorted|Booked|Refunded|Rebooked|Reversed|Waived|Fixed)\b|\b(?:at no (?:extra )?(?:charge|cost)|free of charge|on (?:us|the house)|no charge|(?:is|are|has been|have been|will be|'s been) (?:now |already )?(?:refunded|credited|waived|reversed|rebooked|reinstated|restored|written off|approved|authori[sz]ed|lifted)|goodwill (?:payment|gesture|credit))\b/i;

// R2 (session 13): the change the customer asked for, made ("I've kept your original rate for both nights", "I'll keep
// you on the lower rate", "your daily limit is now R50,000", "that's done, Wednesday the 9th at 4:15", "you're all set",
// "he'll drop it at your home address by 6pm"); read only after a customer turn that asks.
const GRANTS_THE_ASK =
  /\b(?:(?:I(?:'ve| have)|we(?:'ve| have)) kept (?:you on )?(?:your|the) (?:original|old|same|lower|current|existing)|(?:I(?:'ll| will)|we(?:'ll| will)|I can|we can) keep you on (?:the|your) (?:lower|original|old|same|current|existing)|(?:your|the) (?:booking|reservation|appointment|(?:(?:daily|monthly|card|credit|transfer|EFT|spending|withdrawal) ){0,2}limit|plan|tariff|seat|room|dates?|address|slot)s? (?:is|are) now|(?:that's|that is|it's|it is) (?:all )?done,? (?:for )?(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|you(?:'re| are) all set|(?:he|she|they)(?:'ll| will) (?:drop|bring|deliver|return) (?:it|them|your [\w-]+)(?: back)? (?:to|at|round|off)\b)/i;

// L1 (issue #12): a polite ask, and what makes a message an outburst instead.
const POLITE_ASK =
  /\b(?:please|can you|could you|could someone|can someone|could I|can I|would you|I'd like|I would like|I(?:'m| am) writing to ask|how do I)\b/i;
const OUTBURST =
  /!|\?\?|\b(?:furious|livid|fuming|disgust\w*|disgrace\w*|outrage\w*|unacceptable|ridiculous|useless|idiots?|morons?|crooks|thie(?:f|ves|ving)|scam\w*|joke|pathetic|f\*+\w*|bloody|hell|sick (?:of|to death)|fed up|brain-dead|parasites|clowns|incompetent|shambles|nightmare)\b/i;
// A shouted word (not an acronym or a reference).
const SHOUTED =
  /\b(?!(?:OK|UK|US|USA|ID|PIN|SIM|MRI|GP|ATM|VAT|TV|IT|AM|PM|NHS|DM|FAQ|APR|SMS|PDF|EU|CEO|HR|CCTV|DVLA|HMRC|BT)\b)[A-Z]{3,}\b/;
const isComposedRequest = (text: string): boolean =>
  POLITE_ASK.test(text) && !OUTBURST.test(text) && !SHOUTED.test(text);

// Session 12 (F3): the agent's name said with where they are from ("It's Marion from LinkWave", "Hello, this is Dev at
// the depot", "it's Priya here"), or signed after a dash ("ring me on 0161 496 0220 — Tomasz, Customer Care.",
// "my direct line is 0161 496 0311 — Anwen — if…").
const NAME_FROM =
  /\b(?:[Ii]t's|[Ii]t is|[Tt]his is)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Today|Tomorrow)\b)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s+(?:from|at|in|here|speaking|with|on)\b/;
const DASH_NAME =
  /\s[—–]\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?(?:\s+[—–]\s|,\s+[A-Z][\w&]*(?: [A-Z][\w&]*){0,3}\.?\s*$|\.?\s*$)/;
const givesName = (text: string): boolean =>
  AGENT_NAME.test(text) || SIGNED_NAME.test(text) || NAME_FROM.test(text) || DASH_NAME.test(text);

function nameAndNumber(agentTurns: readonly TurnAnalysis[]): number[] {
  const named = agentTurns.find((t) => givesName(t.text));
  const number = agentTurns.find((t) => hasContact(t.text));
  return named && number ? [...new Set([named.index, number.index])] : [];
}

// A sentence that tells the customer what to do or what can happen ("You can resubmit the run if you correct the
// details") retells nothing.
const ADVICE = /\b(?:can|could|should|must|need to|have to|will|'ll|would)\b/i;

const CALLING_BACK =
  /\b(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)) (?:you )?back\b|\breturning your call\b|\bwe (?:got|were) (?:cut off|disconnected)\b/i;

// L1: a turn that stops on a word no sentence ends on was cut off, dash or not ("…so don't you", "…on hold for").
const BROKEN_OFF =
  /(?:[—–]|--|-|\b(?:and|but|or|so|because|cos|the|a|an|my|your|our|their|his|her|its|of|for|to|with|from|at|in|on|by|about|when|which|who|that|if|is|was|are|were|has|have|had|it's|I|I'm|I've|even|just|said|says|told|than|then|like|(?:don't|can't|won't|do|did|if|and|when|that|have|are) you|and now|and then))\s*$/i;
const FINISHED = /[.!?…"'”’)]\s*$/;
// FINISHED on a trimmed turn (trim drops what `\s` matches): its last character alone.
const isFinished = (trimmed: string): boolean => trimmed !== '' && FINISHED.test(trimmed.slice(-1));
// A turn that only hands the floor back: "I'm listening. Take your time.", "Sorry to cut in, go on."
const HANDS_BACK =
  /^(?:(?:sorry(?: to (?:cut|jump) in)?|okay|ok|right|yes|of course|mm+|mm-?hm+|u+h-?huh)[,.!]?\s*)*(?:(?:I'm (?:listening|here|with you)|take (?:your|all the) time(?: you need)?|go on|go ahead|carry on|please (?:go on|continue|carry on)|no rush)[,.!]?\s*)+$/i;
// Session 12 (README: A1 is judged on the first reply after the outburst): a listening noise alone ("Mm.", "Mm-hm.",
// "Okay.", "Uh-huh…", "Right.", "I see.", "...") says nothing back, so the reply after it is the one judged.
const LISTENING_NOISE =
  /^(?:(?:m+-?hm+|mm+|hm+|u+h-?huh|uh-?hm+|okay|ok|right|yeah|yes|yep|I see|sure|\.{2,}|…)[,.!?…]*\s*)+$/i;
const handsBack = (text: string): boolean => LISTENING_NOISE.test(text) || HANDS_BACK.test(text);

// Session 10 (issue #12): what makes a long, mildly annoyed-sounding turn part of a complaint. The anger model reads many
// routine messages as annoyed ("I just want to confirm the time, I lost the card", "ringing to report water gushing out
// of the footpath", "I've found some old meter readings, can you use them?"); a grievance against the business names
// what went wrong (broken, late, charged twice, no refund, nobody called, the third time), a wait, money to be put
// right, or the customer's own annoyance.
const GRIEVANCE =
  /\b(?:twice|again|still|in a row|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|never (?:arrived|came|turned up|got|received|had|cheated|been)|no ?(?:one|body)|not (?:impressed|happy|good enough|working|received|arrived|fixed|been|my fault)|(?:\w+n't|not) (?:work|arrive|turn up|come|get|receive|open|fit|turn|load|start|charge|go through)\w*|(?:\w+n't|not) (?:ready|there|right|available|in stock)|broke|broken|cracked|damaged|faulty|wrong|late|delay\w*|missing|missed|overcharg\w*|charged|double|declined|banned|blocked|locked out|withheld|failed|crashed|errors?|cold|dirty|complain\w*|annoy\w*|upset|frustrat\w*|disappoint\w*|angry|unhappy|tiresome|patience|crying|worried|waiting|waited|hours|weeks|no (?:refund|reply|response|answer|sign|parcel|signal|show|crib|one|power|water)|haven't got|hasn't|didn't|penalty|fees?|refund\w*|compensat\w*|money back|burn\w*|blurry|instead of|cut (?:out|off)|run out|sorted|sort (?:it|this) out|put (?:it|this) right|make (?:it|this) right)\b/i;

// What a routine ask sounds like: a call to report, confirm or change something, "I just want to…", "how do I…", or a
// rebuke of the agent's manner alone ("I don't appreciate being spoken to like…"). Only such a turn needs a grievance.
const ROUTINE =
  /\b(?:just (?:want|need|wanted|ringing|calling|writing|checking|wondering)|(?:ringing|calling|writing|messaging|contacting you) to (?:report|let you know|ask|check|confirm|book|change|update|arrange|say)|how (?:do|can|would) I|I(?:'d| would) like to (?:know|check|confirm|book|change|update|arrange|order)|(?:can|could) you (?:use|tell|confirm|check|let me know|help me)|(?:wondering|wonder) (?:if|whether)|I don't appreciate|no need to (?:be|talk|speak))\b/i;

// Session 13 (README: a grievance told politely is a complaint): a payment taken twice or refused, an item missing or
// never delivered ("my card just got declined at the till, twice", "my order came with one of the mains missing", "I've
// been charged twice this month for my box"), told in a turn the anger model reads as calm.
const CALM_FAULT =
  /\b(?:charged\b[^.!?]{0,40}?\btwice|twice\b[^.!?]{0,20}?\bcharged|double[- ]charged|(?:got |been |was |were |keeps? (?:getting )?)declined|missing\b(?! out)|(?:came|arrived|turned up) without|never (?:arrived|came|turned up)|(?:hasn't|has not|haven't|have not|didn't|did not) (?:arrived|come|turned up))/i;

/**
 * Whether each customer turn shows the customer upset, in order: a higher level, venting, abuse or an outburst marker
 * decide by themselves; a long turn the model reads as annoyed counts unless it reads as a routine ask with no grievance
 * told in it or before.
 * Each customer turn is tested for a grievance at most once (and only when a turn needs it).
 */
function upsetTurns(customerTurns: readonly TurnAnalysis[]): boolean[] {
  let grieved = false;
  let readTo = 0;
  return customerTurns.map((t, k) => {
    const rank = t.customer!.level ? angerRank(t.customer!.level) : 0;
    if (rank >= 2 || t.customer!.venting || t.customer!.abuse.length > 0) return true;
    // Session 13: an opening read as calm that reports the business's fault (charged twice, declined, an item
    // missing) is a complaint told politely.
    if (rank === 0) return k === 0 && CALM_FAULT.test(t.text);
    if (OUTBURST.test(t.text) || SHOUTED.test(t.text)) return true;
    if (t.text.split(/\s+/).length < 12) return false;
    if (!ROUTINE.test(t.text)) return true;
    for (; !grieved && readTo <= k; readTo++) grieved = GRIEVANCE.test(customerTurns[readTo]!.text);
    return grieved;
  });
}

/** The agent's first reply after `from` (a turn that only hands the floor back does not count), before any hang-up. */
const replyAfter = (turns: readonly TurnAnalysis[], from: number, firstHangup: number): number | undefined =>
  turns.find((t) => t.agent && t.index > from && t.index <= firstHangup && !handsBack(t.text.trim()))?.index;

const APOLOGY_WORD = /\b(?:sorry|apologi[sz]e|apologies)\b/i;
const COMMON = new Set(
  "that this with have been your you're just they them then than what when where which there their about would could should really very from into over still even only also will want need like know make take here were said told sorry because after before again today please thank thanks it's i've i'm don't can't didn't isn't wasn't haven't doesn't nothing anything something everything anyone someone nobody always never every other these those some more most much many while being going come came gone does done dear hello regards".split(
    ' ',
  ),
);
const WORD = /[a-z0-9£$€₹][a-z0-9'£$€₹,.]*[a-z0-9]/g;
/** A word without its "'s" and then its "ing", "ed", "es" or "s" ending (the ending found furthest left). */
const stem = (word: string): string => {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
};
const wordsOf = (text: string): string[] => {
  const words: string[] = [];
  for (const found of text.toLowerCase().match(WORD) ?? []) {
    const w = stem(found);
    if (w.length >= 3 && !COMMON.has(w)) words.push(w);
  }
  return words;
};

function namedApologies(turns: readonly TurnAnalysis[]): number[] {
  const found: number[] = [];
  // The words of everything the customer has said so far, kept as one set: no word runs across a turn's newline, so the
  // words of the joined turns are the union of each turn's (each read once, when an apology first needs it).
  const told = new Set<string>();
  let saidAny = false;
  let readUpTo = 0;
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.customer) saidAny = true;
    if (!t.agent?.labels.includes('apology') || !saidAny) continue;
    const sentences = sentencesOf(t.text);
    const at = sentences.findIndex((x) => APOLOGY_WORD.test(x));
    if (at < 0) continue;
    for (; readUpTo <= i; readUpTo++) {
      const c = turns[readUpTo]!;
      if (c.customer) for (const w of wordsOf(c.text)) told.add(w);
    }
    // Session 11: words of a side matter ("I cut you off before you'd finished") name nothing of the problem.
    const shared = new Set(wordsOf(withoutSideMatter(sentences[at]!, told)).filter((w) => told.has(w)));
    if (shared.size >= 3) found.push(t.index);
  }
  return found;
}

// A2 (session 11): what an apology can be for that is not the customer's problem.
const SIDE_MATTER =
  /\b(?:cut(?:ting)? you off|interrupt\w*|jump(?:ed|ing)? in|talk(?:ed|ing)? over you|before you(?:'d| had)? finished|(?:ring|call|get)(?:ing)? (?:you )?back|(?:this|the|my) call(?: back)? (?:is|was|being) (?:a day |so |an hour |a bit )?late|(?:taken|took) (?:me|us) (?:till|until|so long|this long)|the line (?:cut|cutting|drop)\w*(?: off| out)?|(?:got|were|was|being) (?:cut off|disconnected)|(?:getting|got) (?:that|it|this|you) wrong|the (?:mix-?up|confusion|misunderstanding)|(?:the|that|this|your) (?:wait|hold)|(?:keeping|kept|having) you (?:waiting|on hold)|(?:waiting|holding) (?:so long|on the line))\b/gi;
// Three-letter words that name nothing ("the", "for"): wordsOf keeps them.
const SHORT_WORD =
  /^(?:the|and|for|but|not|our|all|any|its|his|her|you|was|are|had|has|did|got|get|too|now|how|why|who|one|off|out|let|yes)$/;
/**
 * The apology sentence with its side matters taken out; a wait the customer complained of (not the phone hold, which is
 * always the call's own matter) is their problem and stays.
 */
const withoutSideMatter = (sentence: string, told: ReadonlySet<string>): string =>
  sentence.replace(SIDE_MATTER, (m) => (/wait/i.test(m) && (told.has('wait') || told.has('queu')) ? m : ' '));
// An apology for nothing named: "Sorry about that anyway.", "Sorry for the trouble." (a bare "I'm sorry." is left to the
// label: the next sentence may name the problem).
const FOR_NOTHING =
  /^\W*(?:(?:I'm|I am|we're|we are|so|very|really|truly|terribly|again|and)\s+)*(?:sorry|apologies)\s+(?:for|about)\s+(?:the |any |all (?:the |of )?)?(?:that|this|trouble|inconvenience|hassle|bother|confusion)(?:\s+(?:anyway|again|though|then))?\W*$/i;

/**
 * Turns labelled apology_specific whose every apology sentence is for a side matter (what is left once it is taken out
 * shares fewer than two words with what the customer told) or for nothing named.
 */
function sideApologies(turns: readonly TurnAnalysis[]): number[] {
  const found: number[] = [];
  // What the customer told up to each labelled turn, read only as far as the last of them.
  const told = new Set<string>();
  let readUpTo = 0;
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (!t.agent?.labels.includes('apology_specific')) continue;
    for (; readUpTo <= i; readUpTo++) {
      const c = turns[readUpTo]!;
      if (c.customer) for (const w of wordsOf(c.text)) told.add(w);
    }
    const side = (sentence: string): boolean => {
      const rest = withoutSideMatter(sentence, told);
      if (rest !== sentence) return wordsOf(rest).filter((w) => told.has(w) && !SHORT_WORD.test(w)).length < 2;
      return FOR_NOTHING.test(sentence);
    };
    const apologies = sentencesOf(t.text).filter((x) => APOLOGY_WORD.test(x));
    if (apologies.length > 0 && apologies.every(side)) found.push(t.index);
  }
  return found;
}

// L1: the customer's next turn picks up where they were stopped, or tells the agent so.
const NOT_DONE =
  /^\W{0,3}(?:\.\.\.|…)|\bI (?:wasn't|was not|hadn't|had not|haven't|have not|'m not|am not) (?:finished|done)\b|\blet me finish\b|\bI was(?:n't| not)? (?:still )?(?:talking|speaking|saying)\b/i;
const resumesCutOff = (next: TurnAnalysis | undefined): boolean =>
  next?.customer !== undefined && NOT_DONE.test(next.text.slice(0, 120));
// A numbered post of a thread ("(1/3)", "1/3") that is not its last.
const THREAD_PART = /^\W{0,20}?(?:@\w+\s+)?\(?(\d)\s?\/\s?(\d)\)?/;

// Session 12 (L1): a complaint written with care (each sentence opened with a capital and closed with its mark) whose
// last sentence stops with no end mark after eight words or more ("…I've been up since five and the desk keeps telling
// me", "…and now you want another £90 because the"): such a writer was stopped mid-sentence, whatever word the turn
// stops on. A casual post in lower case ("…are you even reading this mate", "and the fee, i shouldnt pay for it") often
// leaves its last line open and is no cut-off.
const SENTENCE_BREAK = /[.!?]\s+(?=\S)/g;
const OPENS_SENTENCE = /^["'‘“(]?[A-Z0-9£$€]/;
const trailsOff = (said: string): boolean => {
  if (!OPENS_SENTENCE.test(said) || / i /.test(said)) return false;
  let after = -1;
  for (const m of said.matchAll(SENTENCE_BREAK)) {
    after = m.index! + m[0].length;
    if (!OPENS_SENTENCE.test(said.slice(after, after + 2))) return false;
  }
  if (after < 0) return false;
  let words = 1;
  for (let k = after; k < said.length; k++) if (said[k] === ' ' && said[k + 1] !== ' ') words++;
  return words >= 8;
};

function cutIns(turns: readonly TurnAnalysis[]): number[] {
  const found: number[] = [];
  for (let i = 1; i < turns.length; i++) {
    const t = turns[i]!;
    const previous = turns[i - 1]!;
    if (!t.agent || !previous.customer || handsBack(t.text.trim())) continue;
    const said = previous.text.trim();
    const finished = isFinished(said);
    // BROKEN_OFF's longest ending is 9 characters, so its last 16 read the same as the whole turn (and no `$` scan
    // through a long one).
    const brokenOff = !finished && (BROKEN_OFF.test(said.length > 16 ? said.slice(-16) : said) || trailsOff(said));
    const solving = t.agent.labels.includes('interrupting_solution') && !finished;
    // Session 10: an unfinished turn the customer then carries on ("…keeps saying 'a technician will be assigned'") or
    // says they were not done ("I wasn't finished", "I hadn't finished"), or the first post of a numbered thread.
    const resumed = !finished && resumesCutOff(turns[i + 1]);
    const thread = THREAD_PART.exec(said);
    const midThread = thread !== null && Number(thread[1]) < Number(thread[2]);
    if (t.agent.interruption || brokenOff || solving || resumed || midThread) found.push(t.index);
  }
  return found;
}

// C1 (session 10): a retelling the agent marks as one. A short lead-in that says it checks, confirms or restates, then a
// colon or dash ("To be sure I have this right: …", "Just to confirm the details: …", "So far I have: …", "Let me get
// this right: …", "To restate where we are: …", "So — …"); a sentence followed by a check-back question ("… Is that
// right?", "Have I got that right?"); or "I understand you've …" telling the complaint back. What follows must tell back
// at least two of the customer's own words (three after "I understand", feelings not counted), so "Just to confirm:
// what's your postcode?" and "I understand you're frustrated" are no recap.
const isLeadChar = (c: string): boolean => /[\w' ,]/.test(c);
const isSentenceEnd = (c: string): boolean => c === '.' || c === '!' || c === '?';

/**
 * Each lead-in and what follows it: a colon, or a dash after a space, with up to 61 characters of words, commas and
 * apostrophes before it back to the start of the reply, a new line or a sentence's end, and the rest of that sentence
 * after it. Found from the colons and dashes themselves (one pass), not by a scan tried at every sentence start.
 */
function* leadIns(text: string): Generator<[lead: string, clause: string]> {
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    const dash = (c === '—' || c === '–' || c === '-') && k > 0 && /\s/.test(text[k - 1]!);
    if (c !== ':' && !dash) continue;
    let end = dash ? k - 1 : k;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    let start = end;
    while (start > 0 && end - start <= 62 && isLeadChar(text[start - 1]!)) start--;
    // The lead-in starts the reply, a line, or a sentence (after its end mark and a space).
    const before = start === 0 ? '\n' : text[start - 1]!;
    if (before !== '\n' && !(isSentenceEnd(before) && /\s/.test(text[start] ?? ''))) continue;
    const lead = text.slice(start, end).trim();
    if (lead.length === 0 || lead.length > 61 || !/^[A-Za-z]/.test(lead)) continue;
    let from = k + 1;
    if (from >= text.length || !/\s/.test(text[from]!)) continue;
    while (from < text.length && /\s/.test(text[from]!)) from++;
    let to = from;
    while (to < text.length && !isSentenceEnd(text[to]!)) to++;
    if (to > from) yield [lead, text.slice(from, to)];
  }
}
const CHECKS =
  /^(?:so|got it)$|\b(?:(?:have|got|get|understood|heard|understand) (?:it|this|that|everything|you|all (?:of )?(?:it|this|that))(?: all)? (?:right|straight|correctly)|to (?:check|confirm|be clear|restate|recap|sum (?:it |that |this )?up|summari[sz]e)|let me (?:check|confirm|restate|recap|summari[sz]e|play (?:it|that|this) back|make sure|be sure|get (?:it|this|that) (?:right|straight))|(?:be|make) sure I(?: understand| have|'ve got| got)|so I(?:'ve got| have got| have| understand) (?:it|this|that|everything)|so far,? (?:I|we) have|what I(?:'m| am) hearing|(?:can|may) I (?:check|confirm)|just (?:to )?(?:check|confirm)(?:ing)?|I want to (?:check|confirm|make sure|be sure))\b/i;
// The check-back question itself, found first (one scan); the sentence before it is then read back to its start.
const CHECK_BACK =
  /[.!?]\s+(?:is that (?:right|correct|it|accurate|fair|everything)|have I (?:got|understood) (?:that|this|it|everything|you)(?: right| correctly)?|did I get (?:that|this|it|everything) right|does that sound right|am I right)\s*\?/i;
const UNDERSTAND_YOU = /(?:^|[.!?]\s+)I understand (?:that )?(you(?:'ve| have|'re| are| were| had|'d)\b[^.!?]+)/i;
const FEELINGS =
  /^(?:frustrat|angry|anger|upset|annoy|furious|disappoint|stress|worri|worry|unhappy|livid|fed|concern|feel|feeling)/;

const sharedWords = (clause: string, said: ReadonlySet<string>): number => {
  const words = new Set<string>();
  addContentWords(words, clause);
  let shared = 0;
  for (const w of words) if (said.has(w) && !FEELINGS.test(w)) shared++;
  return shared;
};

function markedRecap(text: string, saidWords: () => ReadonlySet<string>): boolean {
  // Most replies have no colon or dash at all: the lead-in scan is skipped for them.
  if (/[:—–]| - /.test(text))
    for (const [lead, clause] of leadIns(text))
      if (CHECKS.test(lead) && sharedWords(clause, saidWords()) >= 2) return true;
  const back = CHECK_BACK.exec(text);
  if (back) {
    const before = text.slice(0, back.index);
    const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
    if (sharedWords(before.slice(start), saidWords()) >= 2) return true;
  }
  const understood = UNDERSTAND_YOU.exec(text);
  return understood !== null && sharedWords(understood[1]!, saidWords()) >= 3;
}

/** Agent turns with a sentence that retells what the customer has said so far (read only when none is labelled). */
function recapsOfHistory(turns: readonly TurnAnalysis[]): number[] {
  const found: number[] = [];
  // The customer's content words so far, one set brought up to date only when a reply could hold a recap (the words of
  // turns joined by newlines are the union of each turn's).
  const said = new Set<string>();
  let saidAny = false;
  let readUpTo = 0;
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.customer) {
      saidAny = true;
      continue;
    }
    const saidWords = (): ReadonlySet<string> => {
      for (; readUpTo < i; readUpTo++) if (turns[readUpTo]!.customer) addContentWords(said, turns[readUpTo]!.text);
      return said;
    };
    if (
      saidAny &&
      (findRecapsOf(t.text, saidWords).some((s) => !ADVICE.test(t.text.slice(s.start, s.end))) ||
        markedRecap(t.text, saidWords))
    )
      found.push(t.index);
  }
  return found;
}

// F1: a time a step is due by. A clock time, a day, a date, "tomorrow", "tonight", "within five working days", "by end
// of day", "30 minutes before".
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const COUNT = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|forty-?eight|the next)`;
// Session 12: a clock time said the British way ("half ten", "half past four", "quarter to six").
const SPOKEN_HOUR = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b`;
const STEP_TIME = new RegExp(
  String.raw`\b(?:half (?:past )?${SPOKEN_HOUR}|quarter (?:past|to) ${SPOKEN_HOUR}|\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}|noon|midday|tomorrow|tonight|${DAY}|(?:the )?\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)? ${MONTH}\b|${MONTH} \d{1,2}\b|end of (?:the )?(?:day|today|week)|within ${COUNT} (?:\w+ )?(?:minutes?|hours?|days?|weeks?)|${COUNT} (?:minutes?|hours?) (?:before|from now))`,
  'i',
);
// …and the step itself: something that will happen, or a time put to the customer ("Can you come at 4:15?").
// Session 11: what a process does on its own clock ("they're usually processed within 30 days", "the new one ships
// within 2 business days", "the reduced amount is available until 28 March").
const STEP_FUTURE =
  /\b(?:will|'ll|shall|(?:is|are|'s|'re) (?:going to|being|booked|scheduled|due|arranged|on (?:its|their) way)|(?:can|could) you (?:come|make|bring|be|get)|I'd like to see|(?:is|are) emailed|(?:is|are) sent|meets|arrives?|reach(?:es)?|(?:is|are|'s|'re) (?:usually |normally |typically |generally )?(?:processed|paid out|posted|dispatched|shipped|reviewed|decided)|ships|dispatches|goes out|(?:is|are|stays?|remains?) (?:available|valid|open|held) (?:until|till|for|to))\b/i;
// "…by 12 noon tomorrow. I'll message you by then": the time told in the sentence before.
const BY_THEN = /\b(?:by|until|at) (?:then|that (?:time|point))\b/i;
const setsTimedStep = (text: string): boolean => {
  let timeBefore = false;
  for (const sentence of sentencesOf(text)) {
    const timed = STEP_TIME.test(sentence);
    if ((timed || (timeBefore && BY_THEN.test(sentence))) && STEP_FUTURE.test(sentence)) return true;
    timeBefore = timed;
  }
  return false;
};

const scolds = (t: TurnAnalysis): boolean =>
  t.agent!.labels.includes('scolding') || t.agent!.labels.includes('condescension');
/** Every restatement finding of the turn shares its sentence with a scolding or condescension finding. */
function restatesToScold(t: TurnAnalysis): boolean {
  const findings = t.agent!.findings;
  const sentenceOf = (at: number): number => sentenceStart(t.text, at);
  const scolding = new Set(
    findings
      .filter((x) => x.label === 'scolding' || x.label === 'condescension')
      .flatMap((x) => [sentenceOf(x.span.start), sentenceOf(Math.max(x.span.start, x.span.end - 1))]),
  );
  const restating = findings.filter((x) => x.label === 'restatement');
  return (
    restating.length > 0 &&
    restating.every(
      (x) => scolding.has(sentenceOf(x.span.start)) || scolding.has(sentenceOf(Math.max(x.span.start, x.span.end - 1))),
    )
  );
}

// F1 (session 13): what a fix done in the conversation does on its own afterwards: the money shows ("you'll see it in
// 3 days", "it'll show on your card within 5 working days", "the £89 will be back on your card"), a confirmation or the
// final bill arrives, a payment comes out on its date, the appointment or room booked for the customer ("I've booked
// Saturday 19th at 10:20", "you're booked in from 29 August", "your keys will be at the front desk from 9am"). Not an
// outcome or decision still to come, and not a booking of someone who still has to come out (a pickup, an engineer).
const FIX_TAKES_EFFECT = new RegExp(
  [
    String.raw`\byou(?:'ll| will| should) (?:\w+ )?(?:see|get|receive|have) (?:it|them|the (?:money|refund|credit|payment)|(?:a |an |the |your )?(?:(?:new |updated )?confirmation|e-?mail|text|letter|receipt|notification)s?)\b(?! (?:about|with|on|of) (?:the|our|an?|your) (?:outcome|decision|result|review))`,
    String.raw`\b(?:it|they|the (?:money|refund|credit|amount|difference|payment|deposit)|[£$€₹]\s?[\d,.]+)[^.!?]{0,40}?(?:'ll| will| should)? (?:show|appear|be back|reach|land|clear|be (?:in|on) your)\w*\b`,
    String.raw`\b(?:first |next |final |new )?(?:payment|instal?ment|direct debit|collection)s? (?:will )?(?:come|go|be taken)s? out\b|\b(?:final |next |new )?(?:bill|statement|invoice) will (?:arrive|come|show|reach)\b`,
    String.raw`\b(?:I(?:'ve| have) (?:now |also )?booked|you(?:'re| are) (?:now |all )?booked)\b(?![^.!?]*\b(?:pick-?up|collection|delivery|engineer|technician|courier|crew|fitter|driver|visit|repair)\b)`,
    String.raw`\b(?:your )?keys will be (?:at|ready|waiting)\b`,
  ].join('|'),
  'i',
);
/** A sentence that says when a done fix takes effect, with its time. */
const takesEffectAt = (text: string): boolean =>
  sentencesOf(text).some((sentence) => STEP_TIME.test(sentence) && FIX_TAKES_EFFECT.test(sentence));
/** Every sentence with a time in a step turn tells when a done fix takes effect, or sets no step at all. */
const timesOfTheFixOnly = (text: string): boolean =>
  sentencesOf(text).every(
    (sentence) =>
      !STEP_TIME.test(sentence) ||
      FIX_TAKES_EFFECT.test(sentence) ||
      !(STEP_FUTURE.test(sentence) || /\b(?:(?:I|we)(?:'ll| will)|booked|arranged|scheduled)\b/i.test(sentence)),
  );

// F1 (session 11): a bare yes to what the customer asked ("It will be.", "Yes, it will.", "They will;").
const BARE_YES =
  /^\W*(?:(?:yes|yeah|yep|absolutely|definitely|of course),?\s+)?(?:it|they|that|he|she|we|I) (?:will|shall|'ll)(?: be)?\W*$/i;

/** Agent turns whose vague_promise finding sits in a sentence with no time that is more than a bare yes. */
function vaguePromises(agentTurns: readonly TurnAnalysis[]): number[] {
  return agentTurns
    .filter((t) =>
      t.agent?.findings.some((finding) => {
        if (finding.label !== 'vague_promise') return false;
        const sentence = t.text.slice(
          sentenceStart(t.text, finding.span.start),
          sentenceEnd(t.text, finding.span.start),
        );
        return !STEP_TIME.test(sentence) && !BARE_YES.test(sentence);
      }),
    )
    .map((t) => t.index);
}

/**
 * The last agent turn after the last labelled timed step that sets a step with a time, read backwards and only as far
 * as the verdict can turn: none when a labelled step already follows every vague promise, and no further back than the
 * last vague promise (a step before it cannot outweigh it).
 */
function timedStepsAfterLabelled(agentTurns: readonly TurnAnalysis[]): number[] {
  let labelled = -1;
  let vague = -1;
  for (let i = agentTurns.length - 1; i >= 0 && (labelled < 0 || vague < 0); i--) {
    const labels = agentTurns[i]!.agent?.labels;
    if (labelled < 0 && labels?.includes('concrete_next_step_with_time')) labelled = i;
    if (vague < 0 && labels?.includes('vague_promise')) vague = i;
  }
  if (labelled >= 0 && vague <= labelled) return [];
  for (let i = agentTurns.length - 1; i > labelled && i >= vague; i--)
    if (setsTimedStep(agentTurns[i]!.text)) return [agentTurns[i]!.index];
  return [];
}

// C2: what the customer should have done, or the small print held up to them ("You shouldn't have had to…" is empathy).
const LECTURE =
  /\b(?:you should (?:have|'ve) (?!had to\b)|you (?:should|ought to) (?:always |really )?(?:check|read|keep|make sure)|if you(?:'d| had) (?:\w+ ){0,4}(?:properly|carefully|correctly|instead of|in the first place)|it(?:'s| is| was) (?:clearly|all|plainly) (?:mentioned|stated|written|explained|set out|printed|shown)|as (?:clearly )?(?:stated|mentioned|explained|shown) (?:clearly )?(?:in|on) the|(?:which|that) you (?:signed|agreed to|accepted)\b|next time,? (?:you|please|make sure|try))/i;

// C2 (session 11): telling the customer off for their manner, with what it will cost them ("You're not going to get
// anywhere being rude", "shouting won't help", "don't expect me to be nice", "Maybe don't call people names", "Don't
// talk to me like that"). README (round 1) scores the customer told off as C2 violated; a bare "You need to watch your
// language" is left to B2 (the writers split on it).
const REBUKE =
  /\b(?:you(?:'re| are)|you) (?:not going to|won't|will not|aren't going to) get (?:anywhere|far|a refund|anything|help)\b|\b(?:shouting|swearing|yelling|insulting (?:me|us)|being rude|name-calling|calling (?:me|us|people|them|(?:my |our )?(?:staff|colleagues?|team))(?: [\w-]+){1,2})(?: at me)? (?:won't|will not|doesn't|does not|isn't going to) (?:help|change|get)\b|\bdon't expect (?:me|us) to\b|\b(?:maybe|perhaps|try) (?:don't|not) (?:call|swear|shout|talk|be)\w*\b|\bdon't (?:talk|speak) to me like that\b/i;

// B2 (session 10): name-calling the abuse signal misses, aimed at the agent or the business ("you thieving bunch of",
// "you greedy, thieving morons", "You people are cheats", "You're a robot", "this f***ing company", "the dumbest company
// on earth", "your policy is rubbish and so are you"). Session 11: a bunch or pack of anything said of the agent or the
// staff ("you're a bunch of lazy sods", "your support staff are a pack of clowns"), "run by idiots", "whoever reads this
// is probably one too". The brand called a joke or a scam is criticism, not abuse (README, anger conventions).
const NAME_CALLING =
  /\byou(?: people| lot| guys)?(?:'re| are)? (?:(?:a|an|all|lot of|bunch of|little|complete|total|useless|greedy|thieving|lying|pathetic|bloody|absolute|such|the),? ){0,3}(?:idiots?|morons?|muppets?|clowns?|thie(?:f|ves|ving)|crooks?|smartarse|robots?|parasites|liars?|incompetents?|eejits?|imbeciles?|cowboys|scammers?|vultures|cheats?|frauds?|ghouls?|dumbest|stupidest|w[a*]nkers?|sods|cowards|bastards|twats?|tossers?|numpties|halfwits?|cretins?)\b|\b(?:useless|bloody|f\*+\w*|fucking|stupid) (?:robots?|idiots?|company|lot|people|morons?|fellow)\b|\b(?:dumbest|stupidest|worst) (?:company|person|people) (?:on earth|in the world|alive)\b|\bso are you\b|\b(?:you(?: people| lot| guys)?(?:'re| are)(?: all)?|(?:your|the) (?:[\w-]+ )?(?:staff|team|agents?|people|drivers?|engineers?|crew|reps?|managers?) (?:are|were)(?: all)?) (?:just )?(?:a |an )?(?:bunch|pack|load|shower|gang|band) of (?:[\w*'-]+ ){0,2}?[\w*'-]+s\b|\brun by (?:a (?:bunch|load|pack) of )?(?:idiots|morons|clowns|monkeys|muppets|cowboys|crooks)\b|\bwhoever (?:reads|is reading|sees) this is (?:probably |also |just )?(?:one|an? (?:idiot|moron|clown))\b/i;

// A3 (session 11): why the feeling makes sense, in words the empathy label misses. The feelings a customer is told they
// must have; what cannot be a feeling ("you must be the account holder") never follows "you must be".
const FELT = String.raw`(?:frantic|beside (?:yourself|myself)|forgotten|abandoned|ignored|helpless|stranded|frightened|terrified|scared|worried|anxious|panick\w*|devastated|gutted|heartbroken|humiliated|embarrassed|exhausted|worn out|fed up|livid|furious|fuming|angry|upset|frustrated|let down|desperate|stressed|shaken|cheated|misled|fobbed off|at your wits' end)`;
const VALIDATES = new RegExp(
  [
    // The feeling anyone would have: "would frighten any parent", "would worry anyone", "I'd be beside myself too".
    String.raw`\b(?:would|will|could) (?:frighten|worry|upset|scare|alarm|panic|stress|infuriate|anger|annoy|frustrate|rattle|unsettle|exhaust) (?:any|anyone|anybody|everyone|most people|any of us)\b`,
    String.raw`\bI(?:'d| would) (?:be|feel|have been|have felt) (?!(?:happy|glad|pleased|delighted|able|willing|grateful|keen|interested|right|there|sure|ready)\b)[\w' ]{2,25}? too\b`,
    // The feeling told back as the customer's: "you must feel completely forgotten", "you must be frantic".
    String.raw`\byou must (?:be|feel|have been|have felt) (?:(?:so|really|completely|absolutely|very|utterly|totally) )*${FELT}`,
    // What the harm costs them: "chasing it twice is tiresome", "that's a worry when…", "would be a serious setback",
    // "about as bad as it gets", "the worst possible timing", "makes it hard to plan", "a health worry as well as…".
    String.raw`\b(?:is|was|'s|would be|must be) (?:(?:so|really|very|incredibly|genuinely|truly|a|an) )*(?:tiresome|wearing|draining|a worry|(?:real |serious |huge |big )?(?:setback|blow|headache)|about as bad as it gets|the worst (?:possible )?(?:timing|time|moment))\b`,
    String.raw`\bmakes? it (?:so |really |very )?(?:hard|difficult|impossible) (?:for you )?to\b`,
    String.raw`\b(?:a|the) (?:health |real |serious |huge |genuine |safety )?(?:worry|risk|hazard) as well as\b`,
    String.raw`\bnot the (?:[\w-]+ ){0,4}?[\w-]+ you (?:booked|paid for|planned|ordered|expected|signed up for|wanted)\b`,
    String.raw`\b(?:more than )?anyone should (?:have to )?(?:put up with|go through|deal with)\b`,
    // The feeling called reasonable: "that's completely understandable", "a perfectly reasonable thing to be scared about".
    String.raw`\b(?:completely|perfectly|totally|entirely) (?:reasonable|understandable|natural|fair) (?:thing )?to (?:be|feel|worry|ask|want|expect)\b|\bthat(?:'s| is) (?:completely|totally|perfectly|entirely) understandable\b`,
  ].join('|'),
  'i',
);

const NONE: readonly number[] = [];
// The customer says the fix works ("it worked", "all set", "it's back").
const WORKS_NOW =
  /\b(?:worked|works now|all set|that's all I (?:needed|wanted)|got it|went through)\b|\bit(?:'s| is| has) (?:working|charging|come on|come through|back on)\b|\b(?:they're|they are|it's|it is) back\b/i;

/**
 * The facts of one conversation, each worked out when the rubric first reads it (most verdicts turn on a label and
 * never need the costly scans), and the agent turns that carry each label, found in one pass.
 */
class Facts implements ConversationFacts {
  readonly agentTurns: TurnAnalysis[] = [];
  readonly customerHangups: number[];
  readonly peakAnger: AngerLevel;
  private readonly customerTurns: TurnAnalysis[] = [];
  private readonly labelled = new Map<ReplyLabel, number[]>();
  private readonly firstHangup: number;
  private readonly peak: number;
  private upsetTurn: TurnAnalysis | undefined | null = null;
  // Each fact once worked out (undefined until then; null where the fact itself can be undefined).
  private liveAgentTurnsOf?: readonly TurnAnalysis[];
  private callbacksOf?: number[];
  private abuseTurnsOf?: number[];
  private replyToOutburstOf: number | undefined | null = null;
  private replyToOpeningOf: number | undefined | null = null;
  private resolvedOf?: boolean;
  private nameAndNumberOf?: number[];
  private openingStatesOutcomeOf?: boolean;
  private openingComposedOf?: boolean;
  private customerRequestsOf?: number[];
  private cutInsOf?: number[];
  private sideApologiesOf?: number[];
  private namedApologiesOf?: number[];
  private recapsOf?: number[];
  private timedStepsOf?: number[];
  private vaguePromisesOf?: number[];
  private lecturesOf?: number[];
  private validationsOf?: number[];
  private grantsOf?: number[];
  private onlyTimesOfTheFixOf?: boolean;
  private timedWithContactOf?: number[];
  private restatementsOf?: readonly number[];

  constructor(
    readonly turns: readonly TurnAnalysis[],
    events: readonly ConversationEvent[],
  ) {
    let peak = 0;
    for (const t of turns) {
      if (t.speaker === 'agent') {
        this.agentTurns.push(t);
        for (const label of t.agent?.labels ?? []) {
          const at = this.labelled.get(label);
          if (at === undefined) this.labelled.set(label, [t.index]);
          else if (at[at.length - 1] !== t.index) at.push(t.index);
        }
      }
      if (t.customer) {
        this.customerTurns.push(t);
        if (t.customer.level) peak = Math.max(peak, angerRank(t.customer.level));
      }
    }
    this.customerHangups = [];
    let first = Infinity;
    for (const e of events)
      if (e.type === 'hangup' && e.by === 'customer') {
        this.customerHangups.push(e.afterTurn);
        first = Math.min(first, e.afterTurn);
      }
    this.firstHangup = first;
    this.peak = peak;
    this.peakAnger = ANGER_LEVELS[peak]!;
  }

  /** The agent turns labelled `label`, in order (empty when none). */
  withLabel(label: ReplyLabel): readonly number[] {
    return this.labelled.get(label) ?? NONE;
  }

  private has(label: ReplyLabel): boolean {
    return this.labelled.has(label);
  }

  get liveAgentTurns(): readonly TurnAnalysis[] {
    if (this.liveAgentTurnsOf === undefined)
      this.liveAgentTurnsOf = this.agentTurns.filter((t) => t.index < this.firstHangup);
    return this.liveAgentTurnsOf;
  }

  // F5: the agent's call back (the turn marked so, or the agent opening a new call after the hang-up), not the
  // customer ringing back themselves nor the agent talking on to a line that has gone quiet ("Hello? Are you there?").
  get callbacks(): number[] {
    if (this.callbacksOf === undefined)
      this.callbacksOf = this.agentTurns
        .filter((t) => t.callback || (t.index === this.firstHangup + 1 && CALLING_BACK.test(t.text)))
        .map((t) => t.index);
    return this.callbacksOf;
  }

  // Abuse as the signal reads it, or name-calling it misses (read only in a turn that sounds at least annoyed).
  get abuseTurns(): number[] {
    if (this.abuseTurnsOf === undefined)
      this.abuseTurnsOf = this.customerTurns
        .filter(
          (t) =>
            t.customer!.abuse.length > 0 ||
            (t.customer!.level ? angerRank(t.customer!.level) > 0 && NAME_CALLING.test(t.text) : false),
        )
        .map((t) => t.index);
    return this.abuseTurnsOf;
  }

  /** The customer's first upset turn (undefined when none). */
  private get firstUpset(): TurnAnalysis | undefined {
    if (this.upsetTurn === null) {
      const opening = this.customerTurns[0];
      const flags =
        this.peak > 0 || (opening !== undefined && CALM_FAULT.test(opening.text)) ? upsetTurns(this.customerTurns) : [];
      this.upsetTurn = this.customerTurns[flags.indexOf(true)];
    }
    return this.upsetTurn;
  }

  get upset(): boolean {
    return this.firstUpset !== undefined;
  }

  get replyToOutburst(): number | undefined {
    if (this.replyToOutburstOf === null) {
      const firstUpset = this.firstUpset;
      this.replyToOutburstOf = firstUpset ? replyAfter(this.turns, firstUpset.index, this.firstHangup) : undefined;
    }
    return this.replyToOutburstOf;
  }

  get replyToOpening(): number | undefined {
    if (this.replyToOpeningOf === null) {
      const opening = this.customerTurns[0];
      this.replyToOpeningOf = opening ? replyAfter(this.turns, opening.index, this.firstHangup) : undefined;
    }
    return this.replyToOpeningOf;
  }

  get resolvedOnTheSpot(): boolean {
    if (this.resolvedOf === undefined) this.resolvedOf = this.resolved();
    return this.resolvedOf;
  }

  private resolved(): boolean {
    const { turns, agentTurns, customerHangups } = this;
    const lastCustomer = this.customerTurns[this.customerTurns.length - 1];
    const lastAgents = agentTurns.slice(-2);
    // Session 13: the customer says the fix works and then only thanks ("They're back! All of them." … "Thank you,
    // seriously.").
    const worksNow = this.customerTurns.slice(-2).some((t) => WORKS_NOW.test(t.text));
    const agentLast = agentTurns.length > 0 && agentTurns[agentTurns.length - 1]!.index > (lastCustomer?.index ?? -1);
    // Ended by the hang-up when nothing follows it (a call back, the customer ringing back, the fix reported after).
    const endedByHangup = customerHangups.length > 0 && Math.max(...customerHangups) >= turns.length - 1;
    const lastAgentText = agentTurns[agentTurns.length - 1]?.text ?? '';
    return (
      !endedByHangup &&
      lastCustomer !== undefined &&
      (((isAccepting(lastCustomer.text) || CLOSING.test(lastCustomer.text)) &&
        (lastAgents.some((t) => COMPLETED.test(t.text)) || worksNow)) ||
        // Issue #12: the fix done in the conversation and the agent has the last word with nothing left to follow up
        // ("I've refunded the second payment now." … "Within 3 to 5 working days. Anything else?"), even when the
        // customer never says thanks.
        (agentLast &&
          lastAgents.some((t) => DONE_HERE.test(t.text)) &&
          !lastAgents.some((t) => FOLLOW_UP.test(t.text) || t.agent?.labels.includes('vague_promise'))) ||
        // A routine call answered there and then: the customer thanks or closes and nothing is left to follow up.
        // A timed step still to come (a bill due on the 14th, a call at 3) leaves it open.
        (!this.upset &&
          (isAccepting(lastCustomer.text) || CLOSING.test(lastCustomer.text)) &&
          !lastAgents.some(
            (t) =>
              FOLLOW_UP.test(t.text) ||
              t.agent?.labels.includes('vague_promise') ||
              t.agent?.labels.includes('concrete_next_step_with_time'),
          )) ||
        // Session 13: a routine call the agent answers with the last word ("We're open until 6:30 tonight. They'll be
        // on the shelf under your name.", "You're booked for Saturday at 9 am. See you there!"), with nothing promised
        // to follow and no contact left for if it goes wrong.
        (!this.upset &&
          agentLast &&
          !lastAgents.some(
            (t) =>
              FOLLOW_UP.test(t.text) ||
              PASSED_ON.test(t.text) ||
              hasContact(t.text) ||
              t.agent?.labels.includes('vague_promise') ||
              t.agent?.labels.includes('concrete_next_step_with_time'),
          ))) &&
      !DEFERRED.test(lastAgentText)
    );
  }

  // Read only when no reply carries the label (F3 is met by the label alone).
  get nameAndNumberAcrossTurns(): number[] {
    if (this.nameAndNumberOf === undefined)
      this.nameAndNumberOf = this.has('name_and_number') ? [] : nameAndNumber(this.agentTurns);
    return this.nameAndNumberOf;
  }

  // The opening is every customer turn before the agent's first reply (a post and its follow-up, an e-mail in parts).
  get openingStatesOutcome(): boolean {
    if (this.openingStatesOutcomeOf === undefined)
      this.openingStatesOutcomeOf = this.turns
        .slice(0, this.agentTurns[0]?.index ?? this.turns.length)
        .some((t) => t.customer !== undefined && (REQUESTS.test(t.text) || STATED_OUTCOME.test(t.text)));
    return this.openingStatesOutcomeOf;
  }

  get openingComposed(): boolean {
    if (this.openingComposedOf === undefined)
      this.openingComposedOf = this.customerTurns[0] !== undefined && isComposedRequest(this.customerTurns[0].text);
    return this.openingComposedOf;
  }

  get customerRequests(): number[] {
    if (this.customerRequestsOf === undefined)
      this.customerRequestsOf = this.customerTurns
        // The level first: an angry turn is a request whatever it says, and the two patterns are the costly part.
        .filter(
          (t) =>
            (t.customer!.level ? angerRank(t.customer!.level) > 0 : false) ||
            REQUESTS.test(t.text) ||
            ASKS.test(t.text),
        )
        .map((t) => t.index);
    return this.customerRequestsOf;
  }

  get cutIns(): number[] {
    if (this.cutInsOf === undefined) this.cutInsOf = cutIns(this.turns);
    return this.cutInsOf;
  }

  get sideApologies(): number[] {
    if (this.sideApologiesOf === undefined)
      this.sideApologiesOf = this.has('apology_specific') ? sideApologies(this.turns) : [];
    return this.sideApologiesOf;
  }

  get namedApologies(): number[] {
    if (this.namedApologiesOf === undefined) {
      const side = this.sideApologies;
      this.namedApologiesOf =
        this.withLabel('apology_specific').some((index) => !side.includes(index)) || !this.has('apology')
          ? []
          : namedApologies(this.turns);
    }
    return this.namedApologiesOf;
  }

  // Read only where the verdict can turn on them (both scan the whole conversation).
  get recaps(): number[] {
    if (this.recapsOf === undefined)
      this.recapsOf = !this.upset || this.has('restatement') ? [] : recapsOfHistory(this.turns);
    return this.recapsOf;
  }

  // Read while the problem is open, or where a vague promise could otherwise decide F1.
  get timedSteps(): number[] {
    if (this.timedStepsOf === undefined)
      this.timedStepsOf =
        this.resolvedOnTheSpot && !this.has('vague_promise') ? [] : timedStepsAfterLabelled(this.agentTurns);
    return this.timedStepsOf;
  }

  get vaguePromises(): number[] {
    if (this.vaguePromisesOf === undefined)
      this.vaguePromisesOf = this.has('vague_promise') ? vaguePromises(this.agentTurns) : [];
    return this.vaguePromisesOf;
  }

  get lectures(): number[] {
    if (this.lecturesOf === undefined)
      this.lecturesOf =
        this.has('condescension') || this.has('scolding')
          ? []
          : this.agentTurns.filter((t) => LECTURE.test(t.text) || REBUKE.test(t.text)).map((t) => t.index);
    return this.lecturesOf;
  }

  get validations(): number[] {
    if (this.validationsOf === undefined)
      this.validationsOf =
        this.has('empathy') || this.has('sympathy_agreement') || this.has('blame_company_or_colleague')
          ? []
          : this.agentTurns.filter((t) => VALIDATES.test(t.text)).map((t) => t.index);
    return this.validationsOf;
  }

  get restatements(): readonly number[] {
    if (this.restatementsOf === undefined) {
      const labelled = this.withLabel('restatement');
      this.restatementsOf = labelled.some((i) => scolds(this.turns[i]!))
        ? labelled.filter((i) => !restatesToScold(this.turns[i]!))
        : labelled;
    }
    return this.restatementsOf;
  }

  get timedWithContact(): number[] {
    if (this.timedWithContactOf === undefined)
      this.timedWithContactOf =
        this.has('concrete_next_step_with_time') || !this.agentTurns.some((t) => hasContact(t.text))
          ? []
          : this.agentTurns.filter((t) => setsTimedStep(t.text) || takesEffectAt(t.text)).map((t) => t.index);
    return this.timedWithContactOf;
  }

  get onlyTimesOfTheFix(): boolean {
    if (this.onlyTimesOfTheFixOf === undefined) {
      const steps = this.agentTurns.filter(
        (t) => t.agent?.labels.includes('concrete_next_step_with_time') || setsTimedStep(t.text),
      );
      this.onlyTimesOfTheFixOf =
        steps.length > 0 &&
        !this.agentTurns.some((t) => hasContact(t.text)) &&
        steps.every((t) => timesOfTheFixOnly(t.text));
    }
    return this.onlyTimesOfTheFixOf;
  }

  get grants(): number[] {
    if (this.grantsOf === undefined)
      this.grantsOf = this.has('policy_language')
        ? []
        : this.agentTurns
            .filter(
              (t) =>
                GRANT.test(t.text) ||
                (GRANTS_THE_ASK.test(t.text) &&
                  this.customerTurns.some(
                    (c) => c.index < t.index && (POLITE_ASK.test(c.text) || this.customerRequests.includes(c.index)),
                  )),
            )
            .map((t) => t.index);
    return this.grantsOf;
  }
}

/** Derives the facts the rubric needs from a finished analysis (each worked out when first read). */
export function deriveFacts(turns: readonly TurnAnalysis[], events: readonly ConversationEvent[]): ConversationFacts {
  return new Facts(turns, events);
}
