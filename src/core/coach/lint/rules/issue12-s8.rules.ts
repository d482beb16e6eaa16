import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';
import { DISPARAGE } from '../lexicon.ts';
import { NEGATION_BEFORE } from '../text-scan.ts';
import { OWNED_LAPSE } from './empathy.rules.ts';
import { ALTERNATIVE } from './generalized.rules.ts';

/*
 * Session 8 families (issue #12), each written from a grammatical shape that several writers used (writers S, T and V
 * training parts beside dev, the blind even half, writer-r's tuned part and rounds 1–3) and checked on parts not studied
 * (writer U, the check parts of writers R, S, T and V, and writers W and X). Each names a clause shape and what in the
 * sentence turns it into something else.
 */

// The customers as a class, the way a lecture addresses them ("we'd always advise customers to…", "students are
// expected to…").
const CLASS = String.raw`(?:customers|guests|parents|students|patients|members|policyholders|policy holders|clients|drivers|passengers|tenants|residents|users|owners|travell?ers|cardholders|account holders|carers|homeowners|hirers|renters|applicants|learners|buyers|borrowers|subscribers|pupils|visitors|bill ?payers|business customers|landlords|occupants|leaseholders|employers|employees|staff)`;
// What a customer is told to do for themselves: read, check, keep, tell us, report, allow, book, measure, make sure.
const DUTY = String.raw`(?:read|check|keep|tell|inform|notify|let us know|report|allow|book|measure|make sure|ensure|follow|submit|send|provide|update|raise|request|take|give|pay|register|back up|lock|review|monitor|contact|arrive|bring|plan|use|put|set|attend|complete|familiari[sz]e|diarise|diarize|consider|note|remember|double-check|confirm|manage|meet|sort|ask|get|clear)`;

// A3: a team or role inside the company (not an outside party: couriers, drivers, contractors and suppliers are the excuse
// rules' business), named as the subject.
const INSIDE_TEAM = String.raw`(?:(?:the|our|that|this|some of (?:our|the)|one of (?:our|the))\s+(?:[\w'-]+\s+){0,2}?(?:team|department|dept|desk|office|line|staff|side|lads|handlers?|officers?|agents?|advis[eo]rs?|reps?|managers?|engineers?|technicians?|packers?|pickers?|invigilators?|markers?|assistants?|porters?|cleaners?|receptionists?|tutors?|cell)|(?:marketing|finance|admissions|reception|scheduling|subscriptions|billing|accounts|payroll|dispatch|operations|ops|head office|sales staff|store staff|shop staff|till staff|managers here))`;
// What they did wrong, in the plain past or as a habit: the wrong or old thing used, a slip (forgot, missed, mislabelled,
// mixed up, lost, oversold), a step not done, what they should have done, always slow or behind, not talking to each
// other.
const SLIP = String.raw`(?:(?:picked|used|sent|put up|uploaded|entered|ran|added|set up|marked|closed|handed out|sold|coded|migrated|applied|charged|billed|posted|quoted|booked|issued|processed|keyed|loaded|packed|labell?ed|shipped|printed|allocated|filed|pushed|pulled|cancell?ed)\b[^.!?,;]{0,30}?\b(?:the wrong|an? (?:old|wrong|out-of-date)|the old|old|last (?:week|month|year)'s|twice|by mistake|in error|wrongly|incorrectly|without (?:checking|asking|telling|action|attempting|testing|a proper|being)|too early)|(?:forgot|forget|forgets|missed|ignored|mislabell?ed|mixed (?:[\w-]+ ){0,2}up|(?:been )?mixing (?:[\w-]+ ){0,2}up|lost|overlooked|misread|misheard|rushed|oversold|overbooked|double-booked|cut corners|dropped the ball)\b|(?:didn't|did not|hasn't|haven't|hadn't|failed to|never) (?:update|check|set up|clear|record|process|escalate|chase|pass|log|action|read|note|flag|file|look at|follow up)\b|(?:should have|should've|shouldn't have) (?:\w+ed|done|sent|issued|told|given|caught|spotted|picked|made)\b|(?:are|is|were|was|'re|'s) (?:(?:always|very|way|so|really|pretty|notoriously|often)\s+)+(?:slow|behind|late|chaotic|disorganised|disorganized)\b|(?:don't|doesn't|do not|does not) (?:talk to each other|follow up on anything|communicate)\b)`;

// A4: the outside party or thing a failure is handed to (beyond OUTSIDE_PARTY in generalized.rules.ts): a supplier, a
// manufacturer, a provider, a partner, a network, a scheme, an airport, an agency, a council, a regulator, a library.
const OUTSIDER = String.raw`(?:(?:the|a|an|our|their|your)\s+(?:[\w'-]+\s+){0,3}?(?:suppliers?|manufacturers?|providers?|vendors?|partners?|partner (?:company|firm)|librar(?:y|ies)|card (?:scheme|network)|networks?|schemes?|processors?|couriers?|airports?|operators?|authorit(?:y|ies)|agenc(?:y|ies)|council|regulator|freeholder|contractors?|subcontractors?|handlers?|print house|house|firm|company|examiner|exam board|wholesaler|app store)(?:'s)?)`;

