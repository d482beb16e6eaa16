/**
 * Can a suggested reply be read out as written? The checker behind `npm run eval:drafts`. It knows nothing of how the
 * drafts are built: it reads the finished words (and, for the person swap, the customer's message they came from) and
 * names every problem a supervisor would stop at. Its own word lists, not the engine's, so the two cannot agree by
 * construction.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
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
  | 'lower_case_start';

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
  /\b(?:u|ur|r|pls|plz|thx|thnx|im|dont|cant|didnt|doesnt|isnt|wasnt|havent|hasnt|ive|idk|smh|lol|lmao|omg|wtf|btw|tbh|rn|yall|y'all|ya|ppl|cuz|bc|b4|w\/|gonna|wanna|gotta|aint|ain't|amp)\b/i;
// Five or more capitals in a row: shouting (short acronyms such as LTE or USPS pass).
const SHOUTING = /\b[A-Z]{5,}\b/;
const STRAY = /\s[,.;:!?)]|\(\s|[,;:]\s*[,.;:!?]|\.\.|[!?]{2,}|^[^\p{L}<"'(]|\s-\s*[.?!]?$/u;
// A sentence may not end on a word that needs something after it.
const CUT_OFF =
  /\b(?:the|a|an|to|of|and|or|but|with|for|your|our|my|their|in|on|at|from|by|is|was|are|were|be|been|if|so|because|as|than|when|about|into|over|via|just|very|no)\s*[.;?!:]/i;
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
  if (CUT_OFF.test(text.replace(SLOT, 'x'))) found.add('cut_off');
  if (NOT_STATEMENT.test(text) || MIDDLE_QUESTION.test(text)) found.add('not_a_statement');
  if (SIGNATURE.test(text)) found.add('signature');
  if (REFERENCE.test(text)) found.add('reference_number');
  if (TEXT_SPEAK.test(text)) found.add('text_speak');
  if (SHOUTING.test(text)) found.add('shouting');
  if (profanity.hasMatch(text)) found.add('profanity');
  if (STRAY.test(text.replace(SLOT, 'x'))) found.add('stray_punctuation');
  // Every sentence starts with a capital (or an agent's slot).
  if (/^[a-z]|[.?!]\s+[a-z]/.test(text)) found.add('lower_case_start');
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
