import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';
import { NEGATION_BEFORE } from '../text-scan.ts';
import { ALTERNATIVE } from './generalized.rules.ts';

/*
 * Session 12 families (issue #12), written from the misses of round 9 (promoted to tuned-on this session) beside the
 * older tuned-on pool (dev, the blind even half, rounds 1–3, writer R's 2b part). Each is a grammatical shape, tested
 * with sentences of our own in issue12-s12.rules.test.ts; the label carries the playbook principle, the rule its rewrite.
 */

// B2: an active past act of the customer's (not one done to them: "you were sent", "you've been given").
const ACT = String.raw`(?:\w+ed|rang|rung|sent|put|took|taken|brought|went|gone|chose|chosen|bought|gave|given|wrote|written|left|made|wore|worn|tore|torn|broke|broken|ran|drove|driven|threw|thrown|set|hit|let|kept|forgot|forgotten|came|picked|dropped|read)`;
const NOT_DONE_TO = String.raw`(?!(?:been|were|was|got|received|had|heard|seen|told|asked|needed|wanted|expected|deserved|tried|waited|paid|spoken|reported|raised|noticed|found|lost|spent)\b)`;
// A gap inside one clause: no new subject, no 'but/and/because', so the act and what follows are the customer's own.
const SAME_CLAUSE = String.raw`(?:(?!\b(?:we|our|us|they|but|and|because|which|so|then|I)\b)[^.!?,;])`;

