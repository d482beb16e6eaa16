import { NEGATION_BEFORE } from '../text-scan.ts';
import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';
import { ALTERNATIVE } from './generalized.rules.ts';

// Policy that works for the customer ("policy lets me refund you", "under your policy you're covered") is not hiding behind it.
const POLICY_IN_FAVOUR = guard(
  String.raw`(?<!n't |not |never )\b(?:allows?|lets|permits?|entitles?)\s+(?:me|us|you)\b`,
  String.raw`\b(?:policy|rules?|guidelines?|procedure|protocol) (?:is|are) to (?:refund|replace|cover|waive|reimburse|credit|give|offer|help)\b`,
  String.raw`(?<!n't |not |never |isn't |aren't )\b(?:covered|for free|free of charge|good news)\b|(?<!n't |not |never |in)\b(?:eligible|qualif(?:y|ies))\b`,
);

// A compromise anywhere in the reply turns "I can't do X" into a flexible answer (R6 met, not violated).
// An alternative in the families' wider reading too ("you can resell the tickets", "taxes can be refunded on request").
const COMPROMISE = guard(
  ALTERNATIVE,
  String.raw`\b(?:but|however|though|instead|what)\b[^.!?]{0,40}\b(?<!\b(?:nothing|not much|little|not a lot|nothing much|anything)\s+(?:(?:more|else|further|that)\s+)?)(?:I|we)\s*(?:can|could|'ll|will|'d be happy to|am able to)\s+(?:still\s+)?(?:offer|give|do|try|arrange|send|credit|refund|waive|raise|extend|set up|look|check|see|ask|escalate|put|make|help|provide|book|move|switch|split|reduce|apply)\b`,
  String.raw`\bwhat (?:I|we) can do\b|\balternatively\b|\binstead,? (?:I|we)\b|\bhow about\b|\bwould (?:it|that) help if\b|\bwould you like\b`,
  String.raw`\b(?<!\b(?:nothing|not much|little|not a lot|nothing much|anything)\s+(?:(?:more|else|further|that)\s+)?)(?:I|we) can (?:offer|give you|raise|extend|set up|arrange|credit|refund|waive|split|reduce|escalate)\b`,
);

