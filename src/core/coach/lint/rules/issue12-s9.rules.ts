import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';
import { COMMIT, TIME } from '../lexicon.ts';
import { NEGATION_BEFORE } from '../text-scan.ts';
import { OWNED_LAPSE } from './empathy.rules.ts';

/*
 * Session 9 families (issue #12), each a grammatical shape that several writers share, written from the tuned-on pool
 * (dev, the blind even half, rounds 1–3, the training parts of writers R to X and of writer Y) and scored on the check
 * parts only at the freeze. Each names a clause shape and what in the sentence turns it into something else.
 */

// A3: a team, desk, role or colleague inside (or working for) the company, named as the subject: "the payments team",
// "our post room", "the agent you spoke to", "the engineer on site", "marketing", "reception".
const INSIDER = String.raw`(?:(?:the|our|that|this|your|one of (?:our|the))\s+(?:[\w'-]+\s+){0,2}?(?:team|department|dept|desk|office|staff|staff member|member of staff|colleague|agent|advis[eo]r|rep|representative|handler|manager|engineer|technician|tech|fitter|installer|driver|rider|host|locum|marker|invigilator|tutor|trainee|post room|warehouse|call cent(?:re|er)|branch|store|operator|porter|receptionist|housekeeping|person|guy|lady|crew|officer)s?(?:\s+(?:you (?:spoke|talked|dealt) (?:to|with)|on (?:site|shift|duty|nights|the desk|the phone)|at (?:that|the) (?:branch|store|desk|station)|who (?:did|handled|took|dealt with|served) (?:it|this|that|you|your \w+)))?|(?:(?:branch|store|shop|counter|till|sales|office|warehouse|ground|gate|front desk|desk) staff|the developers|developers|the devs|devs|compliance|engineering|product|management|head office|facilities(?: management)?|regional managers|area management|accommodation|marketing|reception|dispatch|sales|billing|collections|finance|scheduling|payroll|admissions|head office|the devs|dev team|ops|subscriptions)\b)`;
// What they did wrong: the wrong information given, a mis- verb, a step never done, what they should (not) have done,
// not trained or allowed, behind or slow, a record of complaints.
const WRONGDOING = String.raw`(?:gave (?:you |out )?(?:incorrect|wrong|the wrong|inaccurate|misleading|bad|false|out-of-date) (?:information|info|advice|details|dates?|prices?|quotes?|figures?|answers?)|(?:misinformed|misadvised|misquoted|misallocated|mishandled|misfiled|misrouted|misplaced|miskeyed|misdirected|misread|misheard|misunderstood|mislaid|messed up|mixed up|got (?:it|that|this|your \w+) wrong|entered (?:it|that|this|your \w+) wrong(?:ly)?|set (?:it|this|that) up wrong(?:ly)?)\b|(?:didn't|did not|never|failed to|hasn't|haven't|hadn't|wasn't|weren't) (?:properly |actually |even )?(?:follow(?:ing)?|warn|tell|pass|submit|update|log|record|scan|send|apply|process|escalate|chase|read|check|action|call|reply|respond|book|save|sign|return|notice|knock|bother|keep you (?:updated|informed|posted)|note|flag|file|raise|authori[sz]e|arrange|order|fill (?:in|out)|put (?:it|the \w+) through)(?:e?d|s|ing)?\b|(?:should(?:n't| not)?|should never) have (?:done|told|said|promised|closed|sent|touched|charged|accepted|helped|known|offered|agreed|quoted|booked|cancell?ed|let|given|issued|approved|refused|turned)\b|(?:when|as|which) (?:they|he|she) should(?:n't| not)? have\b|(?:is|are|was|were|'s|'re) (?:not|n't|never) (?:properly )?(?:trained|authori[sz]ed|qualified)\b|(?:aren't|isn't|wasn't|weren't) (?:properly )?(?:trained|authori[sz]ed|qualified)\b|(?:is|are|'s|'re|has been|have been|has fallen|have fallen|fell|seem(?:s)? to be) (?:(?:way|massively|really|very|so|badly|hugely|seriously|well|a bit|quite|totally|terribly) )*(?:behind|slow|swamped)\b|(?:has|have|had) (?:a |an )?(?:(?:huge|massive|big|real|terrible|growing) )?backlog\b|(?:has|have) (?:had|got) (?:(?:a few|several|a lot of|loads of|so many|many) )?complaints\b|(?:has|have) been (?:spoken to|reported|warned|pulled up)(?: (?:before|about this|again))?\b|(?:has|have) (?:got )?form\b|(?:lost|wiped|deleted|binned|shredded) (?:it|them|a load of|some of)\b|keeps? (?:on )?(?:ignoring|dropping|breaking|adding|selling|promising|cancell?ing|hiring|losing|missing|forgetting|messing|overbooking|overselling|rejecting|delaying|pushing|changing|getting (?:it|things|orders) wrong)\b|forgot\b|(?:got|typed|put|keyed) (?:the |your |it |them )?(?:[\w-]+ )?(?:wrong|muddled|mixed up)\b|(?:has|have) been dropping the ball\b|(?:isn't|is not|'s not) (?:great|good) (?:with|at)\b|(?:is|are) still learning\b|(?:didn't|did not|don't|doesn't) (?:listen|prioriti[sz]e|care)\b|cut corners\b|oversold\b|overbooked\b|double-booked\b|overpromise[ds]?\b)`;

