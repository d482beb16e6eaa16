/**
 * Can a suggested reply be read out as written? The checker behind `npm run eval:drafts`. It knows nothing of how the
 * drafts are built: it reads the finished words (and, for the person swap, the customer's message they came from) and
 * names every problem a supervisor would stop at. Its own word lists, not the engine's, so the two cannot agree by
 * construction.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import nlp from 'compromise';
import Sentiment from 'sentiment';

export type Problem =
  | 'handle'
  | 'url'
  | 'hashtag'
  | 'html_entity'
  | 'emoji'
  | 'slot'
  | 'doubled_word'
  | 'person_swap'
  | 'not_swapped'
  | 'over_long'
  | 'cut_off'
  | 'promo_in_apology'
  | 'apology_for_good_news'
  | 'not_a_statement'
  | 'signature'
  | 'reference_number'
  | 'text_speak'
  | 'shouting'
  | 'profanity'
  | 'stray_punctuation'
  | 'lower_case_start'
  // What is said back of the customer's complaint (after "I'm so sorry" or "I've got this right:") reads wrong in sense:
  | 'customer_disclaimer'
  | 'customer_own_doing'
  | 'unswapped_you'
  | 'agrees_with_attack'
  | 'pointing'
  | 'argument'
  | 'resolved'
  // …or is broken in ways the checks above do not see:
  | 'no_verb'
  | 'tangled'
  | 'filler_start'
  // Session 10 families seen on unseen support messages:
  | 'speech_marks'
  | 'fragment'
  | 'bare_noun'
  | 'feeling_as_problem'
  | 'hearsay'
  // Session 11 families seen on unseen support messages:
  | 'restart'
  | 'headline'
  | 'customer_stance'
  | 'embedded_tangle'
  | 'side_topic'
  | 'apology_to_praise'
  | 'ask_without_problem';

export interface DraftUnderTest {
  /** The PLAYBOOK principle of the cue the words belong to (A1/A2 are apologies). */
  principle: string;
  text: string;
  /** The customer's message the words were built from (for the person-swap check). */
  source: string;
  /**
   * The drafts' own wording, as given when nothing of the customer's is known: a run of the customer's words that is also
   * the template's ("I want to", "make sure I have") is not a copied one.
   */
  frames?: readonly string[];
}