/** R1 asking the desired resolution, R2 policy language, R4 let me check, R6 rigid refusal. */
export const RESOLVE_RULES = [
  {
    id: 'ask-desired-resolution',
    label: 'ask_desired_resolution',
    pattern: anyOf(
      String.raw`\bwhat (?:would|could|can|do|will|might)\s+(?:we|I)\s+do\s+(?:to|that|for you)\b[^.!?]*\?`,
      String.raw`\bhow (?:can|could|would|do|might) (?:we|I) make (?:this|it|things|that) (?:right|up to you|better)\b`,
      String.raw`\bmake (?:this|it|things) right\b[^.!?]*\?`,
      String.raw`\bwhat (?:would|do|did|will) you (?:like|want|prefer|need|have in mind|expect|hope)\b(?!\s+me to (?:check|look|confirm|verify)\b)`,
      String.raw`\bwhat (?:else )?(?:would|could|might|will) (?:help|work|make|fix)\b[^.!?]*\?`,
      String.raw`\bwhat else (?:would|do|did|will|can|could) (?:you|we|I)\b[^.!?]*\?|\bis there anything (?:else )?(?:you(?:'d| would)? (?:need|like|want)|(?:I|we) (?:can|could) do|that (?:would|could|might) (?:help|make))\b[^.!?]*\?`,
      String.raw`\bwhat (?:outcome|resolution|result|solution|remedy)\b[^.!?]*\?`,
      String.raw`\bwhat matters (?:most )?to you\b|\bwhat would it take\b|\bhow would you like (?:us|me) to (?:handle|resolve|fix|proceed)\b`,
      String.raw`\bwhich (?:would|do|option|one|of (?:these|those|the two))\b[^.!?]*\b(?:you|prefer|like|suit|work)\b[^.!?]*\?`,
      String.raw`\bwould you (?:prefer|rather)\b`,
      String.raw`\bwould you like\b[^.!?]*\bor\b[^.!?]*\?`,
      String.raw`\bwould (?:a|an|the|some)\b[^.!?]{0,60}\b(?:help|work|do|suffice|be (?:okay|ok|enough|fair)|make up)\b[^.!?]*\?`,
      String.raw`\bwhat (?:[\w-]+ )?(?:amount|option|arrangement|plan)s? would (?:work|suit|be best)\b`,
      String.raw`\bwhat would be (?:a )?(?:fair|reasonable|acceptable|ideal)\b`,
      // "What would feel fair to you?", "What would you consider fair?", "How would you like this settled?", "What would you most like from us?"
      String.raw`\bwhat would (?:feel|seem|look) (?:like )?(?:a |the )?(?:fair|reasonable|right|acceptable)\b|\bwhat would you (?:consider|call|think is) (?:a |to be )?(?:fair|reasonable|acceptable)\b`,
      String.raw`\bhow would you like (?:this|it|that|things|the \w+) (?:to be )?(?:settled|handled|resolved|sorted|fixed|put right|dealt with)\b|\bwhat (?:would|do) you (?:most|really|ideally) (?:like|want|need)\b`,
      String.raw`\bwhat would be (?:the |most |more |the most )?(?:helpful|useful|best|easiest)(?: for you)?\b[^.!?]*[?:]`,
    ),
  },
  {
    id: 'policy-language',
    label: 'policy_language',
    pattern: anyOf(
      String.raw`\b(?:per|according to|under|against|as per|in line with|due to|because of|by)\s+(?!your\b|ur\b)(?:the\s+|our\s+|company\s+|\w+\s+)?(?:[\w-]+\s+){0,2}?(?:policy|policies|guidelines|terms|T&Cs|rules|procedures?|protocols?|agreement|program(?:me)?|regulations)\b`,
      // "That's our policy", and with what kind of policy it is: "that is our billing policy", "it's the standard refund procedure".
      String.raw`\b(?:it's|that's|this is|it is|that is)\s+(?:just\s+|simply\s+)?(?:our|company|standard|the|store|bank|hotel)\s+(?:(?!best\b)[\w-]+\s+){0,2}?(?:policy|procedure|protocol|rules?)\b`,
      // Another party's policy: "That's the airline's policy", "the bank's rules don't allow it", "under the venue's terms".
      String.raw`\b(?:it's|it is|that's|that is|this is|those are|these are)\s+(?:just\s+|simply\s+|all\s+)?(?:(?:the|their)\s+)?(?:[\w-]+\s+)?(?:[\w-]+(?:'s|s')|their|its)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:policy|policies|rules?|terms|T&Cs|regulations|conditions|procedures?|guidelines)\b`,
      String.raw`\b(?:(?:the|their)\s+(?:[\w-]+\s+)?[\w-]+(?:'s|s')|their|its)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:policy|policies|rules|terms|T&Cs|regulations|conditions|guidelines)\s+(?:(?:just|simply|really)\s+)?(?:don't|doesn't|do not|does not|won't|will not|wouldn't|say|says|state|states|require|requires|mean|means|only|is|are)\b`,
      String.raw`\b(?:per|according to|under|against|as per|in line with|due to|because of|by)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?[\w-]+(?:'s|s')\s+(?:[\w-]+\s+)?(?:policy|policies|rules|terms|T&Cs|regulations|conditions|guidelines)\b`,
      String.raw`\b(?:our|the|company) (?:procedure|protocol) is (?:to|that)\b|\b(?:falls?|is|are|was|were) (?:outside|beyond|not within|not covered by) (?:of )?(?:our|the|your) (?:[\w-]+ )?(?:policy|policies|terms|rules|guidelines|T&Cs)\b`,
      String.raw`\b(?:fare|ticket|tariff|warranty|tenancy|rental) (?:rules|conditions)\b|\b(?:regulations?|the law|legislation|data protection(?: rules| law)?|GDPR|compliance rules)\s+(?:(?:just|simply)\s+)?(?:means?|says?|requires?|prevents?|stops?|(?:doesn't|does not|don't|do not|won't|will not) (?:allow|permit|let))\b`,
      String.raw`\b(?:company|store|bank|airline|hotel|corporate|standard|our|strict)\s+(?:policy|guidelines)\b`,
      String.raw`\b(?:the\s+)?(?:policy|policies|guidelines|rules|system|terms)\s+(?:don't|doesn't|do not|does not|won't|will not)\s+(?:allow|permit|let)\b`,
      String.raw`\b(?:I'm|we're|I am|we are)\s+not\s+(?:allowed|permitted|authori[sz]ed)\s+to\b`,
      String.raw`\b(?:it's|it is|that's) (?:all )?(?:in|stated in|written in) (?:the|our) (?:[\w-]+ )?(?:terms|agreement|contract|fine print|policy)\b|\bterms and conditions\b|\brules are rules\b`,
      String.raw`\b(?:policy|policies|guidelines|rules|terms|T&Cs|conditions|contract) (?:says?|states?|dictates?|requires?|is clear|limits?|excludes?|only (?:allow|cover|permit)s?)\b`,
      String.raw`\b(?:written|built|set out|spelled out) (?:into|in) (?:your|the|our) (?:[\w-]+ ){0,2}?(?:agreement|contract|terms|policy|T&Cs)\b`,
      // "It's council policy that we can't…", "Admissions policy is that once…", "That's the policy."
      String.raw`\b(?:it's|it is) (?:\w+ )?policy (?:that|to)\b|\bpolicy is that\b|\b(?:that's|that is|this is) the (?:policy|rule)\b`,
      String.raw`\b(?:that's|those are|it's|these are) (?:the|our) (?:rules?|terms)\b|\b(?:against|violates?|breach of) (?:our |the |company )?(?:policy|policies|rules|terms)\b|\b(?:our|the|company|store) (?:policy|policies|rules|terms)\s+(?:is|are)\b`,
      String.raw`\b(?:I|we) (?:have to|must|need to|'ve got to) (?:follow|stick to|go by|abide by) (?:the |our )?(?:policy|procedure|rules|protocol|guidelines|process)\b|\bby the book\b|\bstandard (?:procedure|practice|policy)\b|\bthe system (?:won't|doesn't|does not|will not) (?:let|allow)\b|\bnot our policy\b|\bwe have a (?:strict )?(?:policy|rule)\b`,
    ),
    notInSentence: POLICY_IN_FAVOUR,
    rewrite: 'Lead with what can be done: "Here\'s what I can do for you: …"',
  },
  {
    // R2, the rulebook as the one that decides, in the shapes writers S and T used beside writer-r and rounds 1–3 (issue
    // #12): a rulebook noun (terms, T&Cs, agreement, contract, lease, warranty, EULA, SLA, the law, regulations, criteria,
    // charter, procedure, clause, cover) that allows, lets, permits, prohibits, excludes, requires, limits or does not
    // allow; the no placed under or in it ("under our EULA we can't", "under UK261 compensation is not payable", "as
    // outlined in our licence agreement", "it's in the T&Cs", "per the MSA", "set out in your mortgage offer", "listed as
    // an exclusion", "a condition of cover", "excluded in the warranty", "isn't covered under the damage waiver").
    id: 'policy-rulebook-decides',
    label: 'policy_language',
    pattern: anyOf(
      String.raw`\b(?:terms|T&Cs|T&C|agreement|contract|lease|tenancy|warranty|guarantee|EULA|MSA|SLA|law|regulations|criteria|charter|procedure|clause|wording|scheme|rules|policy)\s+(?:only\s+|clearly\s+|specifically\s+|also\s+)?(?:allows?|lets?|permits?|prohibits?|forbids?|excludes?|requires?|limits?|restricts?|(?:doesn't|does not|don't|do not|won't|will not)\s+(?:allow|permit|let|include|provide|cover|extend to|apply))\b`,
      String.raw`\b(?:under|per|as per)\s+(?:the\s+|our\s+|your\s+|their\s+)?(?:[\w&'-]+\s+){0,3}?(?:terms|T&Cs|agreement|contract|lease|warranty|EULA|MSA|SLA|law|Act|regulations|rules|guidelines|criteria|charter|procedure|clause|policy|conditions|UK261|EU261|obligations|guide)\b(?=[^.!?]{0,80}\b(?:can't|cannot|can not|unable|not (?:payable|possible|able|eligible|due)|no (?:compensation|refund)|won't|isn't|aren't|doesn't|don't|does not|do not|must|required|entitled to (?:charge|cancel|object|refuse)|non-refundable|stands|applies|apply)\b)`,
      String.raw`\b(?:as|it's|that's)\s+(?:(?:clearly|all)\s+)?(?:outlined|stated|set out|explained|listed|written|noted|shown|covered|detailed|spelled out)?\s*(?:in|on)\s+(?:the|our|your)\s+(?:[\w&'-]+\s+){0,2}?(?:T&Cs|terms|small print|fine print|agreement|contract|EULA|MSA|SLA|booking conditions|policy schedule|mortgage offer)\b|\b(?:listed|shown|noted|set out)\s+in\s+(?:the|our|your)\s+(?:[\w&'-]+\s+){0,2}?(?:T&Cs|terms|small print|agreement|contract|offer|schedule)\b|\bper the (?:[\w-]+ )?(?:MSA|SLA|EULA|T&Cs|terms|contract|agreement)\b`,
      String.raw`\b(?:listed|noted|shown|classed|treated)\s+as\s+(?:an?\s+)?(?:general\s+|standard\s+)?exclusions?\b|\b(?:a|one of the) (?:condition|requirement)s? of (?:the |your )?(?:cover|policy|warranty|contract|agreement|tenancy)\b|\b(?:excluded|not covered)\s+(?:in|under|by)\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?(?:warranty|policy|cover|waiver|plan|agreement|contract|guarantee)\b|\b(?:isn't|aren't|is not|are not)\s+covered\s+(?:by|under)\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?(?:warranty|policy|cover|waiver|plan|guarantee)\b`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(String.raw`\?`, POLICY_IN_FAVOUR.source),
    rewrite: 'Lead with what can be done: "Here\'s what I can do for you: …"',
  },
  {
    id: 'let-me-check',
    label: 'let_me_check',
    pattern: anyOf(
      // "I can see why/how you feel" is empathy, not checking.
      String.raw`\b(?!I can see (?:why|how)\b)(?:let me|lemme|allow me to|I(?:'ll| will|'m going to| am going to|'m gonna| can)|I'm (?:just )?going to)\s+(?:just\s+|quickly\s+|now\s+|personally\s+|go ahead and\s+|first\s+|right away\s+)?(?:check|look\s+(?:at|into|up|for|over|through|in)|see (?:if|whether|what|why|where|how|exactly)|pull up|look up|dig into|investigate|review|verify|take a (?:quick |closer )?look|have a (?:quick |closer )?look|double-check|trace|track down|find out|get to the bottom)\b`,
      String.raw`\blet me\s+(?:just\s+|quickly\s+)?(?:call|contact|ring|phone|speak (?:to|with)|ask|reach out to|message|email|get in touch with)\s+(?!you\b)`,
      String.raw`\bI(?:'m| am) (?:checking|looking (?:into|at|up)|pulling up|investigating|reading (?:it|it now|your|the|through))\b`,
      String.raw`\blet me (?:just |quickly )?(?:run|find|see|grab|fetch|open|test)\b|\bwhile I (?:pull up|check|look|find|open|read|go through)\b`,
      // "Let me get the driver on the phone and find out…", "let me break down where it came from".
      String.raw`\blet me (?:just |quickly )?(?:get (?:the |your |our )?[\w-]+ on the (?:phone|line)|break down where|chase (?:up )?(?:the|your|this|that|it))\b`,
      String.raw`\b(?:one|a) (?:moment|second|sec|minute)\b[^.!?]{0,20}\b(?:while|and) I(?:'ll)? (?:check|look|see|pull)\b|\bbear with me while\b|\blet me see what (?:I|we) can do\b|\blet me (?:get|bring|pull) up\b`,
    ),
    notAfter: NEGATION_BEFORE,
  },
  {
    // The agent acting within the conversation, whatever the verb (issue #12, the let_me_check convention: "acts now,
    // within the conversation … 'I'm pulling up your account now'"): "let me" with an action on the case ("let me put a
    // hold on that account", "let me reissue it", "let me get his account working"), and a present-progressive action
    // tied to now, where the verb looks into the case, reaches someone or puts a stop on it ("I'm running a diagnostic on your
    // line now", "I'm calling the contractor right now while you're on the line", "I'm freezing the account now"). Not
    // the talk moves ("let me explain", "let me make sure I've got it right", "let me stop you there", "let me
    // go through what we can offer"), not a promise dressed as "let me" ("let me get a senior engineer to call you today",
    // "let me book a technician"), not a future "I'll … now", not "from now on".
    id: 'let-me-check-acting-now',
    label: 'let_me_check',
    pattern: anyOf(
      String.raw`\blet me (?:just |quickly |now |first )?(?!know\b|be\b|explain|apologi|say\b|assure|reassure|start\b|repeat|clarify|make\b|tell\b|put it\b|remind|help\b|reiterate|stress|point\b|finish|ask\b|understand|recap|summari|go (?:over|through)\b|talk\b|play\b|confirm\b|offer|spell|stop\b|read\b|show\b|suggest|try\b|take (?:your|down|a note)\b|get\b|bring\b|book\b|rebook\b|schedule\b|send\b|escalate\b|pass\b)[a-z]+\b`,
      String.raw`\bI(?:'m| am) (?:just |now |also )?(?:checking|looking|pulling|opening (?:your|the|up)|running|testing|searching|tracing|chasing|reviewing|calling|ringing|phoning|contacting|speaking (?:to|with)|getting (?:hold of|on to|onto|through to|this|it)|raising|logging|reporting|alerting|flagging|freezing|blocking|restoring|putting a (?:hold|stop|block|flag))\b[^.!?;]{0,60}?\b(?:right now|now|immediately|as we speak|while (?:we're|we are|you're|you are) on the (?:phone|line)|while we talk|straight away|right away)\b(?! on\b)`,
    ),
    notAfter: NEGATION_BEFORE,
  },
  {
    id: 'refusal-rigid',
    label: 'refusal_rigid',
    pattern: anyOf(
      String.raw`\b(?:I|we)\s*(?:really\s+|just\s+|simply\s+)?(?:can't|cannot|can not|won't|will not|am unable to|are unable to|'m unable to|'re unable to|have no way to|am not able to|'m not able to|are not able to|'re not able to|don't have (?:the )?(?:ability|authority|power) to)\s+(?:do (?:anything|that|this)|reverse|refund|remove|waive|apply|change|make (?:an )?exceptions?|give|offer|restore|cancel|override|extend|accept|honou?r|process|help (?:you )?with (?:that|this)|move|approve|credit|adjust|drop|bend)\b`,
      String.raw`\b(?:there's|there is)\s+(?:really\s+|simply\s+)?nothing\s+(?:more\s+|further\s+|else\s+)?(?:I|we)\s+can\s+do\b|\bnothing (?:more |further |else )?(?:I|we) can do\b`,
      String.raw`\b(?:that's|that is|it's|it is|this is)\s+(?:just\s+|simply\s+)?not\s+(?:possible|an option|something we (?:do|offer|can do))\b`,
      String.raw`\b(?:the\s+)?decision is final\b|\b(?<!\bnothing )(?:is|are) (?:final|non-negotiable|non-refundable)\b|\bno exceptions\b|\b(?:don't|doesn't|do not|does not) (?:allow|permit|make) (?:any )?exceptions\b`,
      String.raw`\b(?<!\b(?:if|whether|see|check) )(?:it's|it is) gone\b(?! (?:(?:really|so|very|a bit|right|badly|way|completely|totally) )?(?:downhill|bad|wrong|up|off|quiet|mad|crazy|through|out|missing|astray)\b)|\bNo(?<=(?:^|[.!?]\s+)No)\.(?=\s|$)|\bthe answer is no\b|\bnot going to happen\b`,
      String.raw`\bcan(?:'t|not) be (?:restored|refunded|reversed|changed|waived|undone|recovered|cancell?ed|returned|exchanged)\b`,
      // "Rules are rules", "Not possible, sorry", "I can't add her now": a flat no with nothing offered (R6).
      String.raw`\b(?:the )?rules are (?:the )?rules\b|\b(?:(?:that's|it's) ?)?not possible,? (?:sorry|I'm afraid)\b|\bNot possible\b(?<=(?:^|[.!?]\s+)Not possible)|\b(?:I|we) (?:can't|cannot|won't) (?:add|include|let|allow|accept|take|book|transfer) (?:her|him|them|it|that|this|you)\b[^.!?]{0,20}\b(?:now|anymore|after|at this point|today)\b`,
      String.raw`\b(?:that's|that is) not how\b[^.!?]{0,30}\bworks?\b`,
      // "I can't expedite individual applications", "I can't put it back on", "my hands are tied", "Not much we can do from here".
      String.raw`\b(?:I|we)\s*(?:really\s+|just\s+|simply\s+)?(?:can't|cannot|can not)\s+(?:expedite|put (?:it|that|them) back|switch (?:you|it) back|reinstate|undo|backdate|unblock|release|price[- ]match|make an exception|go (?:any )?(?:higher|further|lower)|do (?:any )?more)\b`,
      String.raw`\b(?:you'd|you would|you'll|you will) (?:need|have) to take (?:it|that|this) up with\b|\bI(?:'m afraid I)? (?:have|'ve got) no (?:access to|control over|say in)\b|\bmy hands are tied\b|\b(?:not much|nothing much|not a lot|little) (?:more )?(?:that )?(?:I|we) can do\b|\bso no,? (?:I|we) (?:can't|cannot|won't)\b`,
      String.raw`\b(?:fee|charge|penalty|balance)\s+(?:still\s+)?(?:applies|stands)\b|\bis due in full\b`,
      // The no stays: "the charge will stay", "the decision stands", "we won't be making an exception", "I can't help any further".
      String.raw`\b(?:the|this|that|your|our)\s+(?:[\w-]+\s+)?(?:charge|fee|fine|penalty|balance|decision|price|cancellation|ban|suspension|rate|bill|outcome|ruling)\s+(?:(?:will|must|has to|is going to)\s+)?(?:stay|stays|remain|remains|stand|stands|is staying|won't (?:be changed|change|be reversed|be refunded)|isn't (?:changing|going anywhere|going to change))\b`,
      String.raw`\b(?:I|we)(?:'m| am|'re| are)?\s*(?:won't|will not|not going to|aren't going to|are not going to|'re not going to|'m not going to|am not going to)\s+(?:be\s+)?(?:making|offering|giving|issuing|refunding|providing|changing|reversing|waiving|make|offer|give|issue|refund|provide|change|reverse|waive)\s+(?:(?:a|an|any|the|that|this|your|it)\s+)?(?:exceptions?|refunds?|compensation|credits?|goodwill|changes?|it|that|this|fee|charge|decision)\b`,
      String.raw`\b(?:can't|cannot|can not|unable to|not able to)\s+(?:help|assist|do (?:anything|much))\s+(?:you\s+)?(?:with (?:this|that|it)\s+)?(?:any\s+)?(?:further|more|anymore|any more|beyond that)\b`,
      String.raw`\b(?:we|I)\s+(?:don't|do not|won't|will not)\s+(?:offer|do|give|provide|issue|allow|accept|make|refund|cover|reimburse|compensate|pay)\s+(?:any\s+)?(?:refunds?|exceptions?|compensation|credits?|reimbursements?|that|this|partial|cash|returns?)\b`,
      String.raw`\b(?:that's|that is|this is) (?:the best|as far as|as much as|all) (?:I|we) can (?:do|go|offer)\b|\bnothing (?:more |further |else )?(?:I|we) can (?:offer|give|change|help with)\b|\bthe answer (?:is|remains|has to be)(?: still| unfortunately|,? I'm afraid,?)? no\b|\b(?:I'm|I am|we're|we are) not (?:authori[sz]ed|allowed|permitted) to (?:go (?:above|beyond|over|any higher)|offer (?:more|anything)|give (?:more|anything))\b`,
      String.raw`\bthere(?:'s| is) no (?:option|possibility|facility|provision|scope|room|mechanism) (?:to|for)\b|\bthere(?:'s| is) no way\b|\bno can do\b|\bit is what it is\b|\bthat(?:'s| is) final\b|\bno (?:refunds?|returns?|exceptions?|exchanges?)\b|\bnothing (?:more |else )?(?:I|we) can (?:do|change)\b|\b(?:won't|will not|wouldn't|isn't|is not) (?:be )?possible\b|\byou(?:'ll| will) (?:just )?have to (?:wait|pay|accept|live with|deal with)\b`,
      // A refusal behind an acknowledgement: "I understand your frustration, but there's nothing I can do", "I hear you, however the fee stands".
      String.raw`\bI (?:(?:completely|totally|fully|do)\s+)?(?:understand|hear you|hear what you(?:'re| are) saying|appreciate (?:that|this|it|your [\w-]+)|get (?:that|it)|know|see (?:that|where you're coming from)|realise|realize)\b[^.!?]{0,50}?\b(?:but|however)\b[^.!?]{0,60}?\b(?:can't|cannot|can not|won't|unable to|not able to|not possible|nothing|no way|stands|is final|still (?:applies|stands)|it is what it is|(?:the )?answer is(?: still)? no)\b`,
      String.raw`\b(?:that's not|that is not|that isn't|it isn't|it's not|it is not|this isn't|this is not) something (?:I|we)(?:'re| are)? (?:can|could|able to) (?:do|change|help with|offer|agree to|approve)\b|\b(?:this|that) is (?:our|my) (?:final|last|best and final) (?:offer|answer|position|word)\b|\b(?:is|are) non-?(?:transferable|exchangeable|changeable|amendable)\b|\b(?:I|we)(?:'m| am|'re| are)? (?:won't|will not|wouldn't|would not|'m not|am not|'re not|are not) (?:be )?able to (?:do|help with|change|refund|offer|make|give|process|approve|accept|waive|reverse|cancel)\b|\b(?:sorry|afraid),? but no\b|\b(?:not|n't) in a position to\b|\b(?:are|is) not possible\b`,
      String.raw`\b(?:that's|that is|it's) not something (?:I|we) (?:can|could) (?:do|change|help with|offer)\b|\b(?:unfortunately,?\s+|sorry,?\s+|I'm afraid,?\s+)no[.!](?<=(?:^|[.!?]\s+)(?:unfortunately,?\s+|sorry,?\s+|I'm afraid,?\s+)no[.!])`,
    ),
    // A boundary or a word about the customer's behaviour is no refusal (issue #12): "I can't accept threats against our
    // driver", "I won't accept that kind of message, but I'm still here", "I can't do that well when I'm being sworn at",
    // "I know it's frustrating, but shouting won't speed things up".
    notInSentence: guard(
      String.raw`\b(?:accept|tolerate)\s+(?:threats|abuse|that (?:kind of )?(?:language|message|word|behaviou?r)|being|swearing|language|insults)\b|\bcalm down\b|\b(?:shouting|swearing|getting upset|yelling|getting angry)\b[^.!?]{0,30}\bwon't\b|\bcan't do that well\b`,
    ),
    notInReply: COMPROMISE,
    rewrite: 'Offer a compromise: "I can\'t do that, but here\'s what I can do: …"',
  },
  {
    // The terms cited as the reason for a no (R2): "as stated in our terms", "as set out in clause 14 of your agreement",
    // "under section 4 of the subscription agreement", "as noted in our product terms", "as set out in our conditions of
    // carriage", "described on the event page, which you agreed to".
    id: 'policy-terms-cited',
    label: 'policy_language',
    pattern: anyOf(
      String.raw`\b(?:as (?:stated|set out|noted|described|outlined|specified|detailed|shown|listed|written|laid out|explained) (?:in|on|under|by)|in line with|in accordance with|under|according to|as per|per)\s+(?:the |our |your |their )?(?:[\w'-]+\s+){0,2}?(?:terms(?: and conditions)?|conditions(?: of (?:carriage|sale|hire|use|booking|service))?|T&Cs|T's and C's|Ts and Cs|agreement|contract|policy schedule|policy wording|policy document|clause \d+[a-z]?|section \d+[a-z]?|small print|fine print|booking conditions|fare rules|tenancy agreement|handbook|guidelines|rules|regulations|event page|product page|listing)\b`,
      String.raw`\b(?:set out|stated|described|listed|specified|covered|shown|explained|detailed) (?:in|on|under) (?:clause|section|paragraph|page) \d+\b|\b(?:clause|section|paragraph) \d+[a-z]? of (?:your|the|our) (?:[\w-]+\s+)?(?:agreement|contract|terms|policy|conditions|lease|tenancy)\b`,
    ),
    inReply: guard(
      String.raw`n't\b|\b(?:not|no|unable|cannot|only|must|required|requires|non-refundable|excluded|exclusion|isn't|aren't|won't|can't)\b`,
    ),
    notInSentence: guard(
      String.raw`\b(?:entitled to|eligible for|you(?:'re| are) owed|covers? you|good news|you(?:'ll| will) (?:get|receive))\b`,
    ),
  },
  {
    // R2, the rulebook cited by its other names (session 6, from the misses of the tuned-on rounds 1 and 2): the fee
    // schedule, the small print, byelaws, conditions of carriage or travel, regulations and regulatory requirements, the
    // booking, rental or tenancy agreement, an SLA ("as per our fee schedule", "covered in the hire agreement", "set out
    // in the conditions of travel", "part of the exam regulations"); rules that "don't permit" it; cover that "excludes"
    // it; terms we "have to honour"; and "there are regulations that mean we can't…".
    id: 'policy-rulebook-named',
    label: 'policy_language',
    pattern: anyOf(
      String.raw`\b(?:as per|per|in line with|under|according to|due to|set out in|covered (?:in|by|under)|(?:it's|it is|that's) (?:all )?in|says so in|stated (?:in|on)|part of|governed by|bound by)\s+(?:the |our |your |their )?(?:[\w-]+ ){0,3}?(?:fee schedule|small print|fine print|byelaws|by-laws|conditions of (?:travel|carriage|sale|hire|booking|use|service)|regulations|regulatory requirements|(?:booking|rental|tenancy|hire|loan|finance|membership|service|user|customer|fare|account) (?:agreement|conditions|contract|terms)|SLA|published criteria|rate terms|house rules|rulebook)\b`,
      String.raw`\b(?:regulations?|byelaws|(?:regulation )?orders?|the rules|the terms|the conditions) (?:don't|doesn't|do not|does not) (?:permit|allow)\b|\b(?:the )?(?:warranty|policy|cover|insurance|guarantee|plan) (?:excludes|doesn't cover|does not cover|won't cover)\b|\b(?:have|has) to honour (?:their|the) (?:[\w-]+ )?terms\b|\b(?:there are|there's) (?:[\w-]+ ){0,3}(?:regulations|rules|laws) (?:that|which) (?:mean|prevent|stop|say)\b`,
      // Round 3 (studied after it was scored as the check set): the citing verb with any named rulebook ("as described in
      // the billing policy", "in accordance with the storage agreement", "as per our engagement letter", "set out in our
      // tariff", "in line with the admissions code"), "we have to follow the triage protocol", "that's what the signs
      // say", "please refer to the code of conduct", "the signs meet all legal requirements".
      String.raw`\b(?:as per|per|in line with|in accordance with|under|according to|as (?:set out|described|explained|stated|listed) in|(?:set out|described|explained|stated|listed|covered) in|governed by|bound by)\s+(?:the |our |your |their )?(?:[\w-]+ ){0,2}?(?:agreement|engagement letter|tariff|code of conduct|admissions code|code|protocol|guidelines|policy|terms|contract|conditions)\b|\b(?:I|we) (?:have|need|'ve got|must) to (?:follow|stick to|go by|abide by) (?:the |our )?(?:[\w-]+ )?(?:protocol|policy|rules|procedure|guidelines|code)\b|\b(?:that's|this is) what the (?:signs?|rules?|terms|policy|contract) says?\b|\b(?:refer|see) (?:to )?(?:the|our) (?:code of conduct|terms|policy|guidelines)\b|\bmeets? all (?:legal|the) requirements\b`,
    ),
    notInSentence: guard(
      POLICY_IN_FAVOUR.source,
      String.raw`\b(?:entitled to|eligible for|you(?:'re| are) owed|you(?:'ll| will) (?:get|receive))\b`,
    ),
    rewrite: 'Lead with what can be done: "Here\'s what I can do for you: …"',
  },
  {
    // A no that closes the matter (R6): "we are unable to investigate further", "we cannot make this process any faster",
    // "please wait until then", "SSO is only on Enterprise", "I trust this is now clear".
    id: 'refusal-closes-it',
    label: 'refusal_rigid',
    pattern: anyOf(
      String.raw`\b(?:I|we)(?:'re| are|'m| am)?\s*(?:cannot|can't|can not|unable to|not able to)\s+(?:investigate|look into|make|speed|pursue|progress|escalate|consider|reopen|review|accept|process|do)\b[^.!?]{0,30}?\b(?:further|faster|any more|anymore|any further|quicker|sooner|again)\b`,
      String.raw`\bplease (?:just )?(?:wait|be patient) (?:until then|until (?:the|it|that|your)|for (?:the|it) to)\b|\bI trust (?:this|that) is (?:now )?clear\b|\b(?:is|are) only (?:available )?(?:on|for|with|in) (?:the |our )?(?:enterprise|premium|business|pro|gold|platinum|annual|paid|higher|top)\b`,
    ),
    notInReply: COMPROMISE,
    rewrite: 'Offer a compromise: "I can\'t do that, but here\'s what I can do: …"',
  },
] as const satisfies readonly LintRule[];