export const ISSUE12_S12_RULES = [
  {
    // C2, the trouble waved away as silly: "it's not that deep", "nothing to get excited about", "nothing to get worked
    // up over". Not "it's only a pre-authorisation; it drops off in three days" (an explanation with the answer in it,
    // see generalized.rules.test.ts), not negated, not a question, not an apology.
    id: 'condescension-waves-it-away',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:it's|it is|that's|that is|this is)\s+(?:really\s+)?not\s+(?:that|so|very)\s+deep\b`,
      String.raw`\bnothing (?:to get|worth getting) (?:(?:so|all|that)\s+)?(?:excited|worked up|wound up|het up|upset|stressed|bothered|dramatic|emotional) (?:about|over)\b`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us)\b`),
    rewrite: 'Take it as seriously as they do: "I can see why that worried you; here is exactly what that charge is."',
  },
  {
    // C2, the obvious fix offered as if they had not thought of it: "try turning the router off and on again",
    // "switching your phone off and on", "that fixes it nine times out of ten", "it's usually that". Not a question
    // ("have you tried turning your router off and on?" is a plain check for writer R), not our own step.
    id: 'condescension-obvious-fix-or-slow',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:turn|turning|switch|switching)\s+(?:it|them|the\s+[\w-]+|your\s+[\w-]+)\s+off\s+and\s+(?:back\s+)?on(?:\s+again)?\b`,
      String.raw`\b(?:nine|9)\s+times\s+out\s+of\s+(?:ten|10)\b|\b(?:it's|it is|that's|that is)\s+(?:usually|normally|almost always|nearly always)\s+(?:just\s+)?(?:that|the reason|all it is)\b(?=\s*[.!🙂😊]|\s*$)`,
    ),
    notAfter: NEGATION_BEFORE,
    // Not our own step ("the engineer will switch the supply off and on at 2 pm", "I've already reset it remotely").
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|will|I've|we've|I have|we have|I'm|we're|I'll)\b`,
    ),
    rewrite:
      'Treat them as someone who has already tried the basics: "Let\'s work out what\'s going on; what do you see when…?"',
  },
  {
    // C2, the explanation slowed down for them: "I'll go slowly", "let me say it slowly", "happy to walk you through it
    // slowly", "I'm going to explain this very slowly". Not a question ("shall I go slowly?") or an apology.
    id: 'condescension-slowed-down',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:I'll|I will|let me|I can|I'm going to|happy to)\s+(?:go|take (?:it|this)|walk you through (?:it|this|that)|explain (?:it|this|that)|talk|speak|say (?:it|that))\s+(?:(?:really|very|extra|nice and)\s+)?slowly\b`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(String.raw`\?|\b(?:sorry|apologi[sz]e)\b`),
    rewrite: 'Explain as to an equal: "A BIC is the bank\'s code; I can fill that part in with you now."',
  },
  {
    // C2, pointing at where it was written "plainly": "which is explained quite plainly on the cancel screen", "it's
    // shown very clearly at checkout", "it's displayed prominently on the page". Not a rulebook cited (that is policy
    // language, R2), not the agent's own promise to make it clear, not a question.
    id: 'condescension-shown-plainly',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:explained|stated|written|shown|set out|spelled out|spelt out|marked|displayed|signposted|labell?ed|printed|listed)\s+(?:(?:quite|very|perfectly|really|pretty|fairly|so|extremely)\s+)?(?:plainly|prominently|obviously)\b`,
      String.raw`\b(?:explained|stated|written|shown|set out|spelled out|spelt out|marked|displayed|printed)\s+(?:quite|very|perfectly|really|pretty|fairly|extremely)\s+clearly\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|should have been|should've been|wasn't|isn't)\s+(?:[\w'-]+\s+){0,2}$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|I'll|I will|we'll|we will|let me|should have been|wasn't|weren't|isn't|aren't)\b`,
      String.raw`\b(?:terms|policy|agreement|contract|conditions|T&Cs|regulations|rules)\b`,
    ),
    rewrite:
      'Explain without pointing at what they missed: "Here\'s how cancelling works, and here\'s what I can do now."',
  },
  {
    // C2, the lecture: "you shouldn't leave the lights on overnight", "you really shouldn't take it in the bath", "you
    // must never store it in the car", "you should weigh the bag at home before you come", "you should bring ID the first
    // time", "you need to bring your own padlock", "that's what everyone else does", "like everyone else does". Not what
    // they should not have had to bear ("you shouldn't have to wait", "you shouldn't be charged"), not an offer or our
    // own duty, not a question.
    id: 'scolding-lecture',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\b(?:you|u)\s+(?:really\s+|honestly\s+|definitely\s+|just\s+)?(?:shouldn't|should not|should never|mustn't|must not|must never|ought not to|oughtn't to)\s+(?!(?:have|had|need|be|feel|worry|pay|lose|suffer|wait|go|get|receive|see|hear|face|put up|expect|bear|ever have|hesitate|apologi[sz]e|blame|miss|stress|fret|panic)\b)[a-z]+\b`,
      String.raw`\b(?:you|u)\s+(?:really\s+|always\s+|also\s+)?(?:should|need to|have to|must|ought to)\s+(?!(?:have|be|get|receive|see|hear|expect|feel|let me)\b)[a-z]+\b[^.!?]{0,50}?\b(?:the first time|next time|in future|in the future|at home before|your own|yourself\b|beforehand|before (?:coming|you come|you came|travelling|traveling|you travel|booking|you book|leaving|you leave|you set off|setting off|using|you use|you arrive|arriving))`,
      String.raw`\b(?:that's|that is|which is)\s+what\s+(?:everyone|everybody|most people|other (?:customers|people|passengers|guests|members|drivers))\s+(?:else\s+)?(?:does|do|did)\b|\blike\s+(?:everyone|everybody)\s+else\s+(?:does|has to|had to|did|do)\b|\bmost people (?:read|check|bring|book|keep|remember|know to)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|so|and|I know|I'm sure|sorry)\s+$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|we (?:should|failed|didn't)|I'll|I will|we'll|we will|let me|I can|we can|feel free|happy to|so (?:that )?(?:we|I) can|to (?:claim|get|receive|qualify))\b`,
    ),
    rewrite: 'Skip the lecture and help: "Here\'s what I can do now, and a tip that may save you trouble next time."',
  },
  {
    // C2, the class told its duty by "we recommend": "we recommend customers submit regular readings rather than waiting
    // for a large bill", "we'd advise all passengers to check in online in future", "we suggest you back up your files
    // regularly to avoid this". Not a recommendation the agent acts on, not a question.
    id: 'scolding-we-recommend',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\b(?:we|I)(?:'d| would)?\s+(?:strongly\s+)?(?:recommend|advise|suggest|encourage|urge|remind)\s+(?:that\s+)?(?:all\s+|our\s+)?(?:customers|you|passengers|users|members|residents|guests|tenants|travell?ers|drivers|patients|students|parents|account holders|policyholders)\b[^.!?]{0,80}?\b(?:rather than|instead of|to avoid|in future|in the future|next time|on future|going forward|at all times|so (?:this|that) doesn't happen)\b`,
    ),
    notAfter: guard(NEGATION_BEFORE.source, String.raw`["“][^"”]*$`),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|I'll|we'll|I will|we will)\b`,
    ),
    rewrite: 'Skip the lecture and help: "Here\'s what I can do now, and a tip that may save you trouble next time."',
  },
  {
    // B2, the customer's act with the wrong thing in it: "you paid into the wrong account reference", "you've rung the
    // wrong department", "you dropped the pin on the wrong street", "you bought the wrong adapter", "you booked a wrong
    // date". Not done to them ("you were sent the wrong size", "you've been given the wrong code"), not our act inside
    // the clause ("you ordered a medium and we sent the wrong one"), not negated, a condition, a question or owned.
    id: 'you-statement-wrong-thing',
    label: 'you_statement_blame',
    pattern: anyOf(
      String.raw`\byou(?:'ve| have| had|'d)?\s+(?:(?:just|accidentally|actually|then|also|mistakenly)\s+)?${NOT_DONE_TO}${ACT}\b${SAME_CLAUSE}{0,40}?\b(?:the|a)\s+wrong\s+[\w-]+`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|in case|unless|even if|worried|think|thought|feel|felt|say|said|says|sorry|what|where|how)\s+(?:that\s+)?$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error|end|side)|on us|not your (?:fault|mistake)|no fault of yours|easy (?:mistake|to do)|happens to (?:all|everyone)|don't worry)\b`,
    ),
    rewrite:
      'Say what happened without pinning it on them: "The payment reached another account reference; let\'s move it across now."',
  },
  {
    // B2, the customer's act done without telling anyone, or the warnings they passed over: "you arrived at 1am without
    // informing us", "you moved out without letting us know", "you cancelled without checking the dates", "you ignored
    // the warning texts we sent", "you disregarded both reminders", "you went over your data allowance by 9GB". Not done
    // to them ("you were moved without being told"), not a condition, a question or owned.
    id: 'you-statement-unannounced-or-ignored',
    label: 'you_statement_blame',
    pattern: anyOf(
      String.raw`\byou(?:'ve| have| had)?\s+(?:(?:just|then|also|simply)\s+)?${NOT_DONE_TO}${ACT}\b${SAME_CLAUSE}{0,50}?\bwithout\s+(?:first\s+)?(?:telling|informing|letting|notifying|checking|asking|contacting|calling|ringing|booking|reading|giving|warning|consulting|confirming|updating)\s+(?:us|anyone|the|our|your|any|with)\b`,
      String.raw`\byou(?:'ve| have)?\s+(?:(?:just|also|then|completely|simply)\s+)?(?:ignored|disregarded|dismissed|overlooked|skipped past)\s+(?:the|our|all|both|every|each|several|two|three|four|\d+|all of (?:the|our)|any of (?:the|our))\s+(?:[\w-]+\s+){0,2}?(?:warnings?|reminders?|texts?|emails?|letters?|notices?|messages?|alerts?|notifications?|signs?|calls?)\b`,
      String.raw`\byou(?:'ve| have)?\s+(?:exceeded|went over|gone over|ran over|run over|overshot)\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:allowance|limit|quota|cap|overdraft)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|in case|unless|even if|once|when|sorry|think|feel|say|said|says)\s+(?:that\s+)?$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error|end|side)|on us|not your (?:fault|mistake)|no fault of yours|because (?:of )?(?:our|we|the system))\b`,
    ),
    rewrite:
      'Say what happened without pinning it on them: "The late arrival wasn\'t on the booking, so the desk had one person on; I\'m sorry for how that felt."',
  },
  {
    // B2, the notice they must have had, or the look they did not take: "you would have received a reminder in May", "you'd
    // have been sent a warning letter", "it would've been in your renewal notice", "you just didn't see it", "you simply
    // didn't look", "are you sure you didn't leave it at home?", "are you sure you haven't been using more?". Not what
    // they should have had from us and did not ("you should have received…, and I'm sorry it never came"), not negated.
    id: 'you-statement-must-have-been-told',
    label: 'you_statement_blame',
    pattern: anyOf(
      String.raw`\byou(?:'d| would)(?:\s+have|'ve)\s+(?:received|been sent|been given|had|got|seen)\s+(?:a|an|one|the|two|several|our|both)\s+(?:[\w-]+\s+){0,2}?(?:reminders?|notifications?|notices?|letters?|emails?|texts?|warnings?|messages?|alerts?|invoices?|statements?)\b`,
      String.raw`\b(?:it|that|this)(?:'d| would)(?:\s+have|'ve)\s+been\s+(?:in|on)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:notification|notice|letter|email|text|statement|contract|welcome pack|confirmation)\b`,
      String.raw`\byou\s+(?:just|simply|probably|obviously|clearly)\s+(?:didn't|did not|never|haven't|have not)\s+(?:see|look|read|notice|check|spot|bother)\b`,
      String.raw`\bare you (?:sure|certain) you (?:didn't|did not|haven't|have not|weren't|were not|hadn't)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|sorry|worry|think|feel|say|said)\s+(?:that\s+)?$`,
    ),
    notInSentence: guard(
      String.raw`\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error|end|side)|on us|not your (?:fault|mistake)|no fault of yours|never (?:came|arrived|went out|sent)|didn't (?:come|arrive|go out)|wasn't sent|weren't sent)\b`,
    ),
    rewrite:
      'Say what happened without pinning it on them: "A reminder went out in May, but I can see how it was missed; here\'s what I can do now."',
  },
  {
    // B2, the customer's account contradicted with their own act: "No, you brought it back at half a tank", "Um, no, you
    // returned it on the 9th", "Well, no, you booked the 6 pm slot". Not reassurance ("no, you didn't do anything
    // wrong", "no, you won't be charged"), not our act, not a question.
    id: 'you-statement-contradicts',
    label: 'you_statement_blame',
    pattern: anyOf(
      String.raw`\bno(?<=(?:^|[.!?]\s+|(?:^|[.!?]\s+)(?:um|uh|er|erm|well|sorry|ah),?\s+)no),?\s+(?:(?:um|uh|er|erm|sir|madam|mate|love)[,.]?\s+)*you(?:'ve| have| had)?\s+${NOT_DONE_TO}(?!(?:paid|won't|will|don't|can|can't|didn't|haven't|aren't|weren't)\b)${ACT}\b`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:nothing wrong|anything wrong|not your fault|fault of yours|our (?:fault|mistake|error)|on us|we|sorry)\b`,
    ),
    rewrite:
      'Say what the record shows without contradicting them: "The return sheet shows three-quarters; let\'s look at it together."',
  },
  {
    // A4, the failure explained away by the load or by something outside: "we're currently experiencing higher than
    // normal volumes", "we're seeing unusually high demand", "the flight was overbooked", "the fleet's really stretched",
    // "the kitchen's swamped tonight", "the weather hasn't helped either", "the strikes didn't help matters", "which isn't
    // something we control", "it's affecting a number of providers", "due to works by the regional distributor". Not
    // with ownership in the sentence, not negated, a condition or a question.
    id: 'excuse-load-or-outside',
    label: 'excuse',
    pattern: anyOf(
      String.raw`\b(?:experiencing|seeing|dealing with|handling|having)\s+(?:(?:a|an)\s+)?(?:(?:much|far|significantly|slightly)\s+)?(?:(?:higher|heavier|larger|greater|bigger)\s+than\s+(?:normal|usual|expected|average)|(?:unusually|exceptionally|very|extremely|particularly|really)\s+(?:high|heavy|large))\s+(?:(?:call|chat|email|order|contact|booking|customer)\s+)?(?:volumes?|demand|traffic|numbers?|number of (?:calls|contacts|enquiries|queries|requests|orders|bookings))\b`,
      String.raw`\b(?:was|were|is|are|got|had been|has been|have been)\s+(?:(?:massively|heavily|badly|completely|totally|just)\s+)?(?:overbooked|oversold|oversubscribed)\b`,
      String.raw`\b(?:fleet|team|kitchen|warehouse|depot|branch|office|store|shop|workshop|site|network|line|crew|floor|ward|desk|lab|garage|yard|rota|hub|restaurant|hotel|surgery|clinic|call centre|call center)'s\s+(?:(?:really|very|so|a bit|quite|pretty|completely|totally|massively|just|been)\s+)*(?:stretched|swamped|snowed under|short-staffed|understaffed|overloaded|overwhelmed|rammed|slammed|flat out)\b`,
      String.raw`\b(?:hasn't|has not|haven't|have not|didn't|did not|isn't|is not|aren't|are not|wasn't|weren't)\s+(?:exactly\s+|really\s+)?help(?:ed|ing)?\s+(?:either|matters|things|the situation)\b`,
      String.raw`\b(?:isn't|is not|wasn't|was not|aren't|are not)\s+(?:something|anything)\s+(?:that\s+)?(?:we|I)\s+(?:can\s+|could\s+|have any\s+)?(?:control|influence|have (?:any )?control over)\b`,
      String.raw`\b(?:affects|affecting|affected|hits|hitting|has hit|impacts|impacting|has impacted)\s+(?:a number of|many|several|lots of|all|most|a lot of)\s+(?:other\s+)?(?:apps|providers|banks|retailers|airlines|companies|networks|operators|suppliers|businesses|firms|carriers|couriers)\b`,
      String.raw`\b(?:due to|caused by|because of|down to|the result of)\s+(?:[\w-]+\s+){0,4}?by\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:distributor|network operator|grid|supplier|contractor|subcontractor|council|utility|manufacturer|courier|carrier|airline|landlord|third party|partner|provider|operator|authority)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|unless|when)\s+(?:[\w'-]+\s+){0,3}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:on us|our (?:fault|mistake|error|responsibility)|no excuse|not an excuse|should have|shouldn't have|you(?:'re| are))\b`,
    ),
    rewrite:
      'Own it instead of explaining it away: "That shouldn\'t have happened, and here is what I\'m doing about it now."',
  },
  {
    // R6, the no said as inability or a closed door, with nothing offered: "we are therefore unable to reduce it at this
    // time", "I'm not able to comp drinks tonight", "we won't be refunding", "that's his final answer", "six months isn't
    // something we do", "it's not something we offer". With an alternative anywhere in the reply it is only a no.
    id: 'refusal-unable-or-closed',
    label: 'refusal_rigid',
    pattern: anyOf(
      String.raw`\b(?:we|I)(?:'re| are|'m| am)\s+(?:therefore\s+|currently\s+|sadly\s+|unfortunately\s+|afraid\s+(?:we're|I'm|we are|I am)\s+)?(?:unable|not able)\s+to\s+(?:reduce|lower|amend|adjust|offer|give|provide|comp|refund|waive|accept|honou?r|extend|move|transfer|cancel|remove|reverse|reimburse|authori[sz]e|approve|compensate|change|do|make|agree|grant|allow|discount|match|exchange|replace|release)\b`,
      String.raw`\b(?:we|I)\s+(?:won't|will not)\s+be\s+(?:refunding|offering|issuing|waiving|reimbursing|compensating|paying|accepting|changing|reducing|removing|reversing|crediting|replacing|exchanging|extending|making (?:an exception|any exceptions?))\b`,
      String.raw`\b(?:that's|that is|it's|it is|this is)\s+(?:his|her|their|our|the|my|a)\s+final\s+(?:answer|word|decision|position|offer)\b`,
      String.raw`\b(?:isn't|is not|aren't|are not|it's not|that's not)\s+something\s+(?:we|I)\s+(?:do|offer|allow|provide|can do|can offer|permit|support)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|unless|when|so that|which|that)\s+(?:[\w'-]+\s+){0,3}$`,
      String.raw`\b(?:say|says|said|told you|were told|claim|claims)\s+(?:that\s+)?(?:[\w'-]+\s+){0,2}$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:no longer|if I'm following|if I understand|so you're saying|just to check|sworn at|shouted at|spoken to like|until|unless|while|when you|once)\b`,
    ),
    notInReply: guard(ALTERNATIVE),
    rewrite: 'Lead with what you can do: "I can\'t refund it, and here is what I can do instead: …"',
  },
] as const satisfies readonly LintRule[];