export const ISSUE12_S8_RULES = [
  {
    // C2, the lecture addressed to customers as a class or as a standing duty (writers S, T, V; rounds 1–3 have it too):
    // the advice given to everyone ("we'd always advise customers not to…", "we would gently remind passengers that…",
    // "we continually remind customers never to…", "we would always advise keeping receipts"), the duty put on the class
    // ("students are expected to check…", "patients are responsible for keeping…", "clients are advised to read…"), the
    // duty said to be theirs ("it's up to you to read…", "it is the hirer's responsibility to…", "it's the responsibility
    // of students to…"), the rule there for a reason, and the pointed "you shouldn't have done that", "so you should have
    // known", "you should really…". Not advice the customer asked for, not a duty that is ours, not a negation or a question.
    id: 'scolding-class-duty',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\bwe(?:'d| would| do| did)?(?:\s+(?:always|also|gently|strongly|continually|constantly|really|generally|would|repeatedly|regularly|politely|kindly))*\s+(?:advise|remind|encourage|ask|recommend|urge|suggest|tell|warn)s?\s+(?:all\s+|our\s+|any\s+)?${CLASS}\s+(?:that|to|not|never|always)\b`,
      String.raw`\bwe(?:'d| would)\s+(?:always|strongly|generally)\s+(?:advise|recommend|suggest|encourage)\s+(?:against\s+)?\w+ing\b`,
      String.raw`\b${CLASS}\s+(?:are|were|is)\s+(?:(?:always|also|clearly|all|therefore|generally|normally|of course)\s+)?(?:expected|required|responsible|advised|told|reminded|asked|encouraged|obliged)\s+(?:to|for)\s+(?:\w+\s+)?(?:${DUTY}\w*)\b`,
      String.raw`\b(?:it's|it is|that's|that is)\s+(?:really\s+|entirely\s+|ultimately\s+|solely\s+)?(?:up to (?:you|the [\w-]+|${CLASS})|(?:your|the [\w-]+(?:'s|s'))\s+(?:own\s+)?(?:responsibility|job|duty)|the responsibility of (?:the\s+)?[\w-]+)\s+to\s+(?!(?:decide|choose|pick|say|let us know|tell us what|opt)\b)`,
      String.raw`\b(?:there|in (?:the|our|your) (?:agreement|terms|rules|contract|handbook|policy|lease|guidance))\s+for a (?:good )?reason\b`,
      String.raw`\byou\s+(?:really\s+)?(?:shouldn't|should not)\s+have\s+(?!(?:had|been|needed|got|to|received|experienced|noticed|seen|heard|faced)\b)(?:\w+ed|done|given|let|bought|driven|thrown|put|made|taken|gone|eaten|said|spoken|told|shut|cut|set|hit|run|rung|lent|shared)\b`,
      String.raw`\bso\s+you\s+(?:really\s+)?should(?:'ve| have)\s+(?:known|read|checked|asked|kept|waited|listened|called|told|paid|booked)\b`,
      String.raw`\byou\s+should\s+really\s+(?!(?:have\s+)?(?:received|got|had|heard|hear|get|receive|see|be (?:able|reimbursed|refunded|compensated|paid|credited|entitled))\b)\w+`,
      String.raw`\byou\s+should\s+(?:really\s+)?be\s+(?:using|ventilating|boiling|checking|keeping|reading|locking|monitoring|doing|taking|backing|submitting|sending|setting|following|turning|switching|paying|storing|cleaning|charging|updating|watching)\b`,
      String.raw`\bit\s+would(?:'ve| have)\s+(?:(?:been\s+(?:better|easier|quicker|simpler|wiser|more helpful|helpful|sensible))|helped)\s+(?:if\s+you|had\s+you|to\s+(?:${DUTY}\w*|let|have|call|ring))\b`,
      String.raw`\bif\s+you(?:'d| had)\s+(?:just\s+|only\s+|actually\s+)?\w+\b[^.!?]{0,40}?\b(?:like|as)\s+(?:(?:I|we|the [\w-]+)\s+(?:asked|said|told you|suggested|advised|says|said to)|everyone else|everybody else|you were (?:told|asked|advised))\b`,
    ),
    // Not negated, not a condition or a question, not inside quoted or reported speech.
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|why|how)\s+(?:[\w'-]+\s+){0,1}$`,
      String.raw`["“][^"”]*$|\b(?:told|said|says|saying|claimed|heard)\s+(?:(?:you|me|us)\s+)?(?:that\s+)?$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:wrong of us|our (?:fault|mistake|error|responsibility|job)|on us|we should(?:'ve| have)|I should(?:'ve| have)|sorry|apologi[sz]e|not your (?:fault|job|responsibility))\b`,
      // Policy cited ("our terms state that account holders are responsible…") is R2, and behaviour asked for is L2/B1.
      String.raw`\b(?:terms|policy|agreement|conditions|contract|rules) (?:state|states|say|says|require|requires|set out)\b|\b(?:agitated|shout\w*|abusive|abuse|swear\w*|calm|rude|language|tone|aggressive)\b`,
    ),
    rewrite: 'Skip the lecture and help: "Here\'s what I can do now, and a tip that may save you trouble next time."',
  },
  {
    // C2, talking down by presuming what the customer fails to grasp (writers S, T, V; rounds 1–3 beside them): the
    // understanding presumed ("as I'm sure you'll appreciate", "I'm sure you understand that…", "as most customers will be
    // aware"), the misunderstanding pinned on them ("I don't think you quite understand how…", "you may have misunderstood
    // how…", "you may not be familiar with…", "that's not how it works", "I think you'll find…"), the explanation dumbed
    // down ("I'll keep this as simple as possible", "in terms you'll understand", "let me explain slowly", "let's start
    // from the very beginning, shall we"), the point said to be plain already ("clearly marked", "documented pretty
    // clearly", "made this perfectly clear", "the app's very clear about…"), the norm they are out of step with ("like
    // every other hotel", "same as nearly every car", "which everyone attends", "everyone's heard of it"), and the crowd
    // who get it wrong ("you'd be amazed", "which trips a lot of people up", "a lot of people don't realise", "a common
    // misunderstanding"). Not negated, not an apology or owned lapse, not a question about what they know.
    id: 'condescension-presumed-grasp',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:as )?I'm sure you(?:'ll| will| can| would)?\s+(?:(?:fully|already|of course)\s+)?(?:appreciate|understand|agree|know|realise|realize|be aware|recognise|recognize)\b|\bas (?:most|any|all) (?:customers|people|passengers|clients|members|students|patients|drivers|tenants|travell?ers|owners) (?:will|would|should) (?:be aware|know|appreciate|understand)\b`,
      String.raw`\bI (?:don't|do not) think you (?:quite |fully |really |actually )?(?:understand|realise|realize|appreciate|get)\b|\byou (?:may|might) (?:have misunderstood|have misread|not (?:be familiar|fully understand|quite understand|understand|realise|realize|be aware))\b|\b(?:that's|that is|this is|it's) (?:just |simply )?not how (?:it|this|that) works\b|\bI think you'll find\b`,
      String.raw`\b(?:keep (?:this|it) (?:as )?simple(?: as possible)?(?: for you)?|(?:put|explain) (?:this|it) in (?:terms|words) you(?:'ll| will| can)? understand|in terms you(?:'ll| will| can)? understand|explain (?:this |it |that )?(?:again )?(?:very )?slowly|(?:start|go back to) (?:from )?the (?:very )?beginning,? shall we)\b`,
      String.raw`\b(?:very |pretty |perfectly |quite |really |fairly )?clearly (?:marked|labell?ed|listed|displayed|signposted|shown|printed|documented|set out|stated|explained|written|highlighted)\b|\b(?:documented|explained|displayed|signposted|printed|labell?ed|highlighted) (?:very |pretty |perfectly |quite |really |fairly )clearly\b|\bmade (?:this|it|that) (?:perfectly|abundantly|very|quite|crystal) clear\b|\b(?:very|pretty|perfectly|really|super) clear (?:about|on)\b`,
      String.raw`\b(?:like|same as|just like|as with) (?:in )?(?:nearly |almost |pretty much |literally )?every (?:other )?[\w-]+(?: [\w-]+)?(?=\s*(?:[.!,;]|$))|\blike (?:everywhere|anywhere) else\b|\b(?:which|that) everyone (?:attends|gets|knows|has|reads|uses)\b|\beveryone(?:'s| has) heard of (?:it|them|this|that)\b|\beveryone has\.`,
      String.raw`\byou'd be (?:amazed|surprised)(?=\s*(?:[.!]|$|how many))|\btrips (?:a lot of|lots of|many|some|most) (?:people|customers|users|drivers|students) up\b|\b(?:a lot of|lots of|many|most) (?:people|customers|users|owners|drivers|students|tenants) (?:don't|do not|never) (?:realise|realize|read|notice|check|remember|know)\b|\bpeople don't always (?:notice|realise|realize|read|check)\b|\ba (?:very )?common (?:misunderstanding|misconception)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|why|how)\s+(?:[\w'-]+\s+){0,1}$`,
      String.raw`["“][^"”]*$|\b(?:told|said|says|saying|claimed|heard)\s+(?:(?:you|me|us)\s+)?(?:that\s+)?$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|wrong of us|we should(?:'ve| have)|I should(?:'ve| have)|should have been|wasn't|isn't|weren't|aren't|not as|could be clearer|easy to miss|confusing)\b`,
    ),
    rewrite: 'Explain without talking down: "Here\'s how it works, and here\'s what I can do now."',
  },
  {
    // B2, the fault put on the customer as a guess, a cause or a record (writers S, T, V beside rounds 1–3; W and X ids
    // ≤ 150): the guess at what they did ("you may have opened the box…", "you'll have typed it in wrong", "you might have
    // signed for all six", "you probably didn't hear the door", "you may be entering an old passcode"), the you-clause
    // that is the cause ("you were shouting, that's why the call ended", "you took four weeks to return the forms, so
    // that's why", "if you didn't level the feet, that's why"), the record read out against them ("our records show you
    // changed your address only after…", "…according to the driver"), and their manner judged in the past or as a
    // pattern ("you were being aggressive towards our staff", "you've been talking over me", "you're not letting me get
    // a word in"). Not a guess at what they received or saw, not the reason for our remedy ("that's why I've credited…"),
    // not a record that backs them ("our records show you paid on time"), not an apology, a question or a negation.
    id: 'you-statement-guess-cause-record',
    label: 'you_statement_blame',
    pattern: anyOf(
      String.raw`\byou(?:'ll| will| may| might| must)(?:\s+not)?\s+have\s+(?:(?:just|accidentally|already|also|inadvertently)\s+)?(?!(?:been|had|got|received|heard|seen|noticed|saved|helped|spotted|caught|found|needed|wanted|expected|deserved|earned|requested|asked|called|contacted|emailed|reported|applied|paid|tried|visited|spoken|wondered|worried|experienced|suffered|read|already|questions)\b)(?:\w+ed|typed|given|put|left|sent|chosen|taken|set|broken|made|done|bought|hit|signed|forgotten|run|driven|thrown|let)\b`,
      String.raw`\byou probably (?:didn't|did not|hadn't|had not|haven't|weren't|forgot|missed|left|pressed|entered|typed|used)\b|\byou (?:may|might|could) (?:still )?be (?:entering|typing|using|logged into|looking at|pressing|clicking|dialling|dialing|ringing) (?:an? |the )?(?:old|wrong|different|incorrect|expired|previous|outdated)\b`,
      String.raw`\byou(?<=(?:^|[.!?]\s+|\n|(?:^|[.!?]\s+)(?:well|look|sir|madam|ma'am|yeah|still|honestly|okay|ok),?\s+)you)\b[^.!?]{3,80}?[,;—-]\s*(?:so\s+|and\s+)?(?:that's|that is|which is|this is|which was) (?:(?:exactly|precisely|probably|likely|partly|part of) )?(?:why|the reason)\b`,
      String.raw`\bif you (?:didn't|did not|haven't|hadn't|weren't|don't)\b[^.!?]{0,60}?,?\s*(?:then\s+)?(?:that's|that is|that'll be|that would be|that'd be) (?:why|the reason|the problem)\b`,
      String.raw`\b(?:our|the) (?:records|system|logs?|notes) (?:show|shows|indicate|indicates|confirm|confirms) (?:that )?(?:you|your (?:[\w-]+ )?(?:payment|reading|application|form|return|claim|request|son|daughter|admin|team|card|booking|order)) (?!(?:paid|were|was|have been|are|called|reported|raised|told us|contacted)\b)|\byou\b[^.!?]{5,80}\baccording to (?:our records|the (?:driver|engineer|surveyor|courier|technician|inspector|crew|log|system|bailiff|officer))\b`,
      // The fault read off the account ("looks like you cancelled after the billing date", "it looks like you didn't
      // export your templates"), done too late ("you reported it more than 24 hours after delivery", "you paid a day
      // after the due date"), or done by them ("the mirror was packed by yourself").
      String.raw`\b(?:it )?(?:looks|seems|appears) (?:like |as though |as if |that )?(?:you|u) (?:(?:didn't|did not|haven't|hadn't|never) (?!(?:receive|get|hear|see|get through)\b)|forgot|missed|cancell?ed|signed up|selected|chose|picked|entered|typed|ticked|clicked|opted|used)\w*|\byou(?:'ve| have)?\s+(?:also\s+|only\s+)?(?:\w+ed|sent|paid|made|put|gave)\b[^.!?]{0,50}\b(?:after the (?:deadline|cut-?off|due date|billing date|renewal date|closing date)|more than (?:\d+|a|an|one|two|three|24|48) (?:hours?|days?|weeks?) after|(?:only )?after the (?:first|card|letter|parcel) had)\b|\b(?:packed|fitted|installed|assembled|arranged|booked|chosen|selected) by yourself\b`,
      String.raw`\byou(?:'re| are|'ve been| have been| were| was)\s+(?:being\s+)?(?:(?:very|quite|really|extremely|so|a bit|rather|pretty)\s+)?(?:loud|toxic|nasty|aggressive|abusive|rude|hostile|threatening|talking over me|not letting me (?:get a word in|finish|speak|help))\b|\byou(?:'ve| have) been talking over\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|sorry|worry|worried|think|feel|felt|say|said|told|know|understand|and)\s+(?:that\s+)?$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|^\W*(?:so|ok(?:ay)?|right),? you\b|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error|end|side)|on us|not your|no fault of yours|through no fault|wrong of us)\b|\b(?:why|reason) (?:I|I've|I'm|I'll|I have|we've|we have|we're|we'll)\b|\bwhy you(?:'re| are| feel| were| felt) (?:upset|angry|frustrated|annoyed|worried|cross|disappointed)\b|\b(?:so|and) (?:I|we)(?:'ve| have| will|'ll) (?:refund|credit|remove|cancel|waive|correct|reverse)\w*\b`,
    ),
    rewrite:
      'Say what happened without pinning it on them: "The reading arrived after the bill was made; let\'s put it right now."',
  },
  {
    // A3, a team or role inside the company named as the one who slipped (writers S and W beside writer-r, rounds 1–3):
    // "the payments team picked the wrong account", "the warehouse used an old label", "our packing team has been mixing
    // up labels", "the admissions officer missed your documents", "our bereavement team didn't update every system",
    // "admissions should have issued it weeks ago", "the back office is always slow with these", "the install team and
    // the service team don't talk to each other"; and the fault handed to them ("that's on them, not us", "their area,
    // not mine", "the billing department's job"). Not an apology or a reply that owns the lapse, not a condition, a
    // question, the customer's account told back or a negation.
    id: 'blame-inside-slipped',
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`\b${INSIDE_TEAM}(?:\s+(?:who|that)\s+[^.!?,;]{1,30}?)?(?:\s+(?:here|there|clearly|obviously|just|always|probably|apparently|unfortunately|frankly|honestly|really|also|then|originally|sometimes))*\s+(?:(?:has|have|had)\s+(?:been\s+)?)?${SLIP}`,
      String.raw`\b(?:that's|it's|that is|it is)\s+(?:honestly\s+|really\s+)?(?:on them|them),?\s+not (?:on )?(?:us|me)\b|\btheir (?:area|department|call|job|side|problem),?\s+not (?:mine|ours|me|us)\b|\b(?:the|our) [\w-]+ (?:team|department|dept)'s (?:job|area|problem|fault|mess)\b`,
      String.raw`\b(?:issued|handled|run|made|decided|done|managed|dealt with|set|owned|controlled|updated|pushed|sorted) by (?:a |an |the |our )?(?:different|separate|other|another|[\w-]+) (?:[\w-]+ )?(?:team|department|dept|side|cell|crowd|unit)\b[^.!?]{0,40}?\b(?:not (?:us|me|mine|ours|my)\b|take it up with them)|\b(?:that's|it's|that is|it is) (?:a |another |the )?(?:different|separate|other) (?:team|department|dept)(?:'s)?(?: (?:job|area|problem|call|responsibility|issue))?,? not (?:us|me|mine|ours)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|when|whether|make sure|ensure|sorry|apologi[sz]e|regret|feel|felt|say|said|says|think|thought|claim|claims|told|that|so)\s+(?:that\s+)?(?:[\w'-]+\s+){0,1}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|^\W*(?:so|ok(?:ay)?|right|just to (?:check|confirm)|to confirm),? you\b|\byou(?:'re| are) saying\b|\b(?:I'll|I will|I've|I have|let me|I'm (?:passing|sending|chasing|escalating))\b[^.!?]{0,40}\b(?:to them|on to|over to|with them|for you)\b|\b(?:contractors?|suppliers?|couriers?|landlords?|council|airline|restaurant|partner|third[- ]party|manufacturer)\b`,
    ),
    notInReply: guard(OWNED_LAPSE),
    rewrite: 'Own it instead: "That\'s on us, and I\'m going to put it right."',
  },
  {
    // R6, the flat no with nothing offered anywhere in the reply (writers S, T, V, W, X beside rounds 1–3): what we will not
    // do, with any verb ("we don't restore ranked points", "we are therefore unable to issue a refund", "we won't be
    // paying for it", "we will not be taking the matter further"), the decision said to stand ("the rejection stands",
    // "the charge has been reviewed and will stand", "the claim stays declined", "no reduction will be made", "we consider
    // this matter closed", "end of story", "those are the rules"), and the passive no ("the order can't be reinstated",
    // "extensions aren't given for bereavement", "deposits are never refunded", "you're not eligible for a refund").
    // Anything offered instead (ALTERNATIVE) makes it a no with an alternative; not a boundary about abuse, a question, a
    // condition, reported speech or the customer's situation told back.
    id: 'refusal-flat-decision',
    label: 'refusal_rigid',
    pattern: anyOf(
      String.raw`\b(?:I|we)(?:'re| are|'m| am)?\s+(?:therefore\s+|still\s+|simply\s+|afraid (?:I|we)\s+)?(?:can't|cannot|can not|won't|will not|don't|do not|unable to|won't be|will not be)\s+(?:be\s+)?(?:(?:able to|really)\s+)?(?:refund\w*|issu\w*|offer\w*|transfer\w*|restor\w*|run|cancel\w*|revers\w*|accept\w*|accommodat\w*|swap\w*|delay\w*|hold|releas\w*|consider\w*|reinstat\w*|lift\w*|reopen\w*|chang\w*|extend\w*|waiv\w*|pay\w*|giv\w*|allow\w*|return\w*|keep\w*|process\w*|recall\w*|tak\w* (?:the|this|any|it|your) (?:matter|complaint|action|claim|further)|tak\w* (?:any )?further action|do (?:discounts|refunds|freezes|exceptions|cancellations)|upgrad\w*|backdat\w*|compensat\w*|releas\w*|overturn\w*|let you)\b`,
      String.raw`\b(?:the|that|this|your) (?:[\w-]+ )?(?:decision|rejection|charge|deadline|recharge|mark|ban|claim|price|fee|balance|invoice|objection|restriction|refusal|outcome|assessment|penalty|fine|bill) (?:(?:still|therefore|now)\s+)?(?:stands|will stand|remains (?:due|in place|unchanged|declined)|stays (?:declined|in place|restricted|closed)|is (?:therefore )?(?:declined|upheld)|has been upheld|(?:will not|won't) be (?:reconsidered|changed|reviewed|removed|lifted))\b|\b(?:has been reviewed and|and) will stand\b|\bno (?:reduction|refund|compensation|exception|further action|adjustment|change)s? (?:will be|is|are) (?:made|due|given|possible|offered|taken)\b|\b(?:we|I) consider (?:this|the) (?:matter|complaint|case) (?:closed|resolved)\b|\b(?:end of story|that's just how it is|those are the rules|rules are rules|the room is the room|the new price applies|that's fixed)\b|\b(?:is|are) (?:therefore )?(?:declined|forfeited|non-negotiable)\b|\bnot possible now\b|\byou(?:'re| are) not eligible\b`,
      String.raw`\b(?:can't|cannot|can not|won't|will not) be (?:returned|lifted|reinstated|recalled|exported|released|restored|extended|reversed|reopened|changed|offered|made|kept|issued|cancell?ed|moved|refunded)\b|\b(?:aren't|isn't|are not|is not|are never|is never) (?:given|accepted|offered|refunded|returned|issued|granted)\b`,
    ),
    notAfter: guard(
      String.raw`\b(?:if|whether|unless|when|so that|make sure|no matter|which|that|not|never)\s+(?:[\w'-]+\s+){0,3}$`,
      String.raw`\b(?:say|says|said|told you|were told|claim|claims)\s+(?:that\s+)?(?:[\w'-]+\s+){0,2}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:called|name-calling|abus\w*|swear\w*|insult\w*|sworn at|shouted at|spoken to like|while you(?:'re| are)|if I'm following|so you're saying|just to check|no longer|until (?:you|we|I|the)|yet|without (?:checking|asking|a|your)|but)\b`,
      // The decision said to stand because a rulebook says so is policy language (R2): "…, so the invoice stands".
      String.raw`\b(?:terms|policy|conditions|regulations|agreement|contract)\b[^.!?]*\bstands\b`,
    ),
    notInReply: guard(ALTERNATIVE),
    rewrite: 'Lead with what you can do: "I can\'t change that, and here is what I can do instead: …"',
  },
  {
    // A3, joining in with the customer against the company (writers S, T, V, W beside rounds 1–3): agreement said
    // outright beside a put-down in the same sentence ("agreed, our delivery estimates are basically made up", "it's hard
    // to disagree, our prices are daylight robbery", "you're spot on, QA here is pretty much non-existent", "I won't
    // defend it — … completely inadequate", "it's a farce, I'm with you", "not gonna lie, our sales demos are pretty
    // misleading"), and the agent's own grievance shared ("we ask ourselves the same thing", "we're fed up with them
    // ourselves", "I've been telling my boss for ages", "I get complaints about them every day", "doesn't surprise me",
    // "that's classic us", "I'd leave us too", "the left hand doesn't know what the right is doing", "nobody here knows
    // what they're doing", "embarrassed by my own colleagues"). Not agreement with what the customer needs or with our
    // own failure put right, not a negation, a question or quoted speech.
    id: 'sympathy-agree-and-join-in',
    label: 'sympathy_agreement',
    pattern: anyOf(
      String.raw`\b(?:I (?:totally |completely |entirely |fully |honestly )?agree|agreed|it's hard to disagree|I (?:don't|can't) disagree|can't deny (?:it|that)|you're (?:spot on|dead right|not far wrong|not wrong)|you won't hear me arguing|I couldn't have put it better|fair point|I'll give you that|I won't pretend otherwise|I won't defend (?:it|that|them)|(?:completely |totally )?with you on (?:that|this)(?: one)?|I'm with you|sadly true|not (?:gonna|going to) lie|you're not the only one)\b`,
      String.raw`\b(?:we|I) ask (?:ourselves|myself) (?:the same|that)\b|\bdrives us (?:mad|crazy|up the wall) too\b|\bwe're (?:fed up|sick|tired) (?:with|of) (?:them|it|him|her) (?:ourselves|too)\b|\bI(?:'ve| have) (?:been telling|told|said so to|said it to|raised it with) my (?:boss|manager|team leader|supervisor)(?: for (?:ages|months|years))?\b|\bI(?:'ve| have) said so (?:internally|to my manager)\b|\bwe were all saying it\b|\b(?:I|we) (?:get|hear) (?:complaints about (?:them|it|him|her)|this) (?:every day|all day|daily|all the time)\b|\b(?:it )?doesn't surprise me\b|\bthat's classic us\b|\bI'd leave us too\b|\beven I get lost\b|\bI won't use (?:them|it) myself\b|\bembarrassed by my own colleagues\b|\bI (?:honestly )?can't believe some of our\b|\bthe left hand doesn't know what the right\b|\bnobody here knows what\b|\bembarrassing to work for\b|\bone of the worst I've worked for\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|when)\s+(?:[\w'-]+\s+){0,1}$`,
      String.raw`["“][^"”]*$`,
    ),
    // The agreement counts only beside a put-down of the company, its staff or its prices in the same sentence.
    inSentence: guard(
      String.raw`\b(?:ask (?:ourselves|myself)|drives us|fed up|sick of|tired of|my (?:boss|manager|team leader|supervisor)|internally|all saying|complaints about|doesn't surprise|classic us|leave us too|even I|myself|my own colleagues|some of our|left hand|nobody here|work for|worked for)\b|${DISPARAGE}|\b(?:shambol\w*|con|scam|joke|farce|disgrace\w*|grim|outrageous|criminal|daylight robbery|made up|misleading|mess|pants|gross|ridiculous|terrible|poor show|embarrass\w*|shocking|inadequate|non-existent|break more|cash machines|cares about|cowboys|falling apart|all over the place|a maze|awkward|daft|robbery|rip-?off|greedy|broken)\b`,
    ),
    notInSentence: guard(
      String.raw`\?|\bwith you on (?:wanting|needing|getting|the need|having)\b|\b(?:being called|not comfortable)\b|\byou(?:'re| are| feel| felt| were) (?:upset|angry|frustrated|annoyed|worried|cross|disappointed|fuming)\b|\b(?:I've|I have|I'll|I will|we've|we have) (?:refunded|fixed|corrected|credited|cancelled|booked|arranged)\b`,
    ),
    rewrite:
      'Acknowledge without joining in: "I can see why you\'re frustrated, and I\'m going to get this sorted for you."',
  },
  {
    // C2, the told-you-so (rubric C2 misses on the tuned-on conversations, beside writers S, T and V): the counterfactual
    // that puts the outcome on them ("if you'd submitted readings like you're supposed to, this wouldn't have happened",
    // "if you had, the payments would have stopped"), "like you're supposed to", and the bare order to go and read it
    // ("Read them.", "Check the email."). Not owned, apologised for, negated, a question or quoted.
    id: 'scolding-told-you-so',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\bif you(?:'d| had)\s+(?:(?:just|only|actually)\s+)?(?!been\b)(?:\w+ed|sent|read|kept|done|paid|brought|taken|given|written|made|put|left|rung|told|got|set)\b[^.!?]{0,80}?,\s*(?:then\s+)?(?:this|it|that|the [\w-]+|we|they|none of this)\s+(?:wouldn't|would not|would(?:'ve| have)|'d have|'d not|would never)\b|\bif you had,\s+(?:the|it|this|that|they|we|you)\b[^.!?]{0,40}\bwould(?:'ve| have| not have|n't have)\b`,
      String.raw`\blike you(?:'re| are| were) (?:supposed|meant|asked|told|required) to\b`,
      String.raw`\b(?:read|check)(?<=(?:^|[.!?]\s+)(?:read|check)) (?:them|it|the (?:terms|rules|small print|email|letter|instructions|manual|guide|FAQs?|T&Cs))(?=\s*[.!](?:\s|$)|\s*$)`,
    ),
    notAfter: guard(NEGATION_BEFORE.source, String.raw`["“][^"”]*$`),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|wrong of us|we should(?:'ve| have)|I should(?:'ve| have))\b`,
    ),
    rewrite: 'Skip the lecture and help: "Here\'s what I can do now, and a tip that may save you trouble next time."',
  },
  {
    // C2, the answer capped with a tag that mocks ("Well, receipts are important, aren't they.", "Well, if you had, the
    // payments would have stopped, wouldn't they.") and the problem shrunk by the crowd ("you're not the only passenger
    // with a lost bag today"). Not a real question asked, not an apology.
    id: 'condescension-mocking-tag',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:isn't|aren't|wasn't|weren't|wouldn't|doesn't|don't|didn't|won't|haven't|hasn't|shouldn't|can't) (?:it|they|you|we|he|she|there)(?<=(?:^|[.!?]\s+)(?:well|look|so),[^.!?]{5,120},\s+\w+n't \w+)(?=\s*[.!?])`,
      String.raw`\byou(?:'re| are) not the only (?:passenger|customer|person|guest|tenant|patient|student|caller|family) (?:with|who(?:'s| has| is)|waiting|in this|to (?:have|be))\b`,
    ),
    notInSentence: guard(String.raw`\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us)\b`),
    rewrite: 'Explain without talking down: "Here\'s how it works, and here\'s what I can do now."',
  },
  {
    // C2, the complaint waved off as normal (writers S, T, V, W and X ids ≤ 150): "that's a perfectly normal noise for this
    // model", "it's completely normal", "this is quite normal", "which is quite normal", "it's fairly normal", "that's
    // quite common". Not the feeling called normal (that is empathy: "it's completely normal to feel worried"), not "not
    // normal", not with an apology or the fault owned, not a question. "These things happen" and "some noise is to be
    // expected" stay excuses (A4) as dev, the blind set, rounds 1–2, U and V label them.
    id: 'condescension-waved-off-as-normal',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:that's|it's|this is|which is|that is|it is|this is all)\s+(?:(?:all|just|actually|really)\s+)?(?:quite|perfectly|completely|totally|fairly|entirely|very)\s+(?:normal|common)\b(?!\s+(?:to (?:feel|be (?:upset|worried|annoyed|frustrated|angry|confused|anxious))|that you|for you to feel|reaction))|\b(?:that's|it's) a (?:perfectly|completely|totally|very) normal [\w-]+\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether)\s+(?:[\w'-]+\s+){0,2}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|feel\w*|worried|worry|upset|frustrat\w*|angry|concern\w*|anxious|scary|frightening|understandabl[ey]|not normal|isn't normal)\b`,
    ),
    rewrite: 'Explain without talking down: "Here\'s how it works, and here\'s what I can do now."',
  },
  {
    // A4, the failure handed to an outside party or to the workload (writers S and T beside rounds 1–3; the excuse rules
    // in generalized.rules.ts cover the other shapes): where it came from ("the duplicate came from a processing fault at
    // our payment provider", "sizing comes from the manufacturer", "the decline came from the card network's fraud
    // system"), who handles or owns it ("mobility equipment is handled by the airport's ground services contractor",
    // "the cabinet is owned by the network infrastructure provider", "drivers are contracted through a partner firm",
    // "meter readers are employed by an outside agency", "our loss adjusters are independent"), outside our control, and
    // the load ("we're extremely short of doctors", "we're seeing record ticket volumes", "engineers in your area are
    // covering two districts", "we're handling a lot of chats at once"). Not with the failure owned in the sentence, an
    // action already taken, a question or a condition.
    id: 'excuse-handed-outside-or-load',
    label: 'excuse',
    pattern: anyOf(
      String.raw`\b(?:comes?|came|originat(?:es|ed)) from ${OUTSIDER}\b|\b(?:is|are|was|were) (?:all )?(?:handled|run|owned|loaded|supplied|produced|employed|contracted|carried out|managed|set|held|operated|provided|made) (?:by|through) ${OUTSIDER}\b|\b(?:is|are|were|was) (?:all )?(?:independent|self-employed|subcontracted|agency-supplied|a subcontractor|subcontractors)\b|\b(?:outside|beyond) our (?:direct )?control\b|\bwe can't always control\b`,
      String.raw`\bwe(?:'re| are) (?:(?:extremely|very|really|so|quite|a bit|seriously)\s+)?(?:short of|short on|down on|seeing record|handling (?:a lot of|so many|loads of|hundreds of)|swamped|snowed under|inundated)\b|\b(?:are|is|were|was) (?:currently )?covering (?:two|three|several|multiple|\d+) (?:districts|areas|classes|wards|sites|regions|patches|jobs)\b|\b(?:one of )?our busiest (?:days|weeks|times|periods)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|unless)\s+(?:[\w'-]+\s+){0,3}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:on us|our (?:fault|mistake|error|responsibility)|no excuse|not an excuse|(?:we|I) (?:caused|should have|messed up|let you down)|I own|I(?:'ve| have) (?:chased|escalated|complained|booked|arranged|sent|ordered|refunded|rebooked))\b`,
      // Help offered in the same breath ("…, not us, but DM us and we'll help follow up") is no excuse.
      String.raw`\bbut\b[^.!?]{0,40}\b(?:we'll|we will|I'll|I will|I can|we can)\b`,
      // A rulebook cited is policy language (R2), not an excuse: "set by the regulator's rules", "trained to … standards".
      String.raw`\b(?:rules|policy|terms|regulations|standards)\b`,
    ),
    rewrite:
      'Own it instead of explaining it away: "That shouldn\'t have happened, and here is what I\'m doing about it now."',
  },
  {
    // R2, the rulebook that lets the business act against the customer or that they fell foul of (writers S, T and V
    // beside rounds 1–3; policy-rulebook-decides in generalized.rules.ts covers 'under'/'per' and the nouns that allow):
    // "our terms allow us to use donations…", "the rental agreement allows us to charge an admin fee", "our merchant
    // agreement allows us to hold settlement funds", "our anti-cheat rules mean bans… cannot be overturned", "the
    // regulations state that…", "the engagement letter says estimates aren't binding", "our service standards don't
    // include Sunday delivery"; the breach ("which breaches our fair-use rules", "a breach of your tenancy agreement",
    // "against the regulations"); the criteria not met ("does not meet the reimbursement criteria"). Not policy in the
    // customer's favour (a refund, cover, what they are entitled to), not a question.
    id: 'policy-rulebook-acts-or-breached',
    label: 'policy_language',
    pattern: anyOf(
      String.raw`\b(?:our|the|your)\s+(?:[\w&'-]+\s+){0,3}?(?:rules|terms|T&Cs|agreement|contract|conditions|regulations|scheme|charter|engagement letter|standards|criteria|procedure)\s+(?:only\s+)?(?:allows? us|lets? us|permits? us|entitles? us|means?|says?|states?|limits? (?:our|the)|excludes?|(?:don't|doesn't|do not|does not) (?:include|cover|allow))\b`,
      String.raw`\b(?:breaks|broke|breaches|breached|(?:is|was) a breach of|(?:is|was|it's) against) (?:our|the|your) (?:[\w-]+\s+){0,2}?(?:rules|regulations|terms|agreement|policy|guidelines|conditions)\b|\b(?:does not|doesn't|didn't|did not) meet (?:the|our) (?:[\w-]+\s+){0,2}?(?:criteria|conditions|requirements)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|unless)\s+(?:[\w'-]+\s+){0,3}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:refund (?:you|it|the)|refunded|you(?:'re| are) (?:entitled|covered|eligible)|covers? (?:you|this|it|the)|free of charge|waive\w*|compensat\w* you|in your favour|I(?:'ve| have) (?:refunded|waived|credited|booked)|so I(?:'ve|'ll| have| will)|our own (?:rules|terms|policy|procedure)|we got (?:this|it) wrong|our (?:fault|mistake|error))\b`,
    ),
    rewrite: 'Say what you can do, not what the rules forbid: "Here\'s what I can do for you within that: …"',
  },
] as const satisfies readonly LintRule[];