// C2: the thing said to be easy or plain, so the trouble must be theirs.
const EASY = String.raw`(?:simple|easy|straightforward|self-explanatory|user-friendly|clear|obvious|basic|intuitive)`;

// What a customer is told to do for themselves (the duty in a lecture).
const CHORE = String.raw`(?:read|check|double[- ]?check|photograph|screenshot|keep|tell|inform|notify|let us know|report|allow|book|measure|make sure|ensure|follow|submit|send|provide|update|request|take|pay|register|back up|lock|review|monitor|contact|arrive|bring|plan|use|put|set|turn|switch|attend|complete|weigh|activate|enable|download|log in|save|add|leave|label|select|clean|wash|store|supervise|wait|ring|call|apply|declare|introduce|get|share|hand|give|keep an eye|write|note|remember|diari[sz]e|reset|restart|install|charge|cancel|opt|pick)`;

/** Session 9 families (issue #12), each with the principle its label names and a rewrite. */
export const ISSUE12_S9_RULES = [
  {
    // A3, a colleague or team named with what they did wrong (writers S, T, U, V, W beside rounds 1–3): the wrong
    // information given ("the agent you spoke to gave you incorrect information"), a mis- verb ("our porting department
    // mishandled the request", "the income team misallocated your payment"), a step not done ("the station team didn't
    // follow the assistance process", "the rep did not escalate it"), what they should (not) have done ("the host should
    // never have done that", "our store team should have accepted it"), not trained or not allowed ("store staff aren't
    // trained on it"), behind or buried ("our returns team has been really slow", "the finance team has a backlog"), a
    // record ("that colleague has had complaints before", "the driver has been spoken to"), and something lost or broken.
    // Not negated, not a condition, a question, quoted or reported speech, nor the customer's account told back.
    id: 'blame-insider-wrongdoing',
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`\b${INSIDER}(?:\s+(?:here|there|clearly|obviously|just|simply|probably|apparently|unfortunately|frankly|honestly|really|also|then|originally|sometimes|evidently|seems? to have|appears? to have|may have|might have|must have))*,?\s+(?:(?:has|have|had)\s+)?${WRONGDOING}`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|when|whether|unless|make sure|ensure|so that|in case|say|said|says|think|thought|claim|claims|told|feel|felt|sorry|apologi[sz]e|regret|reported to|passed (?:it )?(?:on )?to|with)\s+(?:that\s+)?(?:[\w'-]+\s+){0,1}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|^\W*(?:so|ok(?:ay)?|right|just to (?:check|confirm)|to confirm),? you\b|\byou(?:'re| are) saying\b|\byou (?:said|mentioned|told me|were told)\b|\b(?:not (?:their|his|her|the team's) fault|no fault of)\b`,
    ),
    // The reply owns the lapse ("our error", "on us", "sorry, our team should have…"): naming who slipped is not blame.
    notInReply: guard(OWNED_LAPSE),
    rewrite: 'Own it instead: "That\'s on us, and I\'m going to put it right."',
  },
  {
    // A3, the failure put on a team in the passive voice (writers S, T, U, V): "the promo code wasn't set up correctly by
    // marketing", "the letter was never scanned by our post room", "your file was left with a trainee who…", "earlier
    // complaints were closed by our first-line team without…", "it was keyed in wrongly by a colleague". Not negated, not
    // a question or a condition.
    id: 'blame-insider-passive',
    label: 'blame_company_or_colleague',
    pattern: anyOf(
      String.raw`\b(?:wasn't|was not|weren't|were not|was never|were never|hasn't been|haven't been|had not been|hadn't been|never got)\s+(?:properly\s+|correctly\s+|actually\s+)?\w+(?:ed|en|up|out|in|on)?(?:\s+(?:up|in|on|through|over|properly|correctly|in time|on time))?\s+by\s+(?:a |an |the |our |one of our )(?:[\w'-]+\s+){0,2}?(?:team|department|dept|desk|office|staff|colleague|agent|advis[eo]r|rep|handler|manager|engineer|technician|post room|branch|store|marketing|reception|dispatch|trainee|locum)s?\b`,
      String.raw`\b(?:was|were|got|had been|has been)\s+(?:\w+ed|\w+en|sent|put|set|left|keyed in|entered|closed|coded|posted|applied|processed|loaded|added)\s+(?:(?:out|in|up|through|on)\s+)?(?:wrongly|incorrectly|in error|by mistake|wrong|twice)\s+by\s+(?:a |an |the |our )(?:[\w'-]+\s+){0,2}?(?:team|department|dept|desk|office|staff|colleague|agent|advis[eo]r|rep|handler|manager|engineer|technician|post room|branch|store|marketing|reception|dispatch|trainee|locum)s?\b`,
      String.raw`\b(?:were|was)\s+(?:closed|handled|processed|marked|left|sent|dealt with|signed off|rejected|refused)\s+by\s+(?:a |an |the |our )(?:[\w'-]+\s+){0,2}?(?:team|department|desk|colleague|agent|advis[eo]r|rep|handler|manager|engineer|technician|trainee|locum)s?\s+(?:without|before|who (?:didn't|did not|never|forgot))\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|unless)\s+(?:[\w'-]+\s+){0,3}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(String.raw`\?|\byou(?:'re| are) saying\b|\byou (?:said|mentioned|told me)\b`),
    // The reply owns the lapse ("our error", "on us", "sorry, our team should have…"): naming who slipped is not blame.
    notInReply: guard(OWNED_LAPSE),
    rewrite: 'Own it instead: "That\'s on us, and I\'m going to put it right."',
  },
  {
    // C2, the thing called easy or plain so the trouble must be theirs (writers S, T, U, V, W): "the instructions are
    // quite simple", "our size guide is really easy to follow", "the calendar's pretty clear", "it's honestly the
    // simplest thing in the app", "it's basic physics", "that's literally all you do", "which is standard across the
    // industry", "that's just how wifi works", "the clue's in the name", "I'd have thought the name explained it". Not
    // negated, not the agent's own plan made simple ("I'll keep it simple", "to make it easy for you"), not a question.
    id: 'condescension-easy-or-obvious',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:is|are|was|seems|looks|it's|that's|they're|everything's)\s+(?:honestly\s+|actually\s+|all\s+)?(?:really|quite|pretty|very|super|fairly|so|extremely|incredibly|dead|perfectly|all|literally)\s+${EASY}\b`,
      String.raw`\b(?:the|really|pretty|quite|very|super)\s+(?:simplest|easiest)\s+(?:thing|bit|part|step)\b|\b(?:it's|that's|it is|that is)\s+(?:really\s+|just\s+|only\s+)?basic\s+(?:physics|maths|math|science|stuff|currency conversion|economics|arithmetic|security)\b`,
      String.raw`\b(?:that's|it's|that is)\s+(?:just\s+|simply\s+|really\s+)?(?:how|the way)\s+(?:wifi|wi-fi|routers?|phones?|the internet|broadband|it|banks?|pricing|maths|insurance|signal|batteries|cards?|apps?)\s+(?:works?|operates?)\b|\b(?:that's|it's)\s+(?:just|simply)\s+(?:physics|maths|math|science)\b`,
      String.raw`\b(?:that's|it's|that is)\s+literally\s+all\s+(?:you|it)\b|\bliterally says\b|\bthe clue'?s? (?:is )?in the (?:name|title|colour|color|word)\b|\bI'd have thought\b|\bas should be (?:fairly |pretty |quite )?(?:self-evident|obvious|clear)\b|\b(?:which is|that's|it's|pretty|fairly)\s+standard\s+(?:in|across|for)\s+the\s+industry\b|\b(?:it's|that's)\s+in\s+the\s+(?:plan |product |package )?name\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|how|why)\s+(?:[\w'-]+\s+){0,2}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:I'll|I will|we'll|we will|let me|I can|we can|I've|I have|we've|make (?:it|this|things)|keep (?:it|this|things)|for you|sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|should have been|wasn't|isn't|not)\b|\b(?:feel\w*|frustrat\w*|upset|worried|angry|confus\w*|understandabl[ey])\b`,
    ),
    rewrite: 'Explain without talking down: "Here\'s how it works, and here\'s what I can do now."',
  },
  {
    // C2, told again what was already said or sent (writers S, T, U, V, W beside round 1): "as I said", "as I've already
    // explained", "as was explained to you clearly", "as stated very clearly on the booking page", "I've already sent you
    // the link twice", "it's all explained on the sign-up page", "it's there in plain sight", "as it says", "which I'd
    // recommend actually reading", "if you'd bothered to read them". Not an apology for repeating, not a question.
    id: 'condescension-already-told',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\bas\s+(?:I|we|I've|we've|I have|we have|was|it was|has been|I had)\s+(?:already\s+|previously\s+|clearly\s+|just\s+)*(?:said|explained|stated|mentioned|told you|pointed out|set out|made clear|been (?:explained|told))\b|\bas\s+(?:(?:already|previously|very|clearly|plainly)\s+)+(?:said|explained|stated|mentioned|shown|advised)\b|\bas\s+(?:already\s+)?(?:explained|stated|mentioned)\s+(?:to you|in|on|above|before|earlier|previously|clearly|very clearly)\b`,
      String.raw`\bI(?:'ve| have)\s+already\s+(?:sent|given|told|explained|shown)\s+(?:you\s+)?(?:this|that|it|the \w+)?\s*(?:twice|three times|several times|more than once|already|a few times)\b|\b(?:it's|they're|that's)\s+(?:all\s+)?(?:clearly\s+)?(?:explained|set out)\s+(?:on|in)\s+(?:the|your|our)\b|\bthere in (?:plain sight|black and white)\b|\bwhich I'd recommend (?:actually )?reading\b|\bas it says\b(?=\s*[.!])`,
      String.raw`\b(?:it's|it is|that's)\s+(?:all\s+|clearly\s+)?(?:on (?:the|your) (?:confirmation|booking|ticket|website|label|box)|on every (?:letter|page|email|poster|sign))\b|\bit says so (?:on|in)\b|\bthat's what (?:it's|they're) (?:there )?for\b`,
      String.raw`\bas (?:you(?:'ll| will|'d| would| may| might)? (?:recall|be aware|expect|appreciate|know|remember|understand)|you were (?:told|advised|informed)|(?:the|your) [\w-]+ (?:states?|says|explains?)|any [\w-]+ would (?:tell you|explain|know|say)|is standard)\b|\b(?:is|are|was|were),? of course,? (?:never|always|not|more|less|only|a|an|the)\b`,
      String.raw`\b(?:it's|that's|which is|this is)\s+(?:printed\s+|written\s+|explained\s+|mentioned\s+|shown\s+|clearly\s+)?(?:on|in)\s+(?:your|the|every|each)\s+(?:[\w-]+\s+)?(?:ticket|sticker|care card|product page|store page|page \d+|form|inbox|confirmation|confirmation email|receipt|plan details|description|screen|label)\b|\b(?:it's|that's|which is)\s+(?:just\s+|pretty\s+|completely\s+|totally\s+|fairly\s+)?standard\b(?=\s*[.!,;]|\s*$)|\bit's basic \w+(?=\s*[.!]|\s*$)|\b(?:it|this|that) only takes (?:a (?:minute|moment|second|few (?:minutes|seconds))|\w+ (?:minutes|seconds))\b|\bit's a simple (?:[\w-]+ )?(?:process|form|step|fix|change|thing)\b`,
    ),
    notAfter: guard(NEGATION_BEFORE.source, String.raw`["“][^"”]*$`),
    notInSentence: guard(
      String.raw`\?|\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us|I'll|I will|let me|in case|to recap|you should(?:'ve| have))\b`,
      // A rulebook cited is policy language (R2): "as stated in our terms", "as set out in the tariff".
      String.raw`\b(?:terms|policy|agreement|contract|conditions|tariff|price list|T&Cs|regulations|section|rules)\b`,
    ),
    rewrite: 'Explain without talking down: "Here\'s how it works, and here\'s what I can do now."',
  },
  {
    // C2, the tip for next time that lectures (writers S, T, U, V, W): advice pinned to the future ("next time, weigh
    // your bag at home", "for next time, a screenshot helps", "please add floor details next time", "use that next time
    // instead of calling", "worth knowing for next time", "so this doesn't happen again"), and the standing instruction
    // with a when ("please make sure your billing address matches your card", "please update the app before contacting
    // us", "please always use the label we send", "please check your email address is correct when booking"). Not what we
    // will do next time, not something offered for next time (a discount, asking for the agent by name), not a question.
    id: 'scolding-next-time-tip',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\b(?:next time|in future|in the future|for next time|for future (?:bookings|orders|reference|trips|visits|claims|purchases|payments|years)|next year|going forward)(?<=(?:^|[.!?]\s+|[—–-]\s)(?:next time|in future|in the future|for next time|for future \w+|next year|going forward)),?\s+(?:please\s+|just\s+|do\s+|try to\s+|try and\s+|always\s+|make sure\s+)?(?:${CHORE}\w*|a\s+[\w-]+\s+(?:helps|stops|saves|avoids))\b`,
      String.raw`\b(?:please|you(?:'d| would)? (?:need|want|have) to|you should|do|try to|remember to|make sure (?:you|to))\s+(?:always\s+|also\s+|just\s+)?(?:${CHORE})\w*\b[^.!?]{0,60}?\b(?:next time|in future|in the future|for next time|going forward)\b`,
      String.raw`\b(?:worth knowing|good to know|one to remember|something to remember)\s+for\s+(?:next time|the future|future)\b`,
      String.raw`\bplease\s+(?:always\s+|do\s+)?(?:make sure|remember to|double[- ]?check|check|keep|update|ensure|follow|read|wait for|inform us|let us know|log in|submit|use|add|inform|notify|leave|wash)\b[^.!?]{0,60}?\b(?:before (?:contacting|calling|ringing|replying|booking|paying|pressing|printing|raising|confirming|you (?:contact|call|book|pay|travel|order|buy|fly|leave|move|submit))|carefully|promptly|at all times|up to date|is correct|are correct|are complete|is complete|matches|straight away|in advance|each month|every (?:month|time|year|six months)|to avoid|so (?:this|it) (?:doesn't|can't|won't))\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether)\s+(?:[\w'-]+\s+){0,2}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:we'll|we will|I'll|I will|we're going to|I'm going to|so (?:we|I) can|so (?:the|our) [\w-]+ can|ask for me|my name|mention (?:this|my)|reference|discount|voucher|credit|free|priority|on us|our (?:fault|mistake|error)|sorry|apologi[sz]e|thank\w*|let me know|if you(?:'d| would) like|we should|I should)\b`,
    ),
    rewrite: 'Skip the lecture and help: "Here\'s what I can do now, and a tip that may save you trouble next time."',
  },
  {
    // C2, the standing rule said at them (writers S, T, U, V, W beside rounds 1 and 3): the duty in the passive ("readings
    // should really be sent every month", "passports should be checked months before travelling", "valuables should
    // always be kept in the safe", "passwords should never be shared", "allergies must always go in the notes"), the
    // sentence that opens with always or never ("Always enable 2FA.", "Never click links in unsolicited messages."), the
    // advice we always give ("we always advise backing up first", "we always recommend restarting your router before
    // calling us", "as we always say", "that's why we always say…"), what they were told ("you were told not to…"), the
    // rule posted everywhere ("it's in the manual", "it says so on the pack", "it's on every poster", "that's what it's
    // there for", "ignorance isn't an excuse"). Not our own duty, not a negation, a question or quoted speech.
    id: 'scolding-standing-rule',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\b(?:should|ought to)\s+(?:really\s+|always\s+|ideally\s+)*(?:never\s+)?be\s+(?:always\s+|regularly\s+)?(?:checked|double-checked|locked|kept|shared|handed out|introduced|reported|backed up|cleaned|stored|submitted|measured|supervised|declared|weighed|serviced|read|given out|put out|turned off|switched off|downloaded|tested|charged|renewed|activated|updated)\b`,
      String.raw`\b(?:should|must)\s+(?:really\s+|always\s+)?(?:never|always)\s+(?:go|share|leave|click|hand|keep|store|check|lock|use|put|read|tell)(?:s|ing)?\b|\b(?:shouldn't|should not|mustn't)\s+(?:really\s+|ever\s+)?be\s+(?:shared|handed out|given out|clicked)\b`,
      String.raw`\b(?:always|never)(?<=(?:^|[.!?]\s+)(?:always|never))\s+(?!mind\b|fear\b)(?:${CHORE})\w*\b`,
      String.raw`\b(?:we|I)\s+(?:would\s+|'d\s+)?(?:always|strongly|generally|also)\s+(?:advise|recommend|suggest|encourage|remind)\s+(?:you\s+(?:to\s+)?|that\s+you\s+)?\w+ing\b|\bwe\s+(?:recommend|advise|suggest)\s+\w+ing\b[^.!?]{0,50}?\b(?:before|when not|at all times|regularly|carefully|every)\b|\bas we always say\b|\bthat's why we (?:always say|told you|keep telling|always tell|ask)\b|\bwe (?:keep|kept) telling\b`,
      String.raw`\byou were (?:told|asked|advised|warned)\s+not\s+to\b|\b(?:it's|it is|that's)\s+(?:all\s+|clearly\s+)?in the (?:manual|leaflet|instructions)\b|\bsecurity 101\b|\bif you'd (?:actually |bothered to |taken the time to )?(?:read|checked|looked at)\b[^.!?]{0,40}?\byou(?:'d| would)\b|\bignorance (?:of the [\w-]+ )?(?:isn't|is not) (?:an? )?(?:excuse|defen[cs]e)\b|\bit's asking for trouble\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|which|that|your (?:refund|order|parcel|payment|claim|replacement|money|credit|booking|case|complaint)|(?:the|your|a) (?:refund|order|parcel|payment|claim|replacement|credit|engineer|technician|fault|issue|problem|account|case|complaint)|it|this|we|I|our [\w-]+)\s+$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:our (?:fault|mistake|error|job|responsibility)|on us|we should(?:'ve| have)|I should(?:'ve| have)|sorry|apologi[sz]e|(?:I|we)(?:'ll| will) make sure|on our side|our (?:staff|team|engineers?|drivers?|agents?|system))\b|\b(?:we|I|they|it) (?:failed|didn't|did not|forgot|wasn't|weren't)\b`,
    ),
    rewrite: 'Skip the lecture and help: "Here\'s what I can do now, and a tip that may save you trouble next time."',
  },
  {
    // A3, the agent candidly joins the put-down (writers S, T, U, X, Y beside rounds 2 and the blind set): a sentence that
    // opens on agreement or candour ("yeah", "honestly", "tbh", "I know", "ugh", "sadly", "between you and me") and runs
    // into a put-down of the thing complained about ("honestly, our network round there is pants", "I know, it's not
    // good enough", "yeah, it's deliberately awkward, which is pretty shady", "honestly, what a mess"). Not negated, not
    // a question, not quoted.
    id: 'sympathy-candid-putdown',
    label: 'sympathy_agreement',
    pattern: anyOf(
      String.raw`\b(?:yeah|yep|honestly|tbh|to be fair|to be honest|I know|ikr|ugh|sadly|true|between you and me|not gonna lie|I'll be honest)(?<=(?:^|[.!?]\s+)(?:yeah|yep|honestly|tbh|to be fair|to be honest|I know|ikr|ugh|sadly|true|between you and me|not gonna lie|I'll be honest))\b[^.!?]{0,60}?\b(?:awful|a mess|pants|shambles|a joke|a farce|a disaster|hopeless|useless|terrible|dreadful|rubbish|grim|embarrassing|not good enough|not great|ridiculous|a scandal|shady|a con|a scam|chaos|clueless|outrageous|bad|poor|not on|a bad look)\b`,
    ),
    notAfter: guard(NEGATION_BEFORE.source, String.raw`["“][^"”]*$`),
    notInSentence: guard(String.raw`\?|\b(?:not (?:that|as) bad|not bad|no bad)\b`),
    rewrite:
      'Acknowledge without joining in: "I can see why you\'re frustrated, and I\'m going to get this sorted for you."',
  },
  {
    // A3, the agent says they share the customer's view of the company (writers S, T, round 1): "I think the fees are
    // outrageous too", "I've always thought it's a bit of a scam too", "it feels that way to me as well", "they never
    // answer us either", "can't deny it", "I don't disagree". Not a feeling about the customer's situation ("I'd be
    // upset too" is empathy), not a question.
    id: 'sympathy-shared-view',
    label: 'sympathy_agreement',
    pattern: anyOf(
      String.raw`\b(?:I|we)(?:'ve| have)?\s+(?:always\s+|honestly\s+|also\s+)?(?:think|thought|find|found|hate|reckon)\b[^.!?]{0,50}?\b(?:too|as well|either)\b(?=\s*[.!,;]|\s*$)`,
      String.raw`\b(?:feels?|seems?|looks?)\s+(?:that way|like that|the same)\s+(?:to|for)\s+(?:me|us)\s+(?:too|as well)\b|\b(?:can't|cannot|couldn't)\s+(?:deny|argue with)\s+(?:it|that)\b|\bI don't disagree\b|\bno argument (?:from me|here)\b`,
    ),
    notAfter: guard(NEGATION_BEFORE.source, String.raw`["“][^"”]*$`),
    notInSentence: guard(
      String.raw`\?|\byou(?:'ll| will| might| may)\b|\b(?:I|we)(?:'d| would) (?:be|feel)\b|\b(?:feel|felt) (?:upset|worried|angry|frustrated|annoyed|the same way)\b`,
    ),
    rewrite:
      'Acknowledge without joining in: "I can see why you\'re frustrated, and I\'m going to get this sorted for you."',
  },
  {
    // A4, the failure put down to being short-handed or to something that broke (writers S, T, U, W beside round 2): the
    // staff missing ("we had two mechanics off this week", "they were a person down", "they've been short of nurses",
    // "she's been in back-to-back clinics", "our engineers are booked solid"), the breakdown or fault ("the van had a
    // breakdown this morning", "our partner had a vehicle breakdown", "there's a known fault with the batch"), "it's a
    // network thing", the party said to be separate ("the courier is a separate company"), and the load or the event
    // ("demand this winter is very high", "traffic was way higher than expected", "full due to the football"). Not with
    // ownership in the same sentence ("…, but that's on us"), not negated or a question.
    id: 'excuse-short-handed-or-broke-down',
    label: 'excuse',
    pattern: anyOf(
      String.raw`\b(?:we|they|he|she)(?:'ve| have|'s| has)?\s+(?:had|were|are|'re|was|been)\s+(?:a (?:person|man|driver|engineer|nurse|chef|member of staff) down|(?:two|three|four|a couple of|\d+) (?:\w+ )?(?:off|off sick|out sick|down)\b|short of (?:staff|nurses|drivers|engineers|doctors|hands|people)|short[- ]staffed|understaffed|(?:in|doing) back-to-back (?:clinics|meetings|calls|appointments|surgeries|jobs)|booked solid)`,
      String.raw`\b(?:are|is|has been|have been)\s+booked solid\b|\b(?:had|has had|have had|experienced|suffered)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:breakdown|failure|equipment problems?|car trouble|power cut|outage)\b|\bthere(?:'s| is| was| has been)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:fault|outage|failure|breakdown)\s+(?:at|with|in|on)\s+the\b|\bit's\s+(?:just\s+)?(?:a|an)\s+(?:\w+\s+)?(?:network|system|console|bank|browser|industry|supplier|manufacturer|carrier|courier|council|weather)\s+(?:thing|issue|problem)\b`,
      String.raw`\b(?:they're|it's|that's|he's|she's|they are|it is)\s+(?:a\s+)?(?:separate|different|independent|outside|third-party|external)\s+(?:company|firm|business|organisation|organization|provider|contractor|operator)\b|\bdemand\s+(?:(?:for|on)\s+(?:[\w-]+\s+){1,3})?(?:was|is|has been|were)\s+(?:(?:very|really|extremely|incredibly|much|way|far|just)\s+)?(?:high|higher|unprecedented|overwhelming|huge|enormous|massive)\b|\b(?:traffic|volumes?|footfall)\s+(?:was|is|were|has been)\s+(?:(?:very|really|extremely|way|far|just)\s+)?(?:high|higher|heavy|unprecedented|huge)\b|\b(?:due to|because of)\s+(?:the\s+)?(?:football|match|concert|festival|bank holiday|school holidays|low enrolment|low numbers|staff shortages|sickness)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|unless)\s+(?:[\w'-]+\s+){0,3}$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:on us|our (?:fault|mistake|error|job|responsibility)|no excuse|not an excuse|should have)\b|\bbut\b[^.!?]*\b(?:our|we should|I should)\b`,
    ),
    rewrite:
      'Own it instead of explaining it away: "That shouldn\'t have happened, and here is what I\'m doing about it now."',
  },
  {
    // F1, the promise to look into something, with no time and no outcome (writers S, T, V, W, X beside round 3): "we'll
    // look into compensation", "we'll look at reimbursing", "the billing team will look at correcting it", "exams will get
    // back to you on that", "we'll share your feedback with the team", "we'll also see what we can do about…", "we'll try
    // to do better", "we will continue to monitor the situation", "someone will deal with your complaint". Not with a
    // time, an offer or a question in the sentence, nor with work already under way in it ("I'm calling the manager and…").
    id: 'vague-promise-look-into-something',
    label: 'vague_promise',
    once: true,
    pattern: anyOf(
      String.raw`\b(?:I'll|I will|we'll|we will|they'll|they will|(?:finance|billing|payroll|exams|accounts|support|(?:the|our) [\w-]+(?:'s)? (?:team|manager|lead|department|office|colleagues?|school|clinic)) will)\s+(?:also\s+|then\s+|definitely\s+|try to\s+)*(?:look (?:into|at) (?:some|a|an|any|refunding|correcting|reimbursing|compensation|whether|how|\w+ing\b|a refund|a credit)|share (?:your|the) (?:feedback|comments|concerns?|report)|get back to you (?:on|about) (?:that|this|it)|pass (?:on|along) (?:your|the) (?:feedback|comments|concerns?))`,
      String.raw`\bwe(?:'ll| will)\s+(?:also\s+)?see what we can do (?:about|with|for)\b|\bwe(?:'ll| will)\s+try (?:to|and) do better\b|\bwe(?:'ll| will)\s+continue to monitor\b|\b(?:someone|somebody) will deal with (?:your|the|it|this)\b`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(
      TIME,
      String.raw`\?\s*$|\b(?:would you like|do you want|if you(?:'d| would) (?:like|prefer|rather)|shall I|should I)\b`,
      String.raw`\b(?:right now|now|right away|straight away|immediately|as we speak|I'm (?:calling|ringing|contacting|sending|booking|arranging))\b`,
      String.raw`${COMMIT}[^.!?]{0,90}?(?:\b|(?<=\s))${TIME}`,
    ),
    rewrite: 'Say what happens next and when: "I\'ll have an answer on the refund for you by 4 pm tomorrow."',
  },
  {
    // B2, the customer's own act put as the cause (writers T, U, V, W): a sentence that opens on "you" and a past act and
    // ends on its consequence ("you cancelled inside the window, so you're charged", "you sent it to the general inbox,
    // which is why it wasn't picked up", "you clicked a link in a fake text, which is how the account was accessed", "you
    // smoked in the room, which is a breach of…"). Not the customer's account told back ("you paid for a year and the gym
    // shut, so…"), not a consequence in their favour ("…, so I'm refunding it"), not a question.
    id: 'you-statement-act-as-cause',
    label: 'you_statement_blame',
    pattern: anyOf(
      String.raw`\byou(?<=(?:^|[.!?,;]\s+|\bbut\s+|\bhowever,?\s+|\bwell,?\s+)you)\s+(?:had\s+|have\s+|'ve\s+)?(?:\w+ed|sent|paid|chose|bought|took|left|lost|wore|made|gave|told|put|set|ran|went|got|signed|knew|broke|drove|spent)\b(?![^.!?]*\band\s+(?:it|the|they|we|nobody|nothing|now|still|then|your)\b)[^.!?]{0,80}?(?:,?\s*so\s+(?!(?:I'm|I've|I'll|I am|I have|I will|we'll|we're|we've|we will|you can|you're entitled|your anger|you'll get|you get)\b)(?:the|your|it|we|that|you're|you've|you are|there|this|they|our|no|you)\b|(?:which is|that's) (?:why|how)(?!\s+(?:I|we|I've|we've|I'll|we'll|I'm|we're)\b)|which (?:meant|means|voids|is a breach|breaches|caused))`,
    ),
    notAfter: guard(String.raw`\b(?:if|whether|when|unless)\s+(?:[\w'-]+\s+){0,2}$`, String.raw`["“][^"”]*$`),
    notInSentence: guard(String.raw`\?|\b(?:if I'm following|if I understand|so you're saying|sorry|apologi[sz]e)\b`),
    rewrite:
      'Say what happened without pointing at them: "The return wasn\'t logged without the label; here\'s what I can do now."',
  },
  {
    // C2, the customer's own duty spelled out (writers S, U, V, W and Y's tuned-on part): the sentence that opens on an
    // instruction with a when ("Check your documents before you travel.", "Keep your phone charged when using mobile
    // tickets.", "Always supply files at full resolution."), "you should keep / check / lock…" and "you need to keep track
    // of…", the class told its duty ("couples should confirm numbers carefully", "motorists must ensure…", "travellers
    // are responsible for their own documents"), and "it's best to set a reminder when…". Not a rulebook cited (policy
    // language, R2), not our own duty or lapse ("priority customers should be called first and we failed to"), not a
    // question.
    id: 'scolding-customer-duty',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\b(?:please\s+)?(?:check|keep|make sure|double-check|read|remember to|try to|always|never)(?<=(?:^|[.!?]\s+)(?:please\s+)?(?:check|keep|make sure|double-check|read|remember to|try to|always|never))\b[^.!?]{0,60}?\b(?:before|when (?:using|starting|booking|travelling|ordering|you)|every|daily|in future|next time|for future|carefully|at all times)\b`,
      String.raw`\byou (?:should|need to|must) (?:always |really |also )?(?:keep|check|use|read|make sure|set|lock|take|back up|monitor|enable|update|wash|clean|store|charge|turn|switch)\b`,
      String.raw`\b(?:customers|guests|parents|students|patients|members|clients|passengers|tenants|residents|users|owners|travell?ers|couples|motorists|cardholders|account holders|homeowners|buyers|subscribers|visitors)\s+(?:should|must|need to|are responsible for|are expected to|are advised to)\b`,
      String.raw`\bit's (?:always )?(?:best|important|worth|wise|sensible|advisable|a good idea) (?:to|that)\b[^.!?]{0,60}?\b(?:before|when|every|regularly|in future|next time|carefully|for)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:if|whether|our|priority|all|so)\s+$`,
      String.raw`["“][^"”]*$`,
    ),
    notInSentence: guard(
      String.raw`\?|\b(?:terms|policy|rules|conditions|agreement|regulations|licensing|as stated|per our|under our|we failed|we didn't|we did not|our (?:fault|mistake|error)|on us|sorry|apologi[sz]e|I'll|I will|we'll|we will|let me|so (?:we|I|he|she|they|the [\w-]+) can|before \d)\b`,
    ),
    rewrite: 'Skip the lecture and help: "Here\'s what I can do now, and a tip that may save you trouble next time."',
  },
] as const satisfies readonly LintRule[];