// A slot the agent fills with a fact only they know: a time or date, a name, a number.
const AGENT_FACT_SLOT = /\b(?:time|date|day|name|number|phone)\b/i;
const SLOT = /<([^<>]{1,60})>/g;
const HANDLE = /(?:^|[^\w.])@\w/;
const URL = /\bhttps?:\/\/|\bwww\.|\bt\.co\/|\b[\w-]+\.(?:com|net|org|co|io|ly|uk|example)\b|\S+@\S+\.\w/i;
const HASHTAG = /(?:^|\s)#[\p{L}\d_]/u;
const ENTITY = /&(?:[a-z][a-z0-9]{1,8}|#\d{1,6}|#x[0-9a-f]{1,6});?/i;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u200D|\u20E3/u;
const EMOTICON = /(?:^|\s)(?:[:;=8][-^'o]?[)(\][dDpP/\\|*3@$]|<3|xD|XD|\^\^|-_-|T_T)(?=\s|$|[.,!?])/;
const DOUBLED = /\b([a-z']+)\s+\1\b/i;
const SIGNATURE =
  /\b(?:sent from my|get outlook|kind regards|best regards|warm regards|regards|sincerely|yours faithfully|confidential|disclaimer)\b|\s[-–—^~][A-Z]{1,3}\b/i;
const REFERENCE = /#\d|\b\d{6,}\b|\b(?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])[A-Z\d][A-Z\d-]{5,}\b/;
const TEXT_SPEAK =
  /\b(?:u|ur|r|pls|plz|thx|thnx|im|dont|cant|didnt|doesnt|isnt|wasnt|havent|hasnt|ive|idk|smh|lol|lmao|omg|wtf|btw|tbh|rn|yall|y'all|ya|ppl|cuz|bc|b4|w\/|gonna|wanna|gotta|aint|ain't|amp|cust|acct|msg|tryin|goin|doin|gettin|sayin|waitin|nothin|\d(?:day|nite|night|moro|morrow)|gr8)\b|\bits\s+(?:not|been|just|still|totally|always|never|so|really|going|a|an|the)\b/i;
// Five or more capitals in a row: shouting (short acronyms such as LTE or USPS pass).
const SHOUTING = /\b[A-Z]{5,}\b/;
const STRAY = /\s[,.;:!?)]|\(\s|[,;:]\s*[,.;:!?]|\.\.|[!?]{2,}|^[^\p{L}<"'(]|\s-\s*[.?!]?$/u;
// A sentence may not end on a word that needs something after it.
const CUT_OFF =
  /\b(?:the|a|an|to|of|and|or|but|with|for|your|our|my|their|in|on|at|from|by|is|was|are|were|be|been|if|so|because|as|than|when|about|into|over|via|just|very|no|do|does|did|will|would|can|could|should|won't|can't|don't|didn't)\s*[.;?!:]/i;
const PROMO =
  /\b(?:available|pre-?orders?|out now|now live|check (?:it )?out|giveaway|on sale|sale|% off|discount|deals?|coupon|promo|launch(?:es|ed)?|introducing|new season|episode|stream(?:ing)? now|follow us|sign up|download|win (?:a|an|one)|tickets?\s+(?:on sale|available)|coming soon|exclusive)\b/i;
// The clause right after "sorry" (or a restatement's colon) must be a statement, not a question, request or command.
const NOT_STATEMENT =
  /\b(?:sorry|right:|after)\s+(?:that\s+(?=(?:why|what|how|where|when|who|can|could|would|will|do|does|did|please)\b))?(?:why|what|how|where|when|who|whom|which|can|could|would|will|do|does|did|is|are|am|was|were|should|shall|please|pls|plz|help|fix|check|dm|let|tell|give|send|hi|hello|hey|thanks|thank|sorry)\b/i;
const MIDDLE_QUESTION = /\?\s*\S.*\b(?:sorry|right)\b|[^.]\?\s+[a-z]/;
// Pronoun and verb that cannot go together, and pronouns in the wrong case: what a broken person swap leaves behind.
const DISAGREEMENT = [
  /\b(?:we|you|they)\s+(?:(?:never|still|also|just|really|already|not)\s+)?(?:am|is|was|has|does|doesn't|isn't|wasn't|hasn't)\b/i,
  /\bI\s+(?:(?:never|still|also|just|really|already|not)\s+)?(?:are|is|were|has|does|doesn't|aren't|isn't|weren't|hasn't)\b/,
  /\b(?:he|she|it)\s+(?:am|are|were|have|don't|aren't|weren't|haven't)\b/i,
  /\b(?:to|for|with|from|about|of|by|email|e-mail|call|tell|told|send|sent|give|gave|help|helped|let|contact|ask|asked|charge|charged|cost|owe|owes|thank|thanked|show|showed|refund|refunded|text|texted|message|messaged|ignore|ignored|treat|treated|called|emailed)\s+(?:we|they|he|she|I)\b(?!\s*(?:'|’|were|was|are|is|am|have|had|has|will|would|can|could|did|do|don't|didn't|never|still|also|just|should|need|want|got|get|paid|said|told|know|think|thought|asked|called|ordered|bought|booked|received|were|weren't|can't|won't|haven't|hadn't)\b)/,
  /(?:^|[.:;!?]\s+|,\s+|\b(?:and|but|because|so|that|when|if|since|until|after|before|while)\s+)(?:us|me|him|them)\s+(?:am|are|were|was|is|have|has|had|will|would|can|could|did|do|don't|didn't|never|still)\b/i,
  /\b(?:we|you)\s+(?:people|guys|lot|lads|folks)\b/i,
  // "am" belongs to "I" alone ("but am told …" once the "I" is gone).
  /(?<!\bI\s+(?:(?:really|just|still|also|not|never)\s+)?)\bam\b/,
  /\b(?:our|your)\s+(?:we|you|I|us|me)\b/i,
];

// ---------------------------------------------------------------------------------------------------------------
// The customer's words said back: sense, not just form. A supervisor reading "I'm so sorry you don't care that much"
// stops; so does the checker. Its own lists, written from what supervisors flagged, not from the engine's.

/** The clause said back of the customer's complaint, or undefined when the draft says none (a generic wording). */
function saidBack(draft: DraftUnderTest): string | undefined {
  if (!/^(?:A1|A2|C1)$/.test(draft.principle)) return undefined;
  const m =
    /\b(?:I'm|I am) (?:so |very |really )?sorry,?\s+(.+?)[.!]?$/i.exec(draft.text) ??
    /\bI've got this right:\s+(.+?)\.\s+Is that right\?$/i.exec(draft.text);
  const said = m?.[1]?.trim();
  if (said === undefined || /^(?:about|for)\b|^you'd like to know\b|^you're getting in touch\b/i.test(said))
    return undefined;
  return said;
}

// "you're not trying to be…", "you don't care…", "you know it's not…", "you heard…", "maybe…": the customer's own stance.
const DISCLAIMER =
  /^(?:maybe|perhaps|probably|possibly|you (?:may|might))\b|^you(?:'re| are)\s+(?:just\s+|really\s+)?not\s+(?:trying|looking|here|out)\s+to\b|^you(?:'ve|'d)?\s+(?:(?:do|did|don't|didn't|do not|did not|weren't|wasn't|aren't|were not|was not|can't|honestly|really|just|even|also|still|genuinely|never|now)\s+)*(?:know|knew|think|thought|heard|care|mind|want|wanted|mean|meant|guess|feel|felt|believe|understand|realised|realized|realise|realize|wonder|hope|wish|expect|expecting|suppose|assume|like|select|selected|notice|noticed|tick|ticked)\b/i;
// "you deleted it", "you ordered some parts late", "you still have 80 cents": what the customer did or has, no harm after.
const OWN_DOING =
  /^you(?:'ve| have)?\s+(?:(?:just|already|also|then|finally|still)\s+)*(?:deleted|ordered|bought|booked|did|cancell?ed|chose|decided|returned|installed|went|picked|signed up|have (?:like |about )?(?:a|an|this|some|\d+)|got this)\b/i;
const HARM_AFTER = /n't\b|\b(?:not|never|no|none|nothing|nobody|still|but|only to)\b/i;
// "you'll trace it and email us", "you charged you": the company's words left in the customer's person.
const UNSWAPPED_YOU =
  /^(?:you'll|you will|you can|you'd be happy to)\s+(?:[\p{L}']+\s+){0,6}?(?:us|our)\b|\bdrop you\b|\byou\s+(?:[\p{L}']+\s+){0,2}?you\b(?!\s*(?:were|are|have|had|'d|'re|'ve|would|could|can|will|should|did|didn't|don't))/iu;
// The agent agreeing with a verdict on the company (B1): "we were bad", "we had no right", "our reps are useless".
const ATTACK_AGREED =
  /\b(?:we|we're|we've|our\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|(?:the|this|your) company)\s+(?:[\p{L}']+\s+){0,3}?(?:bad|awful|terrible|useless|incompetent|clueless|no right|not right|lied|lying|a joke|a scam|suck|sucks|ashamed|don't care|do not care|doesn't care|does not care|didn't care)\b/iu;
// "it was not a full flight", "that is not your apartment", "it's just the wifi": pointing at what the agent cannot see.
const POINTING_AT =
  /^(?:it|that|this)(?:'s| is| was)\s+(?:(?:not|just|only|clearly|obviously)\s+)*(?:a|an|the|your|my|our)\b(?!.*\btimes?\b)/i;
// Sarcasm and rebuttals: "it's funny how…", "no wonder…", "…had nothing to do with…", "it was not the seller's fault".
const ARGUMENT =
  /\b(?:funny how|love how|no wonder|how convenient|nothing to do with)\b|,\s*not (?:cool|ok|okay|good|acceptable|on)(?: at all)?$|\bnot\s+(?:the\s+|your\s+|our\s+|[\p{L}]+'?s\s+)?fault\b/iu;
// A problem that went away: "you unlinked them and it worked", "it's back now".
const GONE_AWAY =
  /\b(?:it|they|that)\s+(?:(?:just|finally|then)\s+)?(?:worked|came back|returned|works now)\b|\b(?:it|they|that)(?:'s|'re| is| are)\s+(?:back|fine)\s+now\b/i;
// A clause that cannot be read as one sentence: a question asked inside it ("… have you lost £120 now"), a request inside
// it ("… let you try that"), two verbs run together ("it's does"), a verb with no subject after "if" ("if is listed"),
// a second verb that does not agree with the subject it shares ("they hung up on you or wasn't any help").
const TANGLED = [
  /\s(?:have|has|did|do|does|can|could|will|would)\s+(?:you|we|they|he|she)\s+[\p{L}]+(?:ed|en|t)\b/u,
  /(?:[,;]\s*|\b(?:too|so|just|now|then|please)\s+)let (?:you|us|me)\b/i,
  /'s\s+(?:does|do|did|doesn't|don't|didn't)\b/i,
  /\b(?:if|because|although|unless)\s+(?:is|was|are|were|has|have)\b/i,
  /\b(?:they|you|we)\s[^,.;]*\b(?:or|and)\s+(?:was|wasn't|is|isn't|has|hasn't|does|doesn't)\b/i,
  /\b[\p{L}]+ing\s+not\s+[\p{L}]+ing\b/u,
  /\b(?:your|our|the|my)\s+I\b/,
];
// A filler the customer opened with, left at the start of what is said back: "I'm so sorry now your kids…", "…actually, you".
const FILLER_START = /^(?:now|actually|so|well|anyway|ok|okay|basically|also|and|but)\b[,]?\s/i;

const SUB_CLAUSE = new Set([
  'which',
  'who',
  'whom',
  'if',
  'because',
  'although',
  'though',
  'unless',
  'whether',
  'when',
  'while',
]);
/**
 * Is there a verb with a tense in the main clause? "4 items missing worth £97" has none; "3/3 on the wrong which you don't
 * appreciate" has one only in its "which" clause; "you got this card but no real perks" has nothing after "but".
 */
function hasTensedVerb(clause: string): boolean {
  const doc = nlp(clause).json({ terms: { text: true, tags: true } }) as Array<{
    terms: Array<{ text: string; tags: string[] }>;
  }>;
  const terms = doc.flatMap((s) => s.terms);
  let owed = 0;
  let main = false;
  let afterBut = false;
  let butVerb = false;
  let inGroup = false;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const lower = t.text.toLowerCase();
    const tags = new Set(t.tags);
    if (lower === 'but') {
      afterBut = true;
      inGroup = false;
      continue;
    }
    if (
      SUB_CLAUSE.has(lower) ||
      (lower === 'that' && /^(?:i|you|we|they|he|she|it)$/i.test(terms[i + 1]?.text ?? ''))
    ) {
      owed++;
      inGroup = false;
      continue;
    }
    const tensed =
      tags.has('Copula') ||
      tags.has('Modal') ||
      tags.has('Auxiliary') ||
      (tags.has('Verb') && !tags.has('Gerund') && (tags.has('PastTense') || tags.has('PresentTense')));
    if (tensed && !inGroup) {
      if (owed > 0) owed--;
      else main = true;
      if (afterBut) butVerb = true;
    }
    // An auxiliary and its verb are one group ("don't appreciate", "has been lost"); a main verb ends the group.
    inGroup =
      tensed && (tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula'))
        ? true
        : tags.has('Negative') || tags.has('Adverb')
          ? inGroup
          : false;
  }
  return main && (!afterBut || butVerb);
}

/** What reads wrong in what is said back of the complaint (see the problem kinds above). */
function senseProblems(draft: DraftUnderTest, found: Set<Problem>): void {
  const said = saidBack(draft);
  if (said === undefined) return;
  if (DISCLAIMER.test(said)) found.add('customer_disclaimer');
  const own = OWN_DOING.exec(said);
  if (own && !HARM_AFTER.test(said.slice(own[0].length))) found.add('customer_own_doing');
  if (UNSWAPPED_YOU.test(said)) found.add('unswapped_you');
  if (ATTACK_AGREED.test(said)) found.add('agrees_with_attack');
  if (POINTING_AT.test(said)) found.add('pointing');
  if (ARGUMENT.test(said)) found.add('argument');
  if (GONE_AWAY.test(said)) found.add('resolved');
  if (TANGLED.some((re) => re.test(said))) found.add('tangled');
  if (FILLER_START.test(said)) found.add('filler_start');
  if (!hasTensedVerb(said)) found.add('no_verb');
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll", 'im', 'ive']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd", 'u', 'ur']);

/**
 * Runs of the customer's words, copied unchanged, that still carry their first person ("I was charged", "my bill") or,
 * over four words, their second ("your app keeps crashing"): in the agent's mouth they mean the agent or the customer.
 */
function unswapped(draft: string, source: string, frames: readonly string[]): boolean {
  // Runs never cross a sentence end (or a line, a colon, a dash): "… or number. I want to" is not one run.
  const sentences = (text: string): string[] =>
    text.split(/[.!?;:\n…]+|\s[-–—]\s/).map((part) => ` ${words(part).join(' ')} `);
  const d = sentences(draft);
  const f = frames.flatMap(sentences);
  const copied = (run: string[]): boolean => {
    const phrase = ` ${run.join(' ')} `;
    return d.some((x) => x.includes(phrase)) && !f.some((frame) => frame.includes(phrase));
  };
  for (const part of source.split(/[.!?;:\n…]+|\s[-–—]\s/)) {
    const s = words(part);
    for (let i = 0; i + 3 <= s.length; i++) {
      const tri = s.slice(i, i + 3);
      if (tri.some((w) => FIRST_PERSON.has(w)) && copied(tri)) return true;
      const four = s.slice(i, i + 4);
      if (four.length === 4 && four.some((w) => SECOND_PERSON.has(w)) && copied(four)) return true;
    }
  }
  return false;
}

const profanity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const afinn = new Sentiment();

// Session 11. Words in the customer's message that tell something is wrong (the checker's own list): a message with none,
// and no contrast, has nothing to apologise for, and nothing to "make right".
const SOURCE_PROBLEM =
  /n't\b|\b(?:not|no|never|nothing|nobody|none|but|however|though|unfortunately|still|again|wrong|broke|broken|late|missing|lost|charged|overcharged|cancel\w*|refund\w*|problems?|issues?|errors?|fail\w*|delay\w*|waiting|waited|worst|terrible|awful|rude|ridiculous|unacceptable|disgusting|useless|poor|bad|damaged|stuck|down|declined|blocked|complain\w*|fault\w*|leak\w*|scam\w*|hole|cracked|cold|dirty|mould|mold|dead|crash\w*|freez\w*|slow|angry|upset|annoyed|frustrat\w*|disappoint\w*|worried|help|drop\w*|hack\w*|keeps|kept|closed|locked|why|brick|forgot)\b|\?/i;
const SOURCE_THANKS = /\b(?:thanks|thank you|thx|cheers)\b/i;
// "you've been, you've been", "you didn't, you weren't": a subject and its verb said twice, the first go kept.
const SAID_TWICE = /\b(you|we|it|they|he|she|there)(?:'[a-z]+)?(?:\s+[a-z']+){0,2},\s+\1(?:'[a-z]+)?\b/i;
// "bins not collected for…", "22 min wait for a driver…": a headline, with no auxiliary before "not" or no verb at all.
const HEADLINE_SAID =
  /^(?:(?:the|your|our|my)\s+)?(?:(?!(?:is|was|are|were|has|have|had|been|be|being|get|got|gets|do|does|did)\b|[\p{L}]+'(?:s|re|m|ve)\b)[\p{L}\d'-]+\s+){1,3}not\s+[\p{L}]+ed\b|^\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?|weeks?)\s+(?:wait|delay|queue|hold)\b/iu;
// The customer's stance said back as the problem: what they are not after, what they have not done, what people do.
const STANCE_SAID =
  /^you(?:'re| are)\s+(?:(?:just|really|honestly|even)\s+)*not\s+(?:(?:even|really)\s+)?(?:after|looking for|asking for|seeking|writing|calling|ringing|here|interested|mad|angry|laughing|joking)\b|^you(?:'ve| have)?\s+(?:done|did)\s+nothing\s+wrong\b|^you(?:'ve| have)\s+never\s+been\s+so\b|^(?:most|many|other|all)\s+(?:people|customers|folks)\b|^you(?:'ve| have)\s+lost\s+your\s+job\b/i;
// An embedded question that does not read as a clause: do-support left in, a comma, a second question, "which" before a
// possessive, two verbs run together.
const EMBEDDED_BAD =
  /\bto know\s+(?:(?:how|what|when|where|why|who|which|whether|if)\b[^.?!]*?(?:,|(?<!\bto )\b(?:does|do|did)\b|\b(?:and|or)\s+(?:is|are|can|do|does|will)\s+(?:there|it|I|you|we)\b|\b(?:is|are|was|were|'s)\s+(?:is|are|was|were|been)\b)|which\s+(?:has|have|is|was|your|our|the|my)\b|what\s+(?:came|arrived|turned up|happened)\s+(?:was|is)\b)/i;

/** Every problem that keeps the words from being read out as written (empty: readable). */
export function problems(draft: DraftUnderTest): Problem[] {
  const { text } = draft;
  const found = new Set<Problem>();
  if (HANDLE.test(text)) found.add('handle');
  if (URL.test(text)) found.add('url');
  if (HASHTAG.test(text)) found.add('hashtag');
  if (ENTITY.test(text)) found.add('html_entity');
  if (EMOJI.test(text) || EMOTICON.test(text)) found.add('emoji');
  for (const m of text.matchAll(SLOT)) if (!AGENT_FACT_SLOT.test(m[1]!)) found.add('slot');
  if (DOUBLED.test(text)) found.add('doubled_word');
  if (DISAGREEMENT.some((re) => re.test(text))) found.add('person_swap');
  if (unswapped(text, draft.source, draft.frames ?? [])) found.add('not_swapped');
  const sentences = text.split(/(?<=[.;?!])\s+/);
  if (sentences.some((s) => s.split(/\s+/).length > 32)) found.add('over_long');
  // "you'd like to know where your package is." ends well: an embedded question ends on its verb.
  const embedded = /\bto know (?:where|what|when|who|which|how|whether|if)\b[^.?!]*\b(?:is|are|was|were)(?=[.?!])/gi;
  // "bringing it in.", "cut us off.", "what to do?" end well.
  const particle =
    /\b(?:it|them|you|us|him|her)\s+(?:in|on|over|off|up|out|back|down)(?=\s*[.;?!:])|\bto do(?=\s*[.?])/gi;
  if (CUT_OFF.test(text.replace(SLOT, 'x').replace(embedded, 'x').replace(particle, 'x'))) found.add('cut_off');
  // Speech written down and kept: a filler, a restart ("you're, you're"), a transcriber's mark or an aside in brackets.
  if (/\b(?:um+|uh+|erm+)\b|\b([\w']+), \1\b|\[[^\]]*\]|\([^)]*\)/i.test(text)) found.add('speech_marks');
  // What is said back must open on a subject: not a number, a preposition or "no"/"every time" ("sorry 3 hrs on hold…",
  // "right: for the delivery but…", "sorry no response from seller").
  const said = /(?:sorry|got this right:)\s+(.*)$/i.exec(text)?.[1] ?? '';
  if (
    /^(?:\d|every time|each time|no (?!one\b))/i.test(said) ||
    /^(?:for|on|at|in|with)\s+(?!(?:(?!(?:but|and|so)\b)\S+\s+){0,4}?(?:you|we|they|it|he|she)\b|[^,]{1,40},\s+(?:the|your|our|my)\b)/i.test(
      said,
    )
  )
    found.add('fragment');
  // A bare singular noun as the subject ("sorry driver left…", "right: app keeps…").
  if (
    /^(?!(?:the|a|an|your|our|my|his|her|their|it|we|you|they|he|she|there|this|that|someone|somebody|nobody|nothing|everything|everyone|no one|customer service|support)\b)[a-z]+(?<!s)\s+(?:keeps|kept|was|is|has|had|won't|wouldn't|didn't|doesn't|isn't|wasn't|stopped|left|took|never|still|refused|lost|broke)\b/.test(
      said,
    )
  )
    found.add('bare_noun');
  // A feeling framed as the problem is itself a non-apology ("sorry you were disappointed that…").
  if (
    /(?:sorry|got this right:) (?:that )?you(?:'re| are| were| feel| felt)\s+(?:so |very |really |a bit )?(?:disappointed|frustrated|upset|annoyed|angry|unhappy|let down)\b/i.test(
      text,
    )
  )
    found.add('feeling_as_problem');
  // Hearsay said back as fact ("sorry a friend told you…", "right: apparently…").
  if (
    /^(?:apparently|supposedly|(?:a|your) (?:friend|mate|neighbour) (?:told|says|said))\b|\byou (?:were|was) told (?:that )?(?:our|the|we)\b(?!.*\b(?:would|will|'d)\b)/i.test(
      said,
    )
  )
    found.add('hearsay');
  if (NOT_STATEMENT.test(text) || MIDDLE_QUESTION.test(text)) found.add('not_a_statement');
  if (SIGNATURE.test(text)) found.add('signature');
  if (REFERENCE.test(text)) found.add('reference_number');
  if (TEXT_SPEAK.test(text)) found.add('text_speak');
  if (SHOUTING.test(text)) found.add('shouting');
  if (profanity.hasMatch(text)) found.add('profanity');
  if (STRAY.test(text.replace(SLOT, 'x'))) found.add('stray_punctuation');
  // Every sentence starts with a capital (or an agent's slot).
  if (/^[a-z]|[.?!]\s+[a-z]/.test(text)) found.add('lower_case_start');
  senseProblems(draft, found);
  const back = saidBack(draft);
  if (back !== undefined) {
    if (SAID_TWICE.test(back)) found.add('restart');
    if (HEADLINE_SAID.test(back)) found.add('headline');
    if (STANCE_SAID.test(back)) found.add('customer_stance');
  }
  if (EMBEDDED_BAD.test(text)) found.add('embedded_tangle');
  // The general wording's topic ("the trouble with your food") must come from a sentence that tells a problem.
  const topic =
    /\b(?:trouble with|getting in touch about) (?:your|the) ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+?)s?(?=[.?!]|\.|$)/iu.exec(
      text,
    )?.[1];
  if (topic !== undefined) {
    const head = topic.split(' ').at(-1)!.toLowerCase();
    const holding = draft.source
      .split(/(?<=[.!?\n])\s+|\n+/)
      .filter((sentence) => sentence.toLowerCase().includes(head));
    if (holding.length > 0 && !holding.some((sentence) => SOURCE_PROBLEM.test(sentence))) found.add('side_topic');
  }
  const noProblem = !SOURCE_PROBLEM.test(draft.source);
  // Praise or thanks only ("faultless stay, lovely staff", "Thanks!!"): nothing to apologise for or to make right.
  // (the package's result also lists the negative words it scored; the project's type declaration leaves them out)
  const feeling = afinn.analyze(draft.source) as { score: number; negative?: string[] };
  const praising =
    (feeling.score >= 3 && (feeling.negative ?? []).length === 0) ||
    (SOURCE_THANKS.test(draft.source) && draft.source.split(/\s+/).length <= 8);
  if (/^A[12]$/.test(draft.principle) && noProblem && praising) found.add('apology_to_praise');
  if (draft.principle === 'R1' && noProblem) found.add('ask_without_problem');
  if (/^A[12]$/.test(draft.principle)) {
    if (PROMO.test(text)) found.add('promo_in_apology');
    // An apology for something the customer was pleased about: what follows "sorry" scores positive and has no negation.
    // Names (capitalised words past the first) are not sentiment: "Best Buy".
    const after = (/sorry\b(.*)$/i.exec(text)?.[1] ?? '').replace(/(?<=\S\s+)\p{Lu}[\p{L}']*/gu, '');
    const { score } = afinn.analyze(after);
    if (score >= 2 && !/n't\b|\b(?:not|no|never|without|cannot)\b/i.test(after)) found.add('apology_for_good_news');
  }
  return [...found];
}
