/**
 * The complaint in the customer's first messages, made fit to be said back (A2, C1, F5, F6): handles, links, hashtags,
 * HTML entities, emoji, reference numbers, greetings and signatures dropped; the clause that carries the problem picked
 * (not a question, a request, a promotion or thanks); then said in the agent's person by the grammar step (person.ts).
 * Reading the messages is cheap; the grammar step runs once per complaint, the first time a draft asks for the words.
 */
import { decodeHTML } from 'entities';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { AbuseFinding } from '../signals/types.ts';
import { antecedent, type Said, sayBack, swapPerson, tellsEvent } from './person.ts';

export interface CustomerMessage {
  text: string;
  /** The language the turn was read in ('en' when English), as the anger reading gives it. */
  language: string;
  /** Abuse found in the message (its insults are not repeated back). */
  abuse?: readonly AbuseFinding[];
}

/** What the customer said, ready for a draft; every field may be missing when nothing clean could be taken. */
export interface ComplaintWords {
  /** Statements in the agent's person that can follow "I'm so sorry": ["your flight was cancelled"] (one or two). */
  statements: string[];
  /** A question the customer asked, embedded: "where your order is" (for "you'd like to know …"). */
  question?: string;
  /** What it is about, for a general wording: "your order", "the app". */
  topic?: string;
}

/**
 * What the customer's first messages are: a problem (something went wrong, or they are upset), praise or thanks with
 * nothing wrong in it, or a plain enquiry (a question or request that names no problem).
 */
export type Tone = 'problem' | 'praise' | 'enquiry';

export interface Complaint {
  /** Why no English words are drafted (the customer does not write English); undefined when they do. */
  readonly notEnglish: string | undefined;
  /** The words, worked out the first time they are asked for. */
  words(): ComplaintWords;
  /** What the messages are (see Tone); cheap unless a message holds praise, then read once. */
  tone(): Tone;
}

// ---------------------------------------------------------------------------------------------------------------
// Cleaning: what never reads well aloud.

const BREAK = '\n';
const HOLE = '\u2060'; // marks a clause that lost a word (a handle in the middle of a sentence)
const URL =
  /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+|\b[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+\.(?:com|net|org|co\.uk|io|ly)\/\S*/gi;
// Pictographs and flags with their modifiers (variation selector, skin tone, keycap, zero-width joiner).
const EMOJI = /(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}](?:\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}]|\u20E3)*)+/gu;
const EMOTICON = /(?:^|\s)(?:[:;=8][-^'o]?[)(\][dDpP/\\|*3@$]+|<3+|xD+|XD+|\^\^|-_-|T_T)(?=\s|$|[.,!?])/g;
const SIGNATURE_LINE =
  /^\s*(?:sent from my|sent from (?:yahoo|mail|outlook)|get outlook|--\s*$|(?:kind |best |warm |many )?regards\b|(?:many )?thanks(?: again| in advance)?[,!.]?\s*$|thank you[,!.]?\s*$|cheers[,!.]?\s*$|best(?: wishes)?,?\s*$|sincerely|yours (?:sincerely|faithfully|truly)|this (?:e-?mail|message)(?: and any| is| may| contains)|confidentiality|disclaimer|please consider the environment)/i;
const SIGNATURE_TAIL =
  /\s*(?:\bsent from my \w+(?: \w+)?|\b(?:kind |best |warm |many )?regards,?(?:\s+[A-Z][\w.'-]*){0,3}|\b(?:thanks|thank you|cheers|ta)(?: again| in advance)?[,!.]?(?:\s+[A-Z][\w'-]*){1,2}|[-–—~^]\s?[A-Z]{1,3}|\b(?:sincerely|yours (?:sincerely|faithfully)),?(?:\s+[A-Z][\w.'-]*){0,3})\s*\.?$/;
const GREETING =
  /^(?:(?:hi|hii+|hello|helo|hallo|hullo|hey|hiya|heya|dear|yo|good (?:morning|afternoon|evening)|greetings)\b(?:\s+(?:there|team|all|guys|folks|sir|madam|sir\/madam|support|customer (?:service|support|care)|[A-Z][\w'-]+(?=(?:\s+[A-Z][\w'-]+){0,2}\s*[,!:\n-])))*\s*[,!.:-]?\s*)+/i;
// (A name after the greeting is followed by a comma or a line's end: "hi my card was declined" names nobody.)
// Long digit runs and codes ("#4471", "order 1029384756", "ref XK29QL7"): the noun stays, the number goes.
const REFERENCE =
  /\s*(?:#\s?\d[\w-]*|\b\d{1,4}-\d{4,}\b|\b(?:no\.?|number|nr\.?|ref(?:erence)?\.?|id)\s*[:#]?\s*(?=[A-Z\d-]*\d)[A-Z\d][A-Z\d-]{3,}\b|\b\d{5,}\b|\b(?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])[A-Z\d][A-Z\d-]{5,}\b)/g;
// A label and its code with no "my" or "the" before it ("…items order PP-22741 - is it coming", "…, order GK-449102,"):
// both go; "my order GK-449102 never came" keeps "my order".
const LABELLED_CODE =
  /(?<!\b(?:my|our|your|the|this|that|a|an|his|her|their)\s)\b(?:order|booking|ticket|case|ref|reference|invoice|receipt|claim|policy)(?:\s+(?:no\.?|number|ref|id))?\s*[:#]?\s*(?=[A-Z\d-]*\d)[A-Z]{1,4}-?[A-Z\d-]{3,}\b/g;
// The label a reference leaves behind at the end of a clause once its number is gone ("…, receipt LLC-20144", "…, order
// GC-88127", a line "booking ref QP8D2M"): the noun names nothing without its number.
const DANGLING_LABEL =
  /(?:^|,)[ \t]*(?:(?:booking|order|trip|case|ticket|account|policy|claim|invoice|receipt|tracking|reference|ref|customer|membership|reservation)[ \t]+)*(?:booking|order|trip|case|ticket|account|policy|claim|invoice|receipt|tracking|reference|ref|customer|membership|reservation)(?:[ \t]+(?:no\.?|number|id|ref|code))?[ \t]*[.:]?[ \t]*(?=\n|$)/gim;
// Text-speak a supervisor would not say, and its spelled-out form.
const TEXT_SPEAK = new Map<string, string>(
  Object.entries({
    u: 'you',
    n: 'and',
    ur: 'your',
    r: 'are',
    pls: 'please',
    plz: 'please',
    thx: 'thanks',
    thnx: 'thanks',
    im: "I'm",
    ive: "I've",
    dont: "don't",
    cant: "can't",
    didnt: "didn't",
    doesnt: "doesn't",
    isnt: "isn't",
    wasnt: "wasn't",
    havent: "haven't",
    hasnt: "hasn't",
    wont: "won't",
    couldnt: "couldn't",
    wouldnt: "wouldn't",
    shouldnt: "shouldn't",
    arent: "aren't",
    werent: "weren't",
    whats: "what's",
    wheres: "where's",
    // Contractions written without the apostrophe: the swap reads "youve" as no pronoun at all ("youve charged you").
    youve: "you've",
    youre: "you're",
    youll: "you'll",
    theyve: "they've",
    theyre: "they're",
    theyll: "they'll",
    weve: "we've",
    thats: "that's",
    theres: "there's",
    shes: "she's",
    hes: "he's",
    itll: "it'll",
    wouldve: "would've",
    couldve: "could've",
    shouldve: "should've",
    cos: 'because',
    coz: 'because',
    yall: "y'all",
    "ya'll": "y'all",
    ppl: 'people',
    cuz: 'because',
    bc: 'because',
    b4: 'before',
    gonna: 'going to',
    wanna: 'want to',
    gotta: 'have to',
    i: 'I',
    amp: 'and',
    // Numbers for syllables, clipped words and dropped g's: said in full.
    '2day': 'today',
    '2nite': 'tonight',
    '2night': 'tonight',
    '2moro': 'tomorrow',
    '2morrow': 'tomorrow',
    gr8: 'great',
    cust: 'customer',
    acct: 'account',
    msg: 'message',
    msgs: 'messages',
    appt: 'appointment',
    dept: 'department',
    tryin: 'trying',
    goin: 'going',
    doin: 'doing',
    gettin: 'getting',
    waitin: 'waiting',
    sayin: 'saying',
    nothin: 'nothing',
    somethin: 'something',
    // Clipped units, said in full ("3 hrs on hold" is read aloud as "three hours").
    hrs: 'hours',
    hr: 'hour',
    mins: 'minutes',
    secs: 'seconds',
    wks: 'weeks',
    wk: 'week',
    mths: 'months',
    yrs: 'years',
  }),
);
// Interjections and intensifiers that carry no content ("smh", "wtf", "fucking"): dropped.
const NOISE_WORDS =
  /\b(?:smh|lol|lmao|lmfao|rofl|omg|omfg|wtf|wth|ffs|jfc|tbh|imo|imho|fyi|btw|idk|ugh+|argh+|grr+|rt|af|fucking|fuckin|effing|freaking|frickin|frigging|friggin|goddamn|goddamned|damn|damned|bloody|literally|seriously|honestly)\b/gi;

const ITS_FOR_IT_IS =
  /\b([Ii]t)(s)\s+(?=(?:not|been|just|still|totally|completely|always|never|now|already|only|also|very|too|so|really|going|gone|broken|stuck|down|over|getting|being|taking|saying|telling|working|showing|like|a|an|the|my|your)\b)/g;

const HANDLE_SUBJECT =
  /^(?:\s*[.]?@\w+)+\s+(?=(?:is|are|was|were|has|have|had|does|did|doesn't|didn't|don't|won't|will|can't|cannot|couldn't|wouldn't|keeps|kept|never|still|just|refuses|refused|says|said|sent|lost|took|made|charged|told|\p{Ll}+ed)\b)/u;

// Speech written down (call transcripts): fillers ("um", "uh", ", like,"), a word said twice as the speaker restarts ("I'm,
// um, I'm calling", "he's, he's", "the charger, the plug"), and the transcriber's marks ("[inaudible]", "[crosstalk]").
const FILLER =
  /(?:,\s*)?(?<![\p{L}'])(?:u+m+|u+h+m*|e+r+m+|e+r+|h+m+)(?![\p{L}'])[,.]?|,\s*(?:like|you know|I mean),(?=\s)/giu;
const REQUEST_LIST =
  /\b(?:I'd like|I would like|I want|I need|we'd like|we would like|we want|we need|please|can you|could you|I'm asking for|I am asking for|I expect)(?: you to| the following)?\s*:[^\n]*(?:\n\s*[-*•\d][^\n]*)*/gi;
const INTERJECTION_BEFORE = /(?:^|[\s,.])(?:hi|hello|hey|hiya|yes|yeah|yep|no|so|well|right|okay|ok|look|oh|sorry)$/i;
const TRANSCRIBER_MARK = /\[[^\]\n]*\]/g;
// A word, a comma or a dash, and the same word again (its contraction too): the first is the restart.
// Without the comma, only the short words a restart repeats ("I'm I'm calling", "the the app"), never "that that".
const RESTART =
  /\b((?:the|my|a|an|your|our|this|that)\s+[A-Za-z]+)(?:'[a-z]+)?\s*,\s+(?=\1(?:'[a-z]+)?\b)|\b([A-Za-z]+)(?:'[a-z]+)?\s*(?:,|\s-+)\s+(?=\2(?:'[a-z]+)?\b)|\b(I|we|he|she|it|they|you|the|my|a|an|and|so)(?:'[a-z]+)?\s+(?=\3(?:'[a-z]+)?\b)/gi;
// A subject and its verb said, then started again ("I've been, I've been without", "I didn't, I wasn't told", "it's not,
// it's not my leak", "I've never, I don't even have"): the first go is dropped. Run after RESTART, which takes exact
// repeats of one or two words.
const SUBJECT_RESTART =
  /\b(I|we|you|he|she|it|they|there)(?:'[a-z]+)?(?:\s+(?:never|not|just|even|really|was|were|have|had|did|do|does|can|could|would|will|am|is|are|been|didn't|don't|doesn't|can't|couldn't|wasn't|weren't|haven't|hasn't|hadn't|won't|wouldn't|isn't|aren't)){0,2}\s*(?:,|\s-+)\s+(?=\1(?:'[a-z]+)?\b)/gi;
// An aside in brackets is not said back ("(14 Sept, Gatwick–Faro)", "(recently added e.g.)"): it goes, the sentence stays.
const ASIDE = /\s*\([^()\n]*\)/g;
// "I'm calling because / about …", "I'm writing regarding …": why they got in touch, not the problem; the problem follows.
const CONTACT_REASON =
  /\b(?:I|we)(?:'m| am|'re| are)\s+(?:(?:just|only|now)\s+)?(?:calling|phoning|ringing|writing|emailing|e-mailing|messaging|contacting you|getting in touch|reaching out|tweeting)\s+(?:(?:to you|you|again)\s+)?(?:because|as|since|about|regarding|re|in regards? to|with regards? to|to (?:say|tell you|let you know|complain|report)(?: that)?)\s+/gi;

/** Speech written down, as it would be written: fillers, restarts and transcriber's marks out. */
function spokenToWritten(text: string): string {
  return (
    text
      .replace(TRANSCRIBER_MARK, HOLE)
      // "Hi, um, we've been charged": after a greeting or an interjection the comma stays; "in, um, January" loses both.
      .replace(FILLER, (filler: string, at: number, all: string) =>
        filler.startsWith(',') && INTERJECTION_BEFORE.test(all.slice(Math.max(0, at - 12), at)) ? ',' : ' ',
      )
      .replace(/,(\s*,)+/g, ',')
      .replace(/\s+,/g, ',')
      .replace(RESTART, '')
      .replace(RESTART, '')
      .replace(SUBJECT_RESTART, '')
      .replace(ASIDE, '')
      .replace(CONTACT_REASON, '')
      .replace(/\b(?:not even joking|no joke|I kid you not|not gonna lie|no lie)\b/gi, ' ')
  );
}

/** The message with everything that cannot be read aloud taken out; sentence breaks kept as newlines. */
export function cleanMessage(text: string, abuse: readonly AbuseFinding[] = []): string {
  let out = text;
  // Insults are not repeated back: their words go, and the clause is marked as holed. Two shapes lose nothing but the
  // insult: an insult used as a form of address at the end of a clause ("…, you clowns.") goes with its comma, and
  // "you idiots" as the subject of a verb ("You idiots charged me twice") keeps its "you".
  for (const f of [...abuse].sort((a, b) => b.span.start - a.span.start)) {
    const before = out.slice(0, f.span.start);
    const after = out.slice(f.span.end);
    const insult = out.slice(f.span.start, f.span.end);
    if (f.kind !== 'insult') out = `${before}${after}`;
    else if (/^\s*,/.test(insult) || (/,\s*$/.test(before) && /^\s*(?:[.!?\n]|$)/.test(after)))
      out = `${before.replace(/,\s*$/, '')}${after}`;
    else if (
      /^(?:you|u|y'all)(?:\s+(?:guys|lot|people|all|two))?\s+(?!(?:are|re|have|'re|'ve|r)\b)[\w*'-]+$/i.test(insult) &&
      /^\s+[a-z]/.test(after)
    )
      out = `${before}${insult.charAt(0) === 'Y' ? 'You' : 'you'}${after}`;
    else out = `${before}${HOLE}${after}`;
  }
  out = decodeHTML(decodeHTML(out))
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00a0/g, ' ')
    .replace(/[\uFE00-\uFE0F\u200B-\u200D]/g, '');
  out = spokenToWritten(out);
  // Signature lines at the end of an e-mail, and a sign-off at the end of a one-line message.
  const lines = out.split(/\r?\n/);
  const cut = lines.findIndex((line, i) => i > 0 && SIGNATURE_LINE.test(line));
  if (cut > 0) lines.length = cut;
  out = lines.join(BREAK).replace(/\bsent from my \w+(?: \w+)?\s*$/i, '');
  for (let k = 0; k < 2; k++) out = out.replace(SIGNATURE_TAIL, '');
  out = out.replace(URL, BREAK).replace(EMOJI, BREAK).replace(EMOTICON, BREAK);
  // Handles: at the start or end they address someone and go; in the middle they leave a hole.
  out = out
    .split(BREAK)
    .map((line) => {
      // A handle that is the subject of the sentence ("@Acme refuses to send my contract") is the company: the clause
      // would lose its subject, so it is holed.
      let l = line
        .replace(HANDLE_SUBJECT, HOLE)
        .replace(/^(?:\s*[.]?@\w+[,:]?)+\s*/, '')
        .replace(/(?:\s*@\w+)+\s*([.!?]*)\s*$/, '$1');
      l = l.replace(/(?:\b(?:to|on|from|with|at|by|for|via|cc|and|hey|@)\s+)?@\w+/gi, HOLE);
      // Hashtags: trailing ones are tags and go; one in a sentence keeps its word when it is a single word.
      l = l.replace(/(?:\s*#[\p{L}\d_]+)+\s*([.!?]*)\s*$/u, '$1');
      // A run of hashtags in the middle is a list of tags, not a sentence.
      l = l.replace(/#[\p{L}\d_]+(?:\s+#[\p{L}\d_]+)+/gu, HOLE);
      l = l.replace(/#([\p{Ll}\d]+|\p{Lu}[\p{Ll}\d]*)(?=\W|$)/gu, '$1').replace(/#[\p{L}\d_]+/gu, HOLE);
      return l;
    })
    .join(BREAK);
  out = out
    .replace(LABELLED_CODE, '')
    .replace(/,[ \t]*(?=,)/g, '')
    .replace(REFERENCE, '')
    .replace(/\(\s*\)/g, '')
    .replace(DANGLING_LABEL, '');
  // Scare quotes round a word or two ('your "upgrade"', "my 'delivered' parcel") are the customer's tone, not a quotation.
  out = out.replace(/(^|[\s(])["']([\p{L}-]+(?:\s[\p{L}-]+)?)["'](?=[\s,.!?;:)]|$)/gu, '$1$2');
  // "1 my number didn't port over / 2 the sim is the wrong size": a list's numbers are not said.
  out = out.replace(
    /^([ \t]*)\d{1,2}[.)]?[ \t]+(?=(?:my|the|your|our|i|we|you|it|they|he|she|no|nobody|there)\b)/gim,
    '$1',
  );
  // "w/o heating", "w/ timestamps": the words written out.
  out = out.replace(/(^|\s)w\/o(?=\s|$)/gi, '$1without').replace(/(^|\s)w\/(?=\s)/gi, '$1with');
  // "4hrs", "20mins": the number and its unit apart, so the unit is said in full.
  out = out.replace(/\b(\d+)(hrs?|mins?|secs?|wks?|mths|yrs)\b/gi, '$1 $2');
  out = out.replace(/\b[\w']+\b/g, (word) => {
    const swap = TEXT_SPEAK.get(word.toLowerCase());
    if (swap === undefined) return word;
    // "r" and "u" are text-speak only in lower case; "I" stays capital.
    if ((word === 'R' || word === 'U' || word === 'N') && swap !== 'I') return word;
    return swap;
  });
  out = out.replace(NOISE_WORDS, ' ');
  // "its" for "it's" where a verb or adverb follows ("its still broken", "its been a week"), never before a noun.
  out = out.replace(ITS_FOR_IT_IS, "$1'$2 ");
  // Shouting: words of four or more capitals are said at a normal volume (keeps "I" and short acronyms).
  const letters = out.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length > 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.7;
  // In a shouted run ("EVEN AFTER A MONTH") the short words come down too.
  out = shouted
    ? out.toLowerCase().replace(/\bi\b/g, 'I')
    : out
        .replace(/\b[A-Z]{2,}(?:\s+[A-Z]+\b)+/g, (run) => (/[A-Z]{4}/.test(run) ? run.toLowerCase() : run))
        .replace(/\b[A-Z]{4,}\b/g, (w) => w.toLowerCase())
        .replace(/\bi\b/g, 'I');
  // "I'd like: the installation done, and the door frame repaired": what they ask for, listed, is no statement.
  out = out.replace(REQUEST_LIST, BREAK);
  return out
    .replace(/[!?]{2,}/g, (marks) => (marks.includes('?') ? '?' : '!'))
    .replace(/\.{2,}|…/g, BREAK)
    .replace(/&/g, 'and')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([,.!?;:])/g, '$1')
    .replace(/^[\s,.;:-]+/gm, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Picking the clause that carries the complaint.

const COMPLAINT_CUES =
  /\b(?:not|no|never|nothing|nobody|no one|none|still|again|cancel+ed|charged|twice|broken|broke|missing|late|lost|wrong|damaged|cracked|failed|fail(?:s|ing)?|dropp\w*|cut off|cuts? out|hasn't|haven't|hadn't|didn't|doesn't|don't|won't|can't|cannot|couldn't|isn't|wasn't|weren't|aren't|overcharged|halved|doubled|tripled|refund\w*|bill\w*|fee|fees|waiting|waited|down|stuck|locked|denied|declined|bounced|disconnect\w*|expired|crash\w*|wiped|deleted|without|bad|terrible|awful|worst|dirty|disgusting|rude|error|problem|issues?|bugs?|leak\w*|flood\w*|outage|slow|delay\w*|freez\w*|froze|lag\w*|glitch\w*|unable|impossible|keeps?|kept|stopped|stolen|threw|thrown|throw(?:s|ing)?|smash\w*|dumped|shouted|yelled|swore|refused|refuses|forgot|forgotten|ruined|soaked|torn|ripped|burnt|spilled|stolen|scam\w*|lied|lying|lie|ignored|ignoring|hung up|on hold|dead|died|spoil\w*|rotten|cold|empty|overbooked|stranded|mess\w*|lousy|poor|useless|ridiculous|unacceptable|disappointed|frustrat\w*|annoy\w*|sick|tired|fed up|blocked|suspended|frozen|holes?|faulty|defective|mou?ldy?|scratched|dented|chipped|stained)\b/gi;
const QUESTION_START =
  /^(?:who|what|what's|whats|where|where's|when|which|how|why|is|are|am|was|were|do|does|did|can|could|would|will|should|shall|may|has|have|any|anyone|anybody)\b/i;
const REQUEST =
  /^(?:please|pls|kindly|help|fix|check|dm|send|call|email|e-mail|contact|reply|respond|answer|tell|let|give|get|look|sort|refund|explain|stop|just|need|i need|I need|i want|I want|i'd like|I'd like|i would like|I would like|we need|we want|want|make|bring|hurry|follow)\b/i;
const PROMO =
  /\b(?:available|pre-?orders?|out now|now live|check (?:it )?out|giveaway|on sale|% off|discount|deals?|coupon|promo|launch\w*|introducing|new season|episode|stream(?:ing)? now|follow us|sign up|download|subscribe|win (?:a|an|one)|coming soon|exclusive|join us|don't miss|tune in|save big|save up to|free upgrades?|limited time|offer ends|shop now|order now|buy now|worth the)\b/i;
const PRAISE =
  /\b(?:thanks|thank you|thank|love|loving|loved|great job|awesome|amazing|excellent|appreciate\w*|kudos|shout ?out|well done|brilliant|fantastic|wonderful|best (?:service|team)|happy with|impressed|resolved|sorted|fixed|working again|works now|capable|surpassed|exceeded|pleased|glad|perfect|delicious|tasty|cheers to|great (?:airline|stuff|service|staff|team|guys|food))\b/i;
// Praise words under a negation are the complaint ("nobody has fixed it", "still not working", "I'm not impressed").
const NEGATED_PRAISE =
  /(?:n't|\b(?:not|never|nobody|no one|nothing|none|yet to be|stopped|stops|quit|no longer))\s+(?:[\p{L}']+\s+){0,3}?(?:fixed|resolved|sorted|working|helped|happy|pleased|impressed|glad|great|good)\b/iu;
/** Thanks or praise that is meant: a praise word, not under a negation. */
const praises = (text: string): boolean => PRAISE.test(text) && !NEGATED_PRAISE.test(text);
const NEGATED = /n't\b|\b(?:not|no|never|nothing|nobody|no one|none|neither|nor|still|cannot|without)\b/i;
// The company's own voice (a brand's reply that came in as a customer message).
const AGENT_VOICE =
  /\b(?:no worries|drop (?:me|us) (?:a|an|the|your)|dm|direct message|sorry to hear|we'd (?:like|love) to|please (?:dm|send) us|send us a dm|reach out to us|we're here to help|happy to help|let us know|our team)\b/i;
const SUBORDINATE_ONLY =
  /^(?:since|when|whenever|if|because|although|though|while|after|before|until|unless|as soon as)\b/i;
// Venting about the company with no event in it ("this is ridiculous", "you guys suck"): not something to apologise for.
const VERDICT =
  /^(?:this|that|it|this company|you|y'all|you guys|you people|your (?:service|company|customer service|support|app))\s*(?:is|are|'s|'re|was|were)?\s*(?:so |just |really |absolutely |completely |beyond |such |a )*(?:ridiculous|unacceptable|terrible|awful|horrible|pathetic|useless|a joke|joke|a disgrace|disgusting|insane|crazy|the worst|worst|trash|garbage|rubbish|unbelievable|a nightmare|nightmare|a scam|suck|sucks)\b/i;
const OFFER =
  /^(?:if|whether)\s+(?:you|u)\s+(?:(?:would|'d)\s+like|need|want|require|have any|can use)\b|^(?:if|whether)\s+(?:there's|there is)\s+anything\b/i;
const KNOW =
  /\b(?:let (?:me|us) know|tell (?:me|us)|wondering|want to know|like to know|need to know|find out)\s+((?:when|where|why|what|how|whether|if)\b.+)$/i;
// Accusations are the customer's to make, not the agent's to repeat as fact ("we lie about our connection").
const ACCUSATION =
  /\b(?:lie|lies|lied|lying|liars?|steal\w*|stole|thie(?:f|ves)|scam\w*|rip(?:ped|ping)? (?:me |us )?off|cheat\w*|fraud\w*|con artists?)\b/i;
// A clause said back is short: one breath, not a paragraph.
// The customer's verdicts said in the agent's voice agree with the attack ("our service is terrible": B1, sympathy
// agreement); the event is said back, the verdict is not.
const JUDGMENT =
  /\b(?:terrible|awful|horrible|horrendous|worst|useless|pathetic|ridiculous|unacceptable|disgusting|disgraceful|incompetent|joke|rubbish|trash|garbage|lousy|shambles|shocking|appalling|atrocious|nuts|insane|crazy|frustrating|annoying|infuriating|maddening|clowns?|idiots?|morons?)\b/i;
const MAX_WORDS = 16;
// What the customer says of themselves that is not what went wrong, said back as if it were the complaint it reads wrong
// ("I'm so sorry you're not trying to be a jerk", "…you don't care that much", "…you heard we were bad"):
//   - a disclaimer, a denial or an opinion of their own: I know / think / heard / care / want / mean / feel / wonder…;
const CUSTOMER_STANCE =
  /^(?:I|we)(?:'m|'ve|'d| am| have| had| do| did| does| was| were| would| really| honestly| just| also| even| still| genuinely| simply| already| actually)*(?:n't)?\s+(?:(?:not|never|n't|do|did|don't|didn't|can't|cannot|couldn't|wouldn't|won't|really|honestly|just|even|also|genuinely|simply|kind of|sort of|totally|fully|now|already)\s+)*(?:know|knew|think|thought|heard|hear|care|cared|want|wanted|mean|meant|guess|feel|felt|believe|understand|appreciate|reali[sz]e|realised|realized|wonder|wondered|assume|suppose|hope|wish|like|mind|get that|expect|doubt|bet|select|selected|choose|notice|noticed|read|tick|ticked|click|clicked|expecting|mean to|meant to)\b|^(?:I|we)(?:'m| am|'re| are)\s+(?:(?:just|really|honestly|simply)\s+)*not\s+(?:trying|looking|out|here)\s+to\b|^(?:I|we)(?:'m| am|'re| are)\s+(?:(?:just|really|honestly|simply|even)\s+)*not\s+(?:(?:even|really|just)\s+)?(?:after|looking for|asking for|seeking|wanting|writing|calling|ringing|phoning|here|interested|mad|angry|cross|upset|laughing|joking|being|one to|usually|normally|the type|someone)\b|^(?:I|we)(?:'ve| have)?\s+(?:done|did)\s+nothing\s+wrong\b|^(?:I|we)(?:'ve| have)\s+(?:never|not)\s+been\s+(?:so|this|more)\b|^(?:most|many|lots of|plenty of|other|some|all)\s+(?:other\s+)?(?:people|customers|folks|companies|banks|shops|firms|providers)\b|^(?:nobody|no one|everyone|everybody)\s+(?:carries|uses|needs|wants|reads|pays)\b|^(?:I|we)\s+(?:don't|do not|didn't|did not|never)\s+(?:even\s+\w+|(?:really\s+)?(?:use|need|watch|drive|own|go out|travel)\b)/i;
//   - what they did themselves, with nothing going wrong after it ("I deleted it", "I ordered some parts late", "I've
//     cancelled my order and gone elsewhere"); "I paid for next-day delivery but it never came" keeps its complaint;
const OWN_ACTION =
  /^(?:I|we)(?:'ve|'d| have| had)?\s+(?:(?:just|already|also|then|finally|even|actually|simply|only)\s+)*(?:ordered|deleted|did|done|cancell?ed|bought|signed up|booked|asked|checked|sent|went|gone|made|paid|returned|reset|restarted|updated|installed|uninstalled|changed|rebooked|used|chose|picked|decided|kept)\b/i;
//   - what they have ("I still have like 81 cents in credit");
const POSSESSION =
  /^(?:I|we)(?:'ve)?\s+(?:(?:still|also|just|already|now)\s+)*(?:have|has|got|own)\s+(?:(?:like|about|around|only|just)\s+)?(?:a|an|this|that|these|those|some|multiple|several|two|three|\d[\d.,]*|the|my|our)\b/i;
//   - what they will do: an intention or a threat ("I'll be reporting you"), or the company's own promise ("I'll trace it").
const INTENTION =
  /\b(?:I|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to)\b|\b(?:I|we)(?:'m| am|'re| are)\s+(?:(?:just|really|simply|definitely|certainly)\s+)*not\s+(?:going to|paying|accepting|having|putting up|leaving|moving|waiting|doing)\b/i;
// What went wrong after the customer's own doing: a negation or a harm ("I paid for next-day delivery but it never came").
// …or a new subject after "and"/"but" with a problem in it ("I updated the app and my phone stopped charging"), or a
// problem had ("I have a problem with my card").
const NEW_SUBJECT_AFTER =
  /\b(?:but|and|yet|so|only to)\s+(?:my|the|it|it's|its|they|he|she|you|your|our|this|that|now)\b(.*)$/i;
const HAD_PROBLEM = /\b(?:problems?|issues?|trouble|faults?|errors?|bugs?)\b/i;
const HAPPENED_AFTER =
  /n't\b|\b(?:not|never|no|none|neither|nothing|nobody|no one|still|yet)\b|\b(?:but|and|yet|which|that|only to)\b.*\b(?:twice|broken|damaged|missing|wrong|charged|stuck|lost|error|failed|declined)\b/i;
/** Whether a new subject after the customer's own clause ("I paid in full and the order still says unpaid") tells a harm. */
const harmAfter = (rest: string): boolean => {
  const after = NEW_SUBJECT_AFTER.exec(rest)?.[1];
  if (after === undefined) return false;
  COMPLAINT_CUES.lastIndex = 0;
  const harm = COMPLAINT_CUES.test(after);
  COMPLAINT_CUES.lastIndex = 0;
  return harm;
};
/** The customer's own doing or having, with nothing going wrong after it. */
const ownDoing = (clause: string): boolean => {
  const own = OWN_ACTION.exec(clause) ?? POSSESSION.exec(clause);
  if (own === null) return false;
  const rest = clause.slice(own[0].length);
  return !HAPPENED_AFTER.test(rest) && !harmAfter(rest) && !HAD_PROBLEM.test(rest);
};
/** Their own report of chasing it, with nothing going wrong after it ("I've called 3 times since"). */
const ownDoingReport = (clause: string): boolean => {
  const own = OWN_REPORT.exec(clause);
  if (own === null) return false;
  const rest = clause.slice(own[0].length);
  // What they said or told someone is their side of it ("I said no way"); only a new harm after it is the complaint.
  if (/\b(?:said|told|explained)$/i.test(own[0])) return !harmAfter(rest);
  return !HAPPENED_AFTER.test(rest) && !harmAfter(rest);
};
// "it was not a full flight", "that is not my apartment", "it's just the WiFi": pointing at something (a picture, an excuse
// the customer expects) rather than saying what happened. "it's the third time my order is late" is an event.
const POINTING =
  /^(?:(?:it|that|this)(?:'s|\s+is|\s+was|\s+isn't|\s+wasn't)\s+(?:(?:not|just|only|clearly|obviously|definitely|literally|really|even)\s+)*(?:a|an|the|my|our|your|his|her|their)\b|(?:that|this)(?:'s|\s+is|\s+was|\s+isn't|\s+wasn't)\s+(?:(?:not|just|only|so|really|extremely|very)\s+)*(?![\p{L}]+(?:ed|en)\b|(?:sent|lost|left|put|cut|kept|thrown|stolen|broken|been|being|still)\b))(?!.*\b(?:time|times)\b)/iu;
// A feeling is not the problem ("I'm so sorry you were disappointed that…" is itself a non-apology): "I'm disappointed that
// my refund never came" says back what came after "that"; "I'm so frustrated with the app" says nothing back.
const FEELING_WORDS = String.raw`(?:disappointed|frustrated|annoyed|upset|angry|mad|fed up|sick and tired|sick|tired|livid|furious|gutted|devastated|let down|confused|worried|stressed|shocked|appalled|disgusted|unhappy|sad|anxious|embarrassed|heartbroken|outraged|horrified|scared|concerned|baffled|puzzled|irritated|exhausted|surprised|amazed|not happy|not impressed|not pleased)`;
// A feeling anywhere in a message ("I'm really worried about…"): something is wrong for them.
const FEELING_SOMEWHERE = new RegExp(String.raw`\b${FEELING_WORDS}\b`, 'i');
const FEELING = new RegExp(
  String.raw`^(?:I|we)(?:'m|'re| am| are| was| were| feel| felt| have been|'ve been| get| got| just)*\s+(?:(?:so|very|really|extremely|just|quite|pretty|incredibly|absolutely|totally|completely|beyond|a bit|a little|getting|becoming|now|honestly|utterly|still|even|genuinely)\s+)*${FEELING_WORDS}\b`,
  'i',
);
const FEELING_THAT = new RegExp(
  String.raw`${FEELING.source}\s*(?:,\s*)?(?:that|because|as|since|how|cause|'cause)\s+|^(?:it's|it is|it was|this is|that is|that's|it has been|it's been)\s+(?:(?:so|very|really|extremely|just|quite|incredibly|beyond)\s+)*(?:frustrating|disappointing|annoying|upsetting|infuriating|worrying|concerning|stressful|embarrassing|sad|a shame|a pity|shocking|unbelievable)\s+(?:that|how|when)\s+`,
  'i',
);
// Hearsay is not a fact the agent can apologise for: what someone else says ("a mate told me I should be paying less",
// "apparently you're closing the branch", "people say…") and a claim the customer was told ("I was told your store never
// answers"); a promise they were given ("I was told I'd get a call back") is what went wrong and stays.
const HEARSAY =
  /^(?:(?:a|my|some|one of (?:my|your))\s+(?:mate|friend|neighbou?r|colleague|guy|bloke|lady|woman|man|person|cousin|brother|sister|dad|mum|mom|father|mother|partner|husband|wife|son|daughter|coworker|co-worker|boss)s?|someone|somebody|people|everyone|everybody|others|reviews?|the internet|google|they|(?:the\s+)?(?:police|council|bank|insurer|insurance company|seller|landlord|vet|doctor|hospital|school|airport|garage|mechanic|neighbours?))\s+(?:\w+\s+)?(?:told|tells|say|says|said|reckons?|reckoned|thinks?|thought|claims?|claimed|heard|mentioned|warned|reckon)\b|\b(?:apparently|supposedly|allegedly|rumou?r(?:ed|s)?|(?:I|we)(?:'ve| have)? (?:heard|read (?:online|somewhere|that)))\b|^(?:I|we)(?:'ve| have)?\s+(?:was|were|been)\s+told\s+(?!(?:that\s+)?(?:I|we|it|you|someone|somebody|an? \w+|the \w+|my \w+)(?:'d|'ll| would| will| should| was going to| were going to| could)\b)/i;
// Someone else as the subject, with nothing of the customer's in the clause: their circumstances ("he never had any problem
// with his leg before"), or a third party's state ("they've no staff", "they have no info either").
const THIRD_PARTY = /^(?:he|she|they|he's|she's|they're|they've|they'd|he'd|she'd)\b/i;
const CUSTOMERS_OWN = /\b(?:I|me|my|mine|we|us|our|I'm|I've|I'd|we're|we've|you|your|u|ur)\b/i;
// What someone of the customer's own did ("my little brother bought a load of stuff on my card", "my son deleted it"):
// not the company's doing.
const FAMILY_DOING =
  /^(?:my|our)\s+(?:(?:little|older|younger|big|elder|eldest|youngest|teenage|\d+[- ]year[- ]old)\s+)?(?:brother|sister|son|daughter|kid|kids|child|children|husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|mother|father|flatmate|housemate|roommate|friend|nan|gran|grandma|grandad|granddad|grandson|granddaughter)\s+(?:(?:just|accidentally|somehow|apparently|also|then)\s+)*(?:bought|used|ordered|spent|took|made|signed|clicked|deleted|lost|broke|dropped|changed|cancell?ed|booked|downloaded|installed|subscribed|paid|added|reset)\b/i;
// A headline with its "was" left out ("flight SV889 delayed 4 hours, no announcements", "parcel damaged again"): a thing
// and a verb that needs someone to do it, with no auxiliary. Said back it does not parse.
// …also for any thing, with or without "the" or "my", when the participle runs on with how it happened ("completion
// delayed twice because…", "my claim rejected again").
const HEADLINE_RUN =
  /^(?:(?:the|my|our|your)\s+)?(?:(?!(?:was|were|is|are|has|have|had|got|been|being|gets?|keeps?|kept|I|you|we|they|he|she|it|who|that|which|this|there|nobody|someone|somebody)\b)[\p{L}-]+\s+){1,3}?(?:delayed|cancell?ed|damaged|declined|blocked|rejected|refused|suspended|frozen|closed|overcharged|downgraded)\s+(?:twice|again|by|because|due|without|after|until|for)\b/iu;
const HEADLINE =
  /^(?:(?:the|my|our|your|this|a)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:flight|train|bus|order|parcel|package|delivery|item|items|card|payment|account|booking|refund|bag|luggage|suitcase|appointment|claim|router|phone|laptop|screen|box|food|meal|room|ticket|service)s?\s+(?:(?=[A-Z-]*\d)[A-Z\d-]{2,}\s+)?(?:again\s+)?(?:delayed|cancell?ed|damaged|charged|declined|blocked|overcharged|delivered|lost|stolen|missed|billed|sent|shipped|refunded|suspended|closed|rejected|refused|frozen|deleted|broken|returned|downgraded|misplaced)\b/iu;
// What could have happened is not what did ("that could have been really bad").
const HYPOTHETICAL =
  /\b(?:could|might)(?:n't| not)? have\b|\b(?:would|may)(?:n't| not)? have (?:been|happened|ended|killed|hurt|caused|made)\b/i;
// The customer's circumstances (health, family events, age, exams): theirs to tell, never the problem said back ("I'm so
// sorry your holiday was cancelled because your father was taken into hospital").
const CIRCUMSTANCE =
  /\b(?:been (?:a |your )?(?:loyal )?(?:customer|member|subscriber|client) (?:for|since)|been with you (?:for|since)|loyal (?:customer|subscriber|member)|(?:house|flat|home|property|place) (?:was|is|were) empty|(?:I|we)(?:'m| am|'re| are| was| were)\s+(?:(?:never|not|always|usually|rarely|hardly ever|away)\s+)?(?:home|at home|at work|on holiday|abroad|away)\b|moving (?:house|home|to|abroad|out)|relocat\w*|new job|hospital|hospitali[sz]ed|ill|illness|poorly|unwell|cancer|dementia|alzheimer'?s|stroke|heart attack|passed away|funeral|bereave\w*|pregnan\w*|surgery|operation|disabled|disability|wheelchair|carer|chemo\w*|diagnos\w*|pre-existing|medication|doctor'?s|vet|\d+ years old|exams?|wedding|anniversary|birthday|redundant|unemployed|on benefits|as a charity|(?:lost|losing) (?:my|our|his|her|their) (?:job|jobs|income|house|home)|covid|flu|ward|hospice|care home|intensive care|(?:broken|broke|fractured|sprained|twisted|hurt|injured|dislocated) (?:my|his|her|their|our) (?:leg|arm|wrist|ankle|hip|foot|hand|back|knee|shoulder|collarbone)|injur(?:y|ies|ed)|in a cast|on crutches|(?:I|we)(?:'m| am|'re| are) (?:\d{2}|(?:sixty|seventy|eighty|ninety)(?:-\w+)?)(?! (?:minutes|mins|hours|days|weeks|pounds|quid|dollars|euros|percent|miles|km))|(?:years?|months?|decades?) (?:as )?an? (?:loyal |paying |regular |long-standing )?(?:customer|member|subscriber|client))\b/i;
// The customer's own denial of doing something ("I didn't order anything from abroad", "I haven't added anything", "we
// simply can't absorb it", "I don't accept the offer"): their case, not what went wrong.
const OWN_DENIAL =
  /^(?:I|we)\s+(?:(?:really|just|simply|even|definitely|certainly|honestly|never|ever)\s+)*(?:didn't|did not|never|haven't|have not|hadn't|don't|do not|can't|cannot|couldn't|won't|will not)\s+(?:(?:even|ever|actually|really|just|simply|possibly)\s+)*(?:order|ordered|do|did|add|added|make|made|authori[sz]e\w*|sign|signed|agree|agreed|ask|asked|request|requested|buy|bought|accept|absorb|afford|touch|touched|take|took|book|booked|consent|consented|give|gave|share|shared|click|clicked|say|said|tell|told|want|need|know|understand|owe|recogni[sz]e|remember|claim|claimed|speak|read|drive|smoke|travel|travelled|traveled|live|lived|change|changed)\b/i;
// …and what they did not do themselves ("I didn't eat it", "we never used it", "I haven't opened it").
const OWN_NOT_DONE =
  /^(?:I|we)\s+(?:(?:really|just|even|definitely|honestly)\s+)*(?:didn't|did not|never|haven't|have not|hadn't)\s+(?:(?:even|ever|actually|really)\s+)*(?:eat|ate|eaten|drink|drank|wear|wore|worn|open|opened|use|used|touch|touched|go|went|leave|left|install|installed|move|moved|call|called)\b/i;
// The customer's own report of what they said or did to chase it ("I said no way", "I've called 3 times since", "I just
// looked again"), with nothing going wrong after it.
const OWN_REPORT =
  /^(?:I|we)(?:'ve| have| had)?\s+(?:(?:just|already|also|then|even|actually|since|now)\s+)*(?:said|told|looked|explained|called|phoned|rang|emailed|e-mailed|messaged|wrote|written|tried|reported|complained|contacted|chased|spoke|spoken|been on the phone|been (?:in|into|to|down to|back to|round to) (?:your|the|a|their)|hacked|worked|mentioned|raised|flagged)\b/i;
// A rebuttal ("it's you, not me", "it's your end"): the customer's argument.
const REBUTTAL =
  /^(?:it's|it is|its)\s+(?:you|your end|your side|yours|u)\b|,?\s*not (?:me|mine|my end|my side|us)\s*[.!]*$/i;
// "my daughter can't have that one": pointing at something only the message shows.
const DEICTIC = /\b(?:that|this) one\b|\bthose ones\b|\bthese ones\b/i;
// A request anywhere in the clause ("…, so please don't call them").
const PLEASE = /\b(?:please|pls|plz|kindly)\b/i;
// What the customer needs, told as a consequence ("…, so I need it cancelled by the 30th"): a request, not the problem.
const NEED =
  /\b(?:so|and|but)\s+(?:I|we)\s+(?:really\s+)?(?:need|needed|want|have to|had to|must)\b|\b(?:I|we)\s+(?:really\s+)?(?:need|want|would like|'d like|wish)\s+to\s+(?:raise|report|make|log|file|lodge|register|cancel|change|know|ask|check|query|speak|talk|complain|dispute|appeal|claim)\b|\b(?:I|we)(?:'m| am|'re| are)\s+(?:now\s+|formally\s+)?asking\s+(?:you|for)\b/i;

// Who the customer is, said of themselves ("I'm a single parent", "we're a small business", "I'm the landlord", "I'm not
// Gareth", "I'm not personally out of pocket"): the reason behind the message, never the problem said back ("I'm so sorry
// you're a driver not a customer").
const SELF_DESCRIPTION =
  /^(?:I|we)(?:'m| am|'re| are)\s+(?:(?:just|only|also|now|still|actually|personally|obviously|clearly)\s+)*(?:not\s+(?:(?:\w+ly|even|really|just)\s+)?)?(?:a|an|one of (?:your|the)|the (?:landlord|owner|tenant|seller|buyer|customer|driver|account holder|bill payer|parent|carer|person|one))\b|^(?:I|we)(?:'m| am|'re| are)\s+not\s+(?:(?:\w+ly|even|really|just)\s+)?(?:out of pocket|bothered|fussed|complaining|worried|after|the one)\b/i;
// "I'm not Gareth", "we're not the Smiths": a name denied.
const NOT_THIS_NAME = /^(?:I|we)(?:'m| am|'re| are)\s+not\s+(?:the\s+)?[A-Z][a-z]+\b/;
// What the customer does not know, accept or agree with, anywhere in the clause ("a subscription that I don't even know how
// I got", "these deductions are not reasonable and I don't accept them"): their stance, not the event.
const STANCE_INSIDE =
  /\b(?:I|we)\s+(?:(?:really|even|just|honestly|simply|still)\s+)*(?:don't|do not|didn't|did not|can't|cannot)\s+(?:(?:even|really|just|honestly)\s+)*(?:know|understand|accept|agree|believe|recogni[sz]e|remember|see why|see how)\b/i;
// A verdict of unfairness ("these deductions are not reasonable", "it's unfair"): in the agent's mouth it agrees with the
// customer's case before anyone has looked at it.
const UNFAIR = /\b(?:unreasonable|unfair|unjust|not (?:reasonable|fair|acceptable|justified|right or fair))\b/i;
// Someone of the customer's, or a pet, as the subject, with no harm done to them by anyone ("the kids can't play out the
// front", "my daughter walks home that way", "my dog is allergic to chicken"): their circumstances. Something done to them
// ("my son was charged twice", "my mum was left waiting") is the complaint and stays.
const SOMEONE_OF_THEIRS =
  /^(?:my|our|the)\s+(?:(?:little|older|younger|elderly|teenage|baby|newborn|\d+[- ]year[- ]old)\s+)?(?:kids?|children|child|son|sons|daughters?|husband|wife|partner|mum|mom|dad|mother|father|parents|grandfather|grandmother|grandad|granddad|grandpa|nan|gran|grandma|baby|dog|dogs|cat|cats|puppy|kitten|pet|pets|neighbou?rs?|tenants?|friends?|sister|brother|boss|family|wee one|little one)\s+(?:and\s+(?:I|me|we)\s+)?(?!(?:was|were|got|gets|has been|have been|had been|is being|are being)\s+\S+(?:ed|en|t|ft|ld|ght)\b|(?:have|has|had)\s+no\b|(?:haven't|hasn't|hadn't)\s+(?:had|got|been)\b|and\b)/i;
// The company's promise told as the event ("you said you'd refund the late fee", "they promised it would be fixed"): said
// back it apologises for the promise; what went wrong is that it was not kept.
const PROMISE_TOLD =
  /^(?:you|they|your\s+[\p{L}-]+|the\s+[\p{L}-]+)\s+(?:(?:had|have|has)\s+)?(?:said|promised|told (?:me|us)|assured (?:me|us)|agreed|confirmed)\s+(?:(?:that|me|us)\s+)?(?:you|we|they|I|it|someone|somebody|he|she|this|that)(?:'d|'ll| would| will| was going to| were going to| should)\b/iu;

// The company's own terms, website or listing cited as evidence ("your terms say a membership can be frozen", "your site
// says 5G is available here"): said back it apologises for what the terms say; what went wrong is that they were not kept.
const COMPANY_SAYS =
  /^(?:your|our|the)\s+(?:own\s+)?(?:terms(?: and conditions)?|t&cs|t and cs|policy|policies|website|site|web site|listing|advert|ad|advertisement|contract|faqs?|description|leaflet|brochure|small print|booking page|product page|email|e-mail|letter|confirmation email|text message)\s+(?:(?:clearly|also|even|still|specifically|literally|itself)\s+)*(?:say|says|said|state|states|stated|show|shows|showed|promise|promises|promised|claim|claims|claimed|mention|mentions|read|reads|offer|offers|offered)\b/i;

// What was meant to happen, told as the event ("the fridge was meant to be delivered Saturday"): said back it apologises
// for the plan; what went wrong ("nobody came") is in another clause. "…was supposed to come but never did" tells both.
const PLAN =
  /\b(?:was|were|is|are|'s|'re)\s+(?:meant|supposed|due|scheduled|expected|booked)\s+to\b(?!.*(?:\bbut\b|n't\b|\bnever\b|\bnot\b|\bstill\b))/i;
// What someone said, told as the fact ("the last person said the refund was processed", "the doctor said one tablet", "the
// engineer said the dish was installed wrong"): hearsay or a claim, not what went wrong.
const STAFF_SAID =
  /^(?:the|a|an|your|our|my|one of your)\s+(?:(?:last|first|other|previous|new|second|third|next|same)\s+)?(?:person|agent|advisor|adviser|rep|representative|man|woman|lady|guy|bloke|girl|doctor|gp|nurse|engineer|technician|mechanic|manager|staff member|colleague|operator|guard|receptionist|pharmacist|vet|surveyor|inspector|officer|builder|plumber|electrician|assessor)(?:\s+(?:I|we)\s+(?:spoke|talked)\s+to)?\s+(?:(?:just|then|also|even|actually)\s+)?(?:said|says|told (?:me|us)|tells (?:me|us)|claimed|claims|reckons|reckoned|insisted|insists|assured (?:me|us))\b/i;
// What the customer lacks that is no service of the company's ("I don't have payslips"): their circumstances. "we don't
// have hot water" is the complaint.
const OWN_LACK =
  /^(?:I|we)\s+(?:just\s+|simply\s+)?(?:don't|do not|didn't|did not)\s+(?:even\s+)?(?:have|own|get)\s+(?:any\s+)?(?!(?:internet|wifi|wi-fi|broadband|heating|hot water|water|power|electricity|gas|signal|service|phone line|landline|access|a|an|the|my|our|your|this|that|it|them|any)\b)[\p{L}-]+s?\s*$/iu;

// Who the customer is, or how they feel about the asking ("I'm not very good with computers", "I'm not someone who
// complains", "I've flown with you twenty times without problems", "I'd rather not…", "I'd be grateful if…", "I have
// nothing to complain about"): the reason behind the message, not what went wrong.
const WHO_THEY_ARE =
  /^(?:it's|it is|this is)\s+(?:me|us|only me|just me)\b|^(?:I|we)(?:'m| am|'re| are)\s+(?:(?:just|really|honestly|simply)\s+)*not\s+(?:very\s+|that\s+|too\s+|great\s+|so\s+)?(?:good|great|confident|used to|comfortable|techy|tech-savvy|someone|somebody|the type|the kind|one to)\b|\bwithout (?:any |a )?(?:problems?|issues?|complaints?|incident|fuss)\b|\bnot (?:someone|somebody|the type|the kind of person) (?:who|to)\b|^(?:I|we)(?:'d| would)\s+(?:much\s+)?(?:rather|prefer|be grateful|appreciate)\b|^(?:I|we)(?:'ve| have)?\s+(?:got\s+)?(?:nothing|no complaints?)\s+to\s+(?:complain|report|moan)\b/i;
// Someone of the customer's named by age ("my 8 yr old bought 3 films"), or the children as a consequence ("kids haven't
// had dinner"): their circumstances, not the company's doing.
const THEIRS_BY_AGE =
  /^(?:my|our)\s+\d+[- ]?(?:yr|year)s?[- ]?old\b(?!\s+(?:\w+\s+)?(?:was|were|got|has been|have been)\s+\S+(?:ed|en|t)\b)|^(?:the\s+)?(?:kids|children)\s+(?:can't|cannot|couldn't|haven't|have not|hadn't|won't|aren't|are|were|have|had|need)\b/i;
// Another language's words inside an English message ("bro mi orden never llegó"): not readable as written.
const MIXED_LANGUAGE =
  /[áíóúñãõ¿¡]|\b(?:bro|mi orden|quiero|pero|porque|dinero|entregado|merci|bitte|danke|gracias|obrigado)\b/iu;

const OWN_TRIED_TAIL =
  /,\s+(?:(?:already|also|i've|I've|i have|I have)\s+)?(?:checked|tried|restarted|reset|rebooted|cleared|reinstalled|updated)\b[^,]*$/;

// Good news told with a problem word ("nothing was broken, which is a first", "none of it was damaged", "no breakages"):
// said back after "I'm so sorry" it apologises for what went right.
const GOOD_NEWS =
  /\b(?:nothing|none of (?:it|them|the \w+))\s+(?:was|were|got|is|has been|had been)\s+(?:(?:even|actually)\s+)?(?:broken|damaged|lost|missing|scratched|chipped|wrong|late)\b|\bno (?:damage|breakages|scratches)\b/i;

// A rhetorical question is the customer's argument, not something they want answered ("what's the point of booking a
// slot if nobody comes", "who designs these forms").
const RHETORICAL =
  /^(?:how (?:are|is) (?:you|they|we|this company|your company) (?:still )?(?:in business|allowed|legal)|what(?:'s| is) wrong with (?:you|your|this)|what(?:'s| is) the point|what(?:'s| is) the use|who (?:designs|thought|decided)|why (?:do|does|did) (?:I|we) (?:even )?bother)\b/i;

// A guess is not a fact to apologise for ("maybe my problem too…", "probably the router").
const HEDGE =
  /^(?:maybe|perhaps|probably|possibly|I guess|I suppose|I think|I'm guessing|(?:I|we) (?:may|might)\b|(?:this|that|it|there)\s+(?:must|might|may|could)\s+be\b)\b/i;
// A problem that has gone away is not one to apologise for ("I unlinked them and it worked", "it came back on wifi").
const RESOLVED =
  /\b(?:it|that|this|they)\s+(?:(?:just|finally|then|now)\s+)?(?:worked|returned|came back|works now|work now)\b|\b(?:it|that|this|they)(?:'s|'re|\s+is|\s+are)\s+(?:(?:all|now)\s+)?(?:back(?!\s+(?:to|again|on|in)\b)|fine now|working (?:again|now))\b/i;
// A request in the middle of a clause ("… let me try that resizing").
const INNER_REQUEST = /(?:[,;]\s*|\b(?:please|just|so|too|now|then|and)\s+)let (?:me|us)\b/i;
// Sarcasm ("it's funny how the other stores don't but you do") and rebuttals of an excuse the customer expects ("the
// equipment change had nothing to do with it", "it was not the seller's fault"): the customer's argument, not the event.
const ARGUMENT =
  /^no wonder\b|^(?:it's|it is|its)\s+(?:so\s+)?(?:funny|amazing|interesting|hilarious|cute|nice|great|lovely|convenient)\s+(?:how|that)\b|\b(?:funny how|love how|how convenient)\b|\bnothing to do with\b|\b(?:is|are|was|were)\s+(?:(?:totally|completely|perfectly|absolutely)\s+)?(?:fine|ok|okay|understandable|normal|expected)\b|\bnot (?:the |my |our |your |their |\p{L}+'?s )?fault\b/iu;
// A question asked inside a statement ("I did that they closed my case have I lost £120"): the clause is a tangle.
const INNER_QUESTION =
  /\s(?:have|has|had|did|do|does|is|are|was|were|can|could|will|would|should)\s+(?:I|you|we|they|he|she)\s+(?!(?:been|had)\b)[\p{L}']+(?:ed|en|t)\b/u;
// In the agent's mouth, the customer's verdict on the company agrees with the attack ("you heard we were bad", "we had no
// right", "we got really bad reps": B1); the event is said back, never the verdict.
const AGREES_WITH_ATTACK =
  /\b(?:we|we're|we've|we'd|our\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:[\p{L}']+\s+){0,3}?(?:bad|no right|not right|ashamed|lie|lied|lying|don't care|didn't care|doesn't care|couldn't care|incompetent|clueless)\b|\b(?:doesn't|don't|didn't|does not|do not|did not|couldn't|never) care\b|\bnobody cares\b/iu;
// Praise said through gritted teeth before the complaint ("Great, you charged me twice", "Thanks a lot, …").
const SARCASTIC_OPENER =
  /^(?:(?:oh|well|wow)[,]?\s+)?(?:(?:great|brilliant|lovely|fantastic|perfect|wonderful|nice|cheers)\s+so\s+(?:now\s+)?(?=\S)|(?:just |really |oh so )?(?:great|brilliant|nice one|nice|lovely|fantastic|perfect|wonderful|terrific|superb|marvell?ous|amazing|awesome|excellent|genius|classic|typical|well done|good job|great job|great stuff|cheers for nothing|thanks for nothing|thanks a lot|thanks a bunch|thanks so much|thank you so much|thank you very much|thanks very much|thanks again|(?:thanks|thank you) in advance|cheers)\s*[,!.:-]+\s*)+(?=\S)/i;
// A verdict tacked on after a comma ("…, unbelievable", "…, what a joke", "…, thanks for nothing"): the event before it is
// the complaint, the verdict is not said back.
const VERDICT_TAIL =
  /,\s*(?:(?:what|such|how|absolutely|just|so|truly|really|totally|utterly|completely|bloody|frankly|honestly|an?)\s+)*(?:not (?:cool|ok|okay|good|good enough|acceptable|on|fair|right|great|nice)(?: at all)?|unbelievable|unacceptable|ridiculous|pathetic|disgraceful|disgusting|shocking|appalling|typical|classic|joke|disgrace|shambles|useless|terrible|awful|rubbish|brilliant|great|genius|lovely|amazing|thanks for nothing|cheers for nothing|thanks a lot|nice one|well done|great job|good job|cheers|thanks|seriously|wow|unreal|incredible|insane|madness|nightmare)(?:\s+(?:service|stuff|work|job|company|guys|lot|people|that|really|then|again|as usual|as always))?\s*([.!?]*)$/i;
// Who the customer says did it (the company addressed: "you", "your driver", "you lot"; or "they") and what they did, in
// the past: "You charged me…", "your driver threw…", "they've lost…". "Your app is down?" is a question, not this.
const ACCUSER =
  /^(?:you|you guys|you lot|you people|you all|y'all|they|your\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)(?:'ve|'d)?\s+(?:(?:just|actually|really|seriously|even|also|then|now|never|still|already|somehow|again)\s+)*(?:(?:have|has|had)\s+(?:(?:just|actually|really|even|also|never|now|already|again)\s+)*)?(?:[\p{L}]+ed|sent|took|taken|lost|made|gave|given|left|threw|thrown|broke|broken|sold|kept|cut|put|told|stole|stolen|forgot|forgotten|hung up|let|shut|sent|wrote|written|took|brought|spent|got|gotten|ran|run|won't|wouldn't|didn't|haven't|hasn't|never)\b/iu;
const profanity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

interface Candidate {
  clause: string;
  /** Words that mark a problem. */
  cues: number;
  /** Not a promotion, praise or the company's own voice: a clause that may say what the message is about. */
  topical: boolean;
  weight: number;
  order: number;
  /** The clause is a question: only "why" and "how come" questions can be turned into a statement. */
  question: boolean;
  /** A clause fit to be said back as a statement. */
  statement: boolean;
  /** "You charged me…", "your driver threw…", "they lost…": the customer says what the company did to them. */
  accuses: boolean;
  /** The sentence it came from thanks or praises ("…, but you sorted it fast"). */
  inPraise: boolean;
}

const hasCue = (text: string): boolean => {
  COMPLAINT_CUES.lastIndex = 0;
  const found = COMPLAINT_CUES.test(text);
  COMPLAINT_CUES.lastIndex = 0;
  return found;
};
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// The clause after "and", "but" or "so" that opens on a subject of its own.
const TAIL =
  /^.{6,}?\s(?:and(?: then| now| still)?|but|so|then)\s+(?=(?:the|my|our|your|it|it's|they|he|she|nobody|no one|nothing|there|someone)\b)(.{8,})$/i;

// A clause that opens on a pronoun standing for something told before it; not "it" for the time or the weather ("it's
// been three weeks", "it is now the end of November").
const PRONOUN_SUBJECT = /^(it|he|she)(?=(?:'s|'d|'ll)?\s+\S)/i;
const DUMMY_IT =
  /^it(?:'s|\s+is|\s+was|\s+has|\s+had)?\s+(?:(?:now|already|been|just|only|nearly|almost|over|well over|more than|about|around|getting on for)\s+)*(?:\d|a\s+(?:week|month|day|year|fortnight|while)\b|an\s+hour\b|the\s+(?:end|middle|start|beginning|third|second|fourth|fifth|first|last)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|ages|weeks|days|months|years|hours|midnight|gone|past|raining|snowing|freezing|cold|hot|dark|late|early|today|tonight|tomorrow|christmas|easter|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;

/**
 * A clause that opens on "it", "he" or "she" with the pronoun's thing or person put in its place, from the first of
 * `contexts` that names one; null when the clause points at nothing it can name (nothing fits, too little is said after
 * it, a second "it" the name cannot be, or someone else's doing with nothing of the customer's in it); undefined when the
 * clause does not open on such a pronoun, or nothing was said before it.
 */
function nameThePronoun(clause: string, contexts: readonly string[]): string | null | undefined {
  const opener = PRONOUN_SUBJECT.exec(clause);
  // The message's first words ("it's still broken after the reset"): the thing both sides are talking about, left as it is.
  if (opener === null || DUMMY_IT.test(clause) || contexts.length === 0) return undefined;
  // "it's all", "it's still saying it", "he's not answering".
  if (BARE_PRONOUN_CLAUSE.test(clause) || /\b(?:it|them)[.!?]*$/i.test(clause)) return null;
  if (THIRD_PARTY.test(clause) && !CUSTOMERS_OWN.test(clause)) return null;
  const rest = clause.slice(opener[1]!.length);
  for (const context of contexts) {
    const named = antecedent(context, opener[1]!);
    if (named === undefined) continue;
    // "a fake. it's obviously fake": the name said again in the clause says nothing.
    const head = named
      .split(' ')
      .at(-1)!
      .replace(/[^\p{L}'-]/gu, '');
    return new RegExp(String.raw`\b${head}\b`, 'i').test(rest) ? null : named + rest;
  }
  return null;
}

/** Splits a sentence longer than MAX_WORDS at its commas and at "but", "so", "and now". */
function clausesOf(sentence: string): string[] {
  // "I'm not trying to be difficult, but it's been a week": the complaint comes after "but".
  const but = /^(.{8,}?),?\s+but\s+(.{8,})$/i.exec(sentence);
  // "I was refunded for the tickets but not the fees": what came before a bare "but not…" was the part that went right.
  if (but && /^(?:not|never|no)\b/i.test(but[2]!)) return wordCount(sentence) <= MAX_WORDS ? [sentence] : [];
  if (but) return [...(wordCount(sentence) <= MAX_WORDS ? [sentence] : []), but[1]!, ...clausesOf(but[2]!)];
  // "You charged me twice and I want it back now": the request after "and" is not part of what went wrong.
  const wants =
    /^(.{8,}?),?\s+and\s+((?:I|we)\s+(?:want|need|demand|expect|'d like|would like|'m going to|am going to|will)\b.*)$/i.exec(
      sentence,
    );
  if (wants) return [wants[1]!, wants[2]!];
  if (wordCount(sentence) <= MAX_WORDS) return [sentence];
  return sentence
    .split(/,\s+|;\s+|\s+(?:but|however|so|and now|and then|and still|plus|because|as|which|while|and|though)\s+/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function candidates(cleaned: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const sentences = cleaned
    .split(/\n+|(?<=[.!?])\s+|;\s+|\s+[-–—]+\s+|\s*--+\s*|:\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (let s = 0; s < sentences.length; s++) {
    let sentence = sentences[s]!;
    // "I want to complain about your driver. He was rude to me at the door…": the sentence says who, before it is cut.
    const renamed = s > 0 ? nameThePronoun(sentence, [sentences[s - 1]!]) : undefined;
    if (typeof renamed === 'string') sentence = renamed;
    const inPraise = praises(sentence);
    // "It stopped on mobile data but it's back now": what went wrong has gone away.
    const resolved = RESOLVED.test(sentence);
    const queue = clausesOf(sentence);
    const own = queue.length;
    for (let q = 0; q < queue.length; q++) {
      const raw = queue[q]!;
      const hearsay = HEARSAY.test(raw.replace(GREETING, ''));
      let clause = raw
        .replace(GREETING, '')
        .replace(SARCASTIC_OPENER, '')
        .replace(
          /^(?:(?:and|but|so|also|plus|then|ok|okay|well|yeah|yes|no(?=\s*[,.!]|\s+(?:it|its|it's|I|we|they|that|this|the|my|you|he|she|there)\b)|look|listen|oh|um|uh|um+|erm|er|hi|hello|hey|right|thanks|thank you|cheers|(?:the )?thing is|fyi|anyway|boy|man|wow|geez|jeez|gosh|ah|hmm+|honestly|obviously|apparently|now|actually|basically|essentially|clearly)\b[,]?\s*)+/i,
          '',
        )
        .replace(/^[,.;:\s-]+/, '')
        .replace(VERDICT_TAIL, '')
        // "…for saturday, checked spam": what the customer already tried, tacked on, is not part of what went wrong.
        .replace(OWN_TRIED_TAIL, '')
        // "…twice for order" once its number is gone: the label with nothing after it goes too.
        .replace(
          /\s+(?:for|on|about|regarding|re)\s+(?:order|booking|ticket|case|invoice|reference|ref)\s*([.!?]*)$/i,
          '$1',
        )
        .trim();
      // "I'm disappointed that my refund never came": the feeling says there is a problem; what it is about is said back.
      const felt = FEELING_THAT.test(clause);
      clause = clause.replace(FEELING_THAT, '').trim();
      if (clause.length === 0) continue;
      // "…and it still hasn't arrived", "he was rude to me at the door": a clause that opens on "it", "he" or "she" says
      // what it stands for, taken from the words before it in its sentence (or, with next to nothing there, the sentence
      // before); when they do not say, the clause points at nothing.
      const at = sentence.indexOf(raw);
      const inSentence = at > 0 ? sentence.slice(0, at) : '';
      const contexts = [
        ...(wordCount(inSentence) > 0 ? [inSentence] : []),
        ...(wordCount(inSentence) < 3 && s > 0 ? [sentences[s - 1]!] : []),
      ];
      const renamed = nameThePronoun(clause, contexts);
      const pointsAway = renamed === null;
      if (typeof renamed === 'string') clause = renamed;
      // "You charged me twice?!": disbelief, said with a question mark, about something that happened.
      const accuses = ACCUSER.test(clause);
      if (accuses && !QUESTION_START.test(clause)) clause = clause.replace(/\s*[?!]+$/, '');
      const words = wordCount(clause);
      const question = /\?\s*$/.test(clause) || QUESTION_START.test(clause);
      const cues = (clause.match(COMPLAINT_CUES)?.length ?? 0) + (felt ? 1 : 0);
      // The customer's own loss, and what they say the company did: both are the complaint.
      const personal =
        (/\b(?:I|my|me|we|our|us)\b/i.test(clause) ? 1 : 0) + (/\b(?:you|your|y'all)\b/i.test(clause) ? 1 : 0);
      const convertible = /^(?:why|how come)\b/i.test(clause);
      const statement =
        words >= 3 &&
        words <= MAX_WORDS &&
        cues > 0 &&
        !pointsAway &&
        !clause.includes(HOLE) &&
        (!question || convertible) &&
        !REQUEST.test(clause) &&
        !PROMO.test(clause) &&
        !(praises(clause) && (cues < 2 || !NEGATED.test(clause))) &&
        !AGENT_VOICE.test(clause) &&
        !SUBORDINATE_ONLY.test(clause) &&
        !VERDICT.test(clause) &&
        !ACCUSATION.test(clause) &&
        !JUDGMENT.test(clause) &&
        !/^(?:sorry|apologies|unfortunately)\b/i.test(clause) &&
        !CUSTOMER_STANCE.test(clause) &&
        !FEELING.test(clause) &&
        !hearsay &&
        !HEARSAY.test(clause) &&
        !(THIRD_PARTY.test(clause) && !CUSTOMERS_OWN.test(clause)) &&
        !PLAN.test(clause) &&
        !STAFF_SAID.test(clause) &&
        !OWN_LACK.test(clause) &&
        !WHO_THEY_ARE.test(clause) &&
        !THEIRS_BY_AGE.test(clause) &&
        !MIXED_LANGUAGE.test(clause) &&
        !CIRCUMSTANCE.test(clause) &&
        !OWN_DENIAL.test(clause) &&
        !OWN_NOT_DONE.test(clause) &&
        !(OWN_REPORT.test(clause) && ownDoingReport(clause)) &&
        !REBUTTAL.test(clause) &&
        !PLEASE.test(clause) &&
        !DEICTIC.test(clause) &&
        // "nobody's told me why": the why of what is in another clause.
        !/^(?:nobody|no one|no-one|they|you|he|she)\b[^,]{0,30}\bwhy[.!?]*$/i.test(clause) &&
        !NEED.test(clause) &&
        !RHETORICAL.test(clause) &&
        !FAMILY_DOING.test(clause) &&
        !SELF_DESCRIPTION.test(clause) &&
        !NOT_THIS_NAME.test(clause) &&
        !STANCE_INSIDE.test(clause) &&
        !UNFAIR.test(clause) &&
        !(SOMEONE_OF_THEIRS.test(clause) && !/\b(?:you|your|y'all)\b/i.test(clause)) &&
        !PROMISE_TOLD.test(clause) &&
        !COMPANY_SAYS.test(clause) &&
        !GOOD_NEWS.test(clause) &&
        !HYPOTHETICAL.test(clause) &&
        !HEADLINE.test(clause) &&
        !HEADLINE_RUN.test(clause) &&
        !HEDGE.test(clause) &&
        !ownDoing(clause) &&
        !INTENTION.test(clause) &&
        !POINTING.test(clause) &&
        !resolved &&
        !INNER_REQUEST.test(clause) &&
        !ARGUMENT.test(clause) &&
        !INNER_QUESTION.test(clause) &&
        !/(?:^|\s)'\p{L}|"/u.test(clause) &&
        !profanity.hasMatch(clause) &&
        !/[<>{}[\]|*_=~^]|\d{4,}/.test(clause);
      const positive = praises(clause) && !NEGATED.test(clause);
      out.push({
        clause,
        cues,
        // "i didn't share my password": what the customer denies doing names no topic.
        topical:
          !PROMO.test(clause) &&
          !positive &&
          !AGENT_VOICE.test(clause) &&
          !clause.includes(HOLE) &&
          !OWN_DENIAL.test(clause) &&
          !OWN_NOT_DONE.test(clause),
        weight: cues * 2 + personal - (question ? 1 : 0),
        order: offset + out.length,
        question: question && !convertible,
        statement,
        accuses: accuses && cues > 0,
        inPraise,
      });
      // "she's been waiting since nine and nobody has turned up": when the whole clause cannot be said back, the clause
      // after "and"/"but" with a subject of its own may be (never out of hearsay).
      const tail = statement || hearsay || q >= own ? undefined : TAIL.exec(clause)?.[1];
      if (tail !== undefined) queue.push(tail);
    }
  }
  return out;
}

// What a complaint is about, for a general wording when no clause can be said back.
const TOPICS =
  /\b(?:order|refund|delivery|package|parcel|shipment|flight|booking|reservation|bill|invoice|account|payment|card|charge|subscription|membership|internet|wifi|wi-fi|broadband|connection|service|phone|app|device|router|modem|tv|cable|bag|luggage|suitcase|claim|plan|contract|data|password|login|game|console|laptop|printer|battery|screen|update|email|delivery|driver|food|meal|room|stay|train|bus|ticket|seat|car|rental|loan|mortgage|policy|insurance|appointment|repair|installation|engineer|bank transfer|transfer|points|voucher|gift card|return|exchange|warranty)s?\b/i;

const TOPIC_NOUN = TOPICS.source.slice(2, -2);
// Words that are as often verbs ("how can I update that") name a topic only after "my".
const VERB_LIKE_TOPIC =
  /^(?:update|return|exchange|transfer|charge|claim|plan|stay|repair|points|data|seat|service|order|call)s?$/i;
const DETERMINED_TOPIC = String.raw`\b(my|our|the|your)\s+((?:(?!(?:my|our|your|the|a|an|this|that|its|their|and|or|but|of|for|in|on|at|to|with)\b)[\p{Ll}-]+\s+){0,2}?)(${TOPIC_NOUN})`;
// What the problem happened to: the subject of a problem verb ("my order hasn't arrived", "the app keeps crashing"), a
// problem word in the words right after it ("my food is sitting in a cool box" is not)…
const TOPIC_SUBJECT = new RegExp(
  String.raw`${DETERMINED_TOPIC}\s+(?=(?:(?:just|still|never|now|also|always|completely|totally|suddenly|again)\s+)*(?:is|isn't|was|wasn't|are|aren't|were|weren't|has|hasn't|have|haven't|had|hadn't|keeps?|kept|won't|wouldn't|doesn't|don't|didn't|can't|cannot|couldn't|never|still|not|stopped|failed|crashe[sd]|broke|arrived|came|went|got|disappeared|vanished|says|said|shows?|showed|told|tells|charged|took|takes|[\p{Ll}]+ed)\b)(?=(?:[\p{L}'-]+\s+){0,4}?(?:${COMPLAINT_CUES.source.slice(2, -2)})\b|\S*n't\b)`,
  'iu',
);
// …its object ("you cancelled my flight", "charged my card twice"), or what they write about ("about my bill", "a problem
// with my card"). A noun elsewhere is a side detail ("all my food is in a coolbox" for a fridge never delivered).
const TOPIC_OBJECT = new RegExp(
  String.raw`\b(?:charged|overcharged|cancell?ed|lost|damaged|broke|broken|delayed|declined|blocked|deleted|wiped|suspended|closed|missed|refused|ruined|cut off|messed up|about|regarding|concerning|re|(?:problems?|issues?|trouble|fault|error|help) with)\s+${DETERMINED_TOPIC}\b`,
  'iu',
);
// …or heads the clause, set off by a comma ("my bill, it's three times what it should be", once "I'm ringing about" is gone).
const TOPIC_HEADING = new RegExp(String.raw`^${DETERMINED_TOPIC.slice(2)}s?(?=\s*[,:;.!?-]|\s*$)`, 'iu');
// "no internet for four days", "without heating": a service that is missing is the topic.
const MISSING_TOPIC =
  /\b(?:no|without)\s+(?:any\s+)?(internet|wifi|wi-fi|broadband|heating|hot water|water|power|electricity|gas|signal|service|phone line|landline)\b/i;
// Last, the customer's own thing in a clause that tells a problem ("charged twice for my subscription", "bounced my rent
// payment"), its noun not a modifier of another ("my exam booking window").
const OWN_TOPIC_IN_PROBLEM = new RegExp(
  String.raw`\b(my|our)\s+((?:(?!(?:my|our|your|the|a|an|this|that|its|their|and|or|but|of|for|in|on|at|to|with)\b)[\p{Ll}-]+\s+){0,2}?)(${TOPIC_NOUN})s?(?!\s+(?!(?:is|was|are|were|has|had|have|and|or|but|for|from|to|on|in|at|with|this|last|again|still|twice|because|since|so|when|that|which|who)\b)[\p{Ll}]+\b)`,
  'iu',
);
const SOMEONE_ELSES =
  /^(?:my|our)\s+(?:\w+\s+)?(?:friend|mate|mum|mom|dad|mother|father|son|daughter|brother|sister|husband|wife|partner|neighbou?r|nan|gran|grandma|grandad|grandparents?|parents?|kids?|child|children|boss|colleague|flatmate|housemate|landlord|tenant)s?\b|^(?:he|she|they)\b/i;
const CUE_WORD = COMPLAINT_CUES.source.slice(2, -2);
const PROBLEM_BEFORE = new RegExp(String.raw`\b(?:${CUE_WORD}|\w+n't)\b(?:\s+[^\s,;.!?]+){0,4}\s+$`, 'i');
const PROBLEM_AFTER = new RegExp(String.raw`^(?:\s+[^\s,;.!?]+){0,4}?\s+(?:${CUE_WORD}|\w+n't)\b`, 'i');
const ONLY_TOPIC = new RegExp(String.raw`^(?:(?:my|our|the|your)\s+)?(${TOPIC_NOUN})s?\s*[.!?]*$`, 'iu');

/**
 * "your phone bill" from the customer's "my phone bill is wrong", "the app" from "the app keeps crashing": what the problem
 * happened to, in a clause that tells a problem (or a message that is only the noun: "refund?"); else no topic.
 */
function topicOf(clauses: readonly Candidate[]): string | undefined {
  const phrase = (det: string, modifier: string, noun: string): string | undefined => {
    const lower = noun.toLowerCase();
    if (det.length === 0 && VERB_LIKE_TOPIC.test(lower)) return undefined;
    const said = [/^(?:my|our)$/i.test(det) ? 'your' : 'the', modifier.trim().toLowerCase(), lower]
      .filter((w) => w.length > 0)
      .join(' ');
    return profanity.hasMatch(said) ? undefined : said;
  };
  for (const c of clauses) {
    const only = ONLY_TOPIC.exec(c.clause.replace(/[?!.\s]+$/, ''));
    if (only && clauses.length === 1) return phrase('my', '', only[1]!);
  }
  for (const c of clauses) {
    const m = TOPIC_HEADING.exec(c.clause);
    const said = m ? phrase(m[1]!, m[2]!, m[3]!) : undefined;
    if (said !== undefined) return said;
  }
  for (const c of clauses) {
    if (c.cues === 0) continue;
    const m = TOPIC_OBJECT.exec(c.clause) ?? TOPIC_SUBJECT.exec(c.clause);
    const said = m ? phrase(m[1]!, m[2]!, m[3]!) : undefined;
    if (said !== undefined) return said;
  }
  for (const c of clauses) {
    if (c.cues === 0) continue;
    const missing = MISSING_TOPIC.exec(c.clause);
    // "my friend is without internet" is someone else's.
    if (missing && !SOMEONE_ELSES.test(c.clause)) return phrase('my', '', missing[1]!);
    const own = OWN_TOPIC_IN_PROBLEM.exec(c.clause);
    // …near the problem word, in the same stretch with no comma between ("…, so my food is in a cool box" is not).
    const near =
      own !== null &&
      (PROBLEM_BEFORE.test(c.clause.slice(0, own.index)) ||
        PROBLEM_AFTER.test(c.clause.slice(own.index + own[0].length)));
    const said = own && near ? phrase(own[1]!, own[2]!, own[3]!) : undefined;
    if (said !== undefined) return said;
  }
  return undefined;
}

const SHOUTED_WORD =
  /\b(?:NOT|NO|NEVER|THE|AND|YOU|WAS|ARE|DID|ALL|ANY|ONE|NOW|HAS|HAD|CAN|WHY|HOW|WHO|OUT|OFF|BUT|FOR|GOT|YET|STILL|ISN'T|DIDN'T|WON'T|CAN'T|DON'T|WASN'T|HASN'T|HAVEN'T)\b/;
// A thing said back as "it" or "them" at the end of the words, after a verb, with no thing said before it that it could
// be ("you haven't got it", "our system refunded them", "you'd like to know what to tell them"), or a bare "it didn't
// come": what it is was said in another clause, and the words point at nothing. "it's still broken after the reset", "…an
// email about it" and "the replacement wasn't sent when you reported it" say enough.
const FINAL_PRONOUN =
  /(?<!\b(?:about|of|for|with|on|in|to|from|at|by|into|over|after|before|without|like)\s)\b(it|them)(?:\s+(?:on|at|in|from|for|to|with|by|off|out|up|back|down|over|again|now|yet|either|too|properly|anymore)\b(?:\s+[\p{L}']+){0,3})?$/iu;
const BARE_PRONOUN_CLAUSE = /^(?:it|they|he|she)(?:'s|'re)?(?:\s+\S+){0,2}$/i;
const NOUN_PHRASE_HEAD =
  /\b(?:the|a|an|your|our|my|this|that|these|those|his|her|their|every|each|some|both)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]{2,})\b/giu;
// A final "it" that is the event an earlier clause of the same sentence told: that clause tells something that went
// wrong, and after "and", "but" or "yet" the pronoun is what someone was to put right or account for ("you charged me
// twice and nobody has fixed it", "…and no one sorted it out", "you lost my parcel and never refunded it", "I was
// overcharged and nobody will explain it"). "you haven't got it" and "I rang on Monday and nobody has fixed it" (no
// problem before the "and") still point at nothing.
const REMEDY_OF_EVENT =
  /^(.+)(?:,\s*|\s+)(?:and|but|yet)\s+(?:[\p{L}']+\s+){0,4}?(?:fix(?:es|ed|ing)?|sort(?:s|ed|ing)?|solve[sd]?|solving|resolve[sd]?|resolving|explain(?:s|ed|ing)?|correct(?:s|ed|ing)?|rectif(?:y|ies|ied|ying)|reverse[sd]?|reversing|refund(?:s|ed|ing)?|address(?:es|ed|ing)?|acknowledge[sd]?|acknowledging|investigate[sd]?|investigating|escalate[sd]?|escalating|admit(?:s|ted|ting)?|undo(?:ne|es)?|undid)\s+(?:it|that)(?:\s+(?:out|right|straight|up|back))?$|^(.+)(?:,\s*|\s+)(?:and|but|yet)\s+(?:[\p{L}']+\s+){0,4}?(?:put(?:s|ting)?|set(?:s|ting)?|made|make[s]?|making)\s+(?:it|that)\s+(?:right|straight)$/iu;
const OWN_REPORT_SAID_BACK = new RegExp(OWN_REPORT.source.replace(/^\^\(\?:I\|we\)/, '^(?:you)'), 'i');
function eventBefore(text: string): boolean {
  const m = REMEDY_OF_EVENT.exec(text);
  if (m === null) return false;
  const before = m[1] ?? m[2]!;
  // "you emailed twice and nobody has fixed it": the customer's own chasing (said back as "you") is no event to fix.
  if (OWN_REPORT_SAID_BACK.test(before)) return false;
  COMPLAINT_CUES.lastIndex = 0;
  const problem = COMPLAINT_CUES.test(before);
  COMPLAINT_CUES.lastIndex = 0;
  return problem && tellsEvent(before);
}
function pointsNowhere(text: string): boolean {
  if (BARE_PRONOUN_CLAUSE.test(text)) return true;
  const final = FINAL_PRONOUN.exec(text);
  if (final === null) return false;
  const heads = [...text.slice(0, final.index).matchAll(NOUN_PHRASE_HEAD)].map((m) => m[1]!.toLowerCase());
  const plural = final[1]!.toLowerCase() === 'them';
  if (heads.some((h) => (plural ? /s$|^(?:staff|people|police|children|family|crew)$/.test(h) : !/s$/.test(h))))
    return false;
  return plural || !eventBefore(text);
}

// A statement said back must itself read cleanly: short, no leftover marks.
const saysCleanly = (text: string, question = false): boolean =>
  wordCount(text) >= 2 &&
  // "am" with no "I" before it (the customer's "am told …"): after the swap nothing can agree with it.
  !/\bam\b/i.test(text) &&
  wordCount(text) <= MAX_WORDS &&
  !/[@#<>\d]{1}\d{3,}|[@#]|\b(\w+)\s+\1\b/i.test(text) &&
  // (a particle after its object ends well: "bringing it in", "cut us off")
  !/(?<!\b(?:it|them|you|us|him|her)\s)\b(?:the|a|an|to|of|and|or|but|with|for|your|our|my|in|on|at|from|by|be|that|this|if|so|because|as|than|when|about|even|either|like|just|really|actually|etc|e\.?g|every|each|any|some|no|very)$/i.test(
    text,
  ) &&
  // "B'ham int", "2nd"-style clippings: an apostrophe inside a word that is no contraction.
  !/\p{L}'(?!(?:s|t|re|ve|ll|d|m)\b)\p{L}/iu.test(text) &&
  // "how to do this and how much extra would it be": a second question asked inside the first.
  !(question && /\b(?:and|or|but)\s+(?:how|what|when|where|why|who|which)\b/i.test(text)) &&
  // "what that about is": an embedded question whose verb lost its place after a preposition.
  !/\b(?:about|for|with|to|from|of|on|in|at)\s+(?:is|are|was|were)$/i.test(text) &&
  // An ellipsis ("they never do", "it still won't") says nothing on its own.
  (question ||
    !/\b(?:do|does|did|will|would|can|could|should|won't|can't|don't|didn't|doesn't|wouldn't|couldn't|wasn't|weren't|isn't|aren't|hasn't|haven't|hadn't)$|(?:'s|'re|\b(?:is|are|was|were|did|does|do|will|would|could|can|has|have|had))\s+not$|\b(?:will|would|can|could|won't|wouldn't|can't|couldn't)\s+(?:say|tell|explain)$/i.test(
      text,
    )) &&
  // The agent agreeing with a verdict on the company (B1).
  !AGREES_WITH_ATTACK.test(text) &&
  // A false start a speaker made and took back ("you're quite, you feel a bit sick", "it was, it's been three days").
  !/\b(you|we|it)(?:'re|'ve|'s)?\s+(?:\S+\s+)?\S+,\s+\1\b/i.test(text) &&
  // A word said again two or three words on as the speaker starts over ("someone's he says someone's been messaging").
  !/\b([\p{L}]{2,}'[\p{L}]+)\s+(?:\S+\s+){1,2}\1(?![\p{L}'])/iu.test(text) &&
  // A word said in capitals for emphasis ("the line is NOT fine"): the customer's raised voice, not the agent's.
  !SHOUTED_WORD.test(text) &&
  // "you haven't got it", "it didn't come", "our agent said that wasn't them": a pronoun whose thing is in another clause.
  !pointsNowhere(text) &&
  // Leftovers of a tangled clause: "your I does not work" (a letter, not the pronoun), "it's does not say" (two verbs),
  // "your home is sharing not working" (a subject cut in two), "if is listed" (a clause with no subject).
  // "they hung up on you or wasn't any help": a second verb that does not agree with the subject they share.
  !/\b(?:they|you|we)\s[^,.;]*\b(?:or|and)\s+(?:wasn't|was|isn't|is|hasn't|has|doesn't|does)\b/i.test(text) &&
  !/\b(?:your|our|my|the|a)\s+I\b|'s\s+(?:does|do|did|doesn't|didn't|don't)\b|\b\w+ing\s+not\s+\w+ing\b|\b(?:if|because|although|though|unless)\s+(?:is|was|are|were|has|have|does|did)\b/.test(
    text,
  ) &&
  // "you couldn't, because they left", "you didn't, there were no signs": a verb left for the listener to fill in.
  !/\b(?:could|can|did|do|does|would|will|was|were|is|are|have|has|had)(?:n't)?\s*,/i.test(text) &&
  // "…and it never said", "the lock is broken, can't lock it": a verb with nothing said, or with no subject after a comma.
  !/\b(?:never|didn't|doesn't|don't|won't|wouldn't)\s+(?:said|say|told|tell|mentioned|mention|asked|ask)$/i.test(
    text,
  ) &&
  !/,\s+(?:can't|cannot|won't|couldn't|doesn't|didn't|isn't|wasn't|aren't|weren't|keeps|kept)\b/i.test(text) &&
  // "you paid for breakfast but was told…": the verb after "but" lost its subject and does not agree.
  !/\b(?:you|we|they)\s[^,.;]*\bbut\s+(?:was|wasn't|is|isn't|has|hasn't|does|doesn't)\b/i.test(text) &&
  // "your phone was stolen last night can we block it": a question run on after the statement.
  (question ||
    !/\s(?:can|could|will|would|should)\s+(?:you|we|u)\s+(?!(?:not|never|still|just|also)\b)\p{L}+/iu.test(text)) &&
  // "where your order is" ends well; a statement that ends on "is" was cut short.
  (question || !/\b(?:is|was|are|were)$/i.test(text)) &&
  !/(?:^|\s)['"]|['"](?:\s|$)/.test(text.replace(/\b\w+s'(?=\s|$)/g, 'x'));

/**
 * What one message reads as: its cleaned text, its clauses and the tone tests on its raw text, each worked out the first
 * time it is needed. A conversation reads its complaint again when the second message comes, with the first message as it
 * was: that reading takes the first message's results from here instead of cleaning it again.
 */
interface MessageRead {
  readonly text: string;
  readonly abuse: readonly AbuseFinding[] | undefined;
  cleaned: string | undefined;
  clauses: Candidate[] | undefined;
  clausesOffset: number;
  praiseWord: boolean | undefined;
  contrast: boolean | undefined;
  thanksWord: boolean | undefined;
  tells: boolean | undefined;
}
const messageReads = new WeakMap<CustomerMessage, MessageRead>();
function messageRead(m: CustomerMessage): MessageRead {
  const known = messageReads.get(m);
  // The same object with other words in it (a caller that edits a message in place) is read afresh.
  if (known !== undefined && known.text === m.text && known.abuse === m.abuse) return known;
  const read: MessageRead = {
    text: m.text,
    abuse: m.abuse,
    cleaned: undefined,
    clauses: undefined,
    clausesOffset: 0,
    praiseWord: undefined,
    contrast: undefined,
    thanksWord: undefined,
    tells: undefined,
  };
  messageReads.set(m, read);
  return read;
}
const cleanedOf = (m: MessageRead): string => {
  m.cleaned ??= cleanMessage(m.text, m.abuse);
  return m.cleaned;
};

/** The messages cleaned and cut into clauses: what both the words and the tone are read from, each part when asked. */
class Reading {
  private cleanedAll: string[] | undefined;
  private clauses: Candidate[] | undefined;
  constructor(readonly messages: readonly MessageRead[]) {}
  /** One message cleaned. */
  cleanedAt(i: number): string {
    return cleanedOf(this.messages[i]!);
  }
  /** Every message cleaned. */
  get cleaned(): string[] {
    this.cleanedAll ??= this.messages.map(cleanedOf);
    return this.cleanedAll;
  }
  /** Every message's clauses, numbered in message order. */
  get all(): Candidate[] {
    this.clauses ??= this.messages.flatMap((m, i) => {
      const offset = i * 100;
      if (m.clauses === undefined || m.clausesOffset !== offset) {
        m.clauses = candidates(cleanedOf(m), offset);
        m.clausesOffset = offset;
      }
      return m.clauses;
    });
    return this.clauses;
  }
}

// Praise that is meant, not courtesy ("thanks in advance", a "Thanks," sign-off): thanks for something, a compliment, a
// fault denied ("couldn't fault them", "no fuss", "didn't try to sell me anything").
const PRAISE_MEANT =
  /\b(?:fair play to|props to|big up|nothing to complain about|thanks?(?: you| u| ya)?(?: so much| very much| again| a lot| loads)? (?:for|to)\b(?!\s+(?:nothing|wasting|making me|ruining|the (?:wait|delay|runaround)))|love|loving|loved|great job|awesome|amazing|excellent|kudos|shout ?out|well done|brilliant|fantastic|wonderful|best (?:service|team|experience)|happy with|impressed|surpassed|exceeded|pleased|glad|perfect|delicious|tasty|cheers to|great (?:airline|stuff|service|staff|team|guys|food|experience|work)|faultless|flawless|spotless|superb|outstanding|lovely|top (?:bloke|notch|class)|(?:five|5)[- ]stars?|first[- ]class|helpful|(?<!\b(?:autism|dog|pet|family|eco|user|child|children|kid|kids|wheelchair|budget|vegan|baby|disability|dementia|sensory|planet|environment|environmentally|bike|cycle|mobile|wallet|student|senior|age)[- ])friendly|patient|thank you\b[^.!?\n]{0,20}?\bto (?:the|your|everyone|all|whoever)|(?:say|saying|pass on|send)\b[\s,]*(?:(?:um+|uh+|er+m?)[\s,]+)*(?:a\s+)?(?:(?:big|huge|massive|special)\s+)?(?:thanks|thank you)|a credit to|hats off|keep it up|more of (?:him|her|them|this)|(?:could(?:n't| not)|can't|cannot) fault|no (?:fuss|complaints|hassle|problems|issues)|didn't (?:(?:even|once)\s+)?(?:try|push|rush|pressure|hassle)|(?:it's|its|it is|all|everything(?:'s| is)?)\s+(?:working|sorted|fixed|back)\s+(?:again|now)|works now)\b/i;
// A clause's problem words beyond the soft ones praise also uses ("booking again", "still warm", "kept me updated").
const SOFT_CUE = /^(?:again|still|keeps?|kept|down|cold|empty|waiting|waited|without|sorted|fixed|resolved)$/i;
const FAULT_DENIED =
  /\b(?:nothing to complain about|(?:could(?:n't| not)|can't|cannot) fault|no (?:fuss|complaints|hassle|problems|issues)|didn't (?:(?:even|once)\s+)?(?:try|push|rush|pressure|hassle))\b/i;
const problemWords = (clause: string): number =>
  (clause.match(COMPLAINT_CUES) ?? []).filter((w) => !SOFT_CUE.test(w)).length;
// Read on the raw text, so "didnt", "can’t" and "doesnt" count as "didn't", "can't" and "doesn't" do after cleaning.
const PROBLEM_WORD = new RegExp(COMPLAINT_CUES.source.replace(/n't/g, "n['’]?t"), 'i');

/**
 * Praise or thanks with nothing wrong in it: some sentence means its praise (a sarcastic opener, "Great, you charged me
 * twice", does not), and no clause tells a problem of its own ("…, but the app still won't load" does).
 */
const CONTRAST = /\b(?:but|however|although|though|except|unfortunately|sadly|shame|pity)\b/i;
function praiseOnly(reading: Reading): boolean {
  const meant = reading.cleaned.some((c) =>
    c.split(/\n+|(?<=[.!?])\s+/).some((sentence) => {
      const rest = sentence.replace(SARCASTIC_OPENER, '');
      // "do you do autism-friendly screenings?": a praise word in a question asks; it praises nothing.
      return rest === sentence && PRAISE_MEANT.test(rest) && !NEGATED_PRAISE.test(rest) && !/\?\s*$/.test(rest);
    }),
  );
  // "Thanks for the reply, but…", "Lovely staff. However…": what comes after the contrast is the reason they wrote.
  if (!meant || reading.cleaned.some((c) => CONTRAST.test(c))) return false;
  return !reading.all.some(
    (c) => (c.accuses || (problemWords(c.clause) > 0 && !praises(c.clause))) && !FAULT_DENIED.test(c.clause),
  );
}

// A message that is only thanks ("Thanks!!", "ok thank you so much") has nothing wrong in it either.
const BARE_THANKS_LONGEST = 120;
const THANKS_WORD = /\b(?:thanks|thank you|thankyou|thx|cheers|worked|works|working|sorted|fixed)\b/i;
const BARE_THANKS =
  /^(?:(?:ok(?:ay)?|great|perfect|brilliant|lovely|awesome|sounds good|sounds great|that works|that's great|all good|got it|will do|no worries)\s*[,!.]*\s*)?(?:many |huge |big |massive )?(?:thanks|thank you|thankyou|thx|cheers|ta)(?: (?:so|very) much| a lot| loads| again| guys| all| team| both)?(?:\s*[,!.]+\s*(?:(?:have a )?(?:good|great|nice) (?:day|one|evening|weekend))?)*\s*$|^(?:(?:that|it|this)(?:'s| has| is)?\s+)?(?:worked|works(?: now)?|working(?: now)?|sorted|fixed|all (?:good|sorted))(?: now)?[\s,!.]*(?:thanks|thank you|cheers)?[\s!.]*$/i;

// A problem word inside a plain question about what the customer may do ("can I keep my number if I move", "how do I get
// a refund for a cancelled class") asks; elsewhere ("my card was declined", "why was I charged?") it tells.
const tells = (sentence: string): boolean =>
  (PROBLEM_WORD.test(sentence) || FEELING_SOMEWHERE.test(sentence)) && !ENQUIRY_QUESTION.test(sentence);
const praiseWordIn = (m: MessageRead): boolean => {
  m.praiseWord ??= PRAISE_MEANT.test(m.text);
  return m.praiseWord;
};
const contrastIn = (m: MessageRead): boolean => {
  m.contrast ??= CONTRAST.test(m.text);
  return m.contrast;
};
const thanksWordIn = (m: MessageRead): boolean => {
  m.thanksWord ??= THANKS_WORD.test(m.text);
  return m.thanksWord;
};
const tellsIn = (m: MessageRead): boolean => {
  m.tells ??= m.text.split(/(?<=[.!?])\s+|\n+/).some(tells);
  return m.tells;
};
const shortMessage = (m: MessageRead): boolean => m.text.length <= BARE_THANKS_LONGEST;

/** Every message cleaned is bare thanks or empty, and one is not empty; read message by message, up to the first that is not. */
function bareThanks(reading: Reading): boolean {
  let said = false;
  for (let i = 0; i < reading.messages.length; i++) {
    const c = reading.cleanedAt(i);
    if (c.length === 0) continue;
    if (!BARE_THANKS.test(c)) return false;
    said = true;
  }
  return said;
}

function toneOf(reading: Reading): Tone {
  const messages = reading.messages;
  // The clauses are read only when the raw text may be praise: a praise word and no contrast ("…, but…"); or a short
  // message with a thanks word (bare thanks is never long). Most messages, complaints, never pay for the reading here.
  const praising = messages.some(praiseWordIn) && !messages.some(contrastIn);
  if (praising && praiseOnly(reading)) return 'praise';
  if (messages.every(shortMessage) && messages.some(thanksWordIn) && bareThanks(reading)) return 'praise';
  return messages.some(tellsIn) ? 'problem' : 'enquiry';
}
const ENQUIRY_QUESTION =
  /^\W*(?:[.@]?@\w+[\s,:]+)*(?:(?:hi|hello|hey|hiya)\b[\s,!.]*(?:there\b[\s,!.]*)?)?(?:can|could|do|does|is|are|how|what|when|where|will|would|may|should|am|if|is it possible)(?![\w'’])(?!.*\b(?:still|again|yet|never|keeps|kept)\b)/i;

// A question said back inside "you'd like to know …" reads as a clause: no do-support left ("what that mean does for the
// bill"), no second verb before the one moved to the end ("where your food it's been 2 hours is"), no comma or second
// question ("what you are paying for, vibes", "what the process is and is there a fee"), and "which" before a noun.
const EMBEDDED_TANGLE =
  /,|\b(?:is|are|was|were|it's|'s)\s+(?:is|are|was|were|been)\b|(?<!\bto )\b(?:do|does|did)\b(?!\s+(?:it|this|that|I|you|we|they)\s+(?:myself|yourself|ourselves)\b)|\b(?:its|it's|is|are|was|were|has|have|'s)\b.*\s(?:is|are|was|were)$|\b(?:and|or)\s+(?:is|are|can|could|do|does|will|would|should|was|were)\s+(?:there|it|I|you|we|they|this|that)\b|^which\s+(?:your|our|my|the|a|an|this|that|you|we|I|he|she|they|it)\b/i;
// Without a question mark, a clause that opens on "which", "who" or "what" and a verb is a relative clause ("…, which has no
// lift access", "what came was a box"), not a question; a question asked without one inverts ("how do i cancel").
const INVERTED =
  /^(?:how|what|when|where|why|who|which)(?:\s+(?:long|much|many|often|soon|time|else|kind of \w+|sort of \w+))?\s+(?:do|does|did|is|are|was|were|can|could|will|would|should|shall|may|might|has|have|had|am)\s+(?:i|you|u|we|they|he|she|it|my|your|ur|our|their|his|her|the|this|that|these|those|there|a|an)(?=\s|$|[,.?!])|^how\s+to\b|^(?:where|what|when|how|who)(?:'s|s)\s+(?:my|your|ur|our|the|this|that|his|her|their)\b/i;

function work(reading: Reading, cache: Map<string, Said | undefined>): ComplaintWords {
  // The same clause said back once per conversation: the second message's complaint re-reads the first message.
  const cachedSayBack = (clause: string): Said | undefined => {
    if (cache.has(clause)) return cache.get(clause);
    const said = sayBack(clause);
    cache.set(clause, said);
    return said;
  };
  const { cleaned, all } = reading;
  const words: ComplaintWords = { statements: [] };
  // A thank-you or a compliment with no problem in it has nothing to apologise for.
  // "Thanks a lot, you charged me twice" is no thank-you: a clause that accuses the company outweighs the praise, and so
  // does a problem told in a sentence of its own ("Thanks for the quick reply. My order arrived broken.").
  const pleased =
    cleaned.some(praises) &&
    !cleaned.some((c) => NEGATED.test(c)) &&
    !all.some((c) => c.statement && (c.accuses || !c.inPraise));
  const ranked = pleased ? [] : all.filter((c) => c.statement).sort((a, b) => b.weight - a.weight || a.order - b.order);
  const picked: Array<{ text: string; order: number }> = [];
  for (const c of ranked) {
    if (picked.length >= 1) break;
    let said = cachedSayBack(c.clause);
    // "3 hours on hold and then the line went dead", "no reply from the seller and the tracking is stuck": a fragment with
    // no subject, then a clause that has one; the clause is said back.
    const tail = TAIL.exec(c.clause)?.[1];
    // The clause after "and" must tell a problem of its own: "(forgot) and the rider was great" is praise, not the complaint.
    if (said?.kind !== 'statement' && tail !== undefined && !c.clause.startsWith('I ') && hasCue(tail))
      said = cachedSayBack(tail);
    if (said?.kind !== 'statement') continue;
    const text = said.text.replace(/[.!?,;:'"\s]+$/, '').replace(/^['"\s]+/, '');
    if (!saysCleanly(text)) continue;
    // A second statement only when both fit in one short sentence.
    if (picked.length === 1 && wordCount(picked[0]!.text) + wordCount(text) > MAX_WORDS) continue;
    picked.push({ text, order: c.order });
  }
  words.statements = picked.sort((a, b) => a.order - b.order).map((p) => p.text);
  // A question is said back only when there is no statement to say ("you'd like to know where your order is").
  // "can anyone let me know when our pre-orders ship": the question is already a clause, said back as it stands.
  for (const c of words.statements.length > 0 ? [] : all) {
    const wanted = KNOW.exec(c.clause);
    if (wanted === null || words.question !== undefined || c.clause.includes(HOLE)) continue;
    // "let me know if you need screenshots": help offered, not a question of theirs.
    if (OFFER.test(wanted[1]!)) continue;
    const text = swapPerson(wanted[1]!.replace(/[?!.]+$/, ''));
    if (text !== undefined && wordCount(text) <= MAX_WORDS && saysCleanly(text, true) && !EMBEDDED_TANGLE.test(text))
      words.question = text;
  }
  const asked =
    words.question === undefined && words.statements.length === 0
      ? all.find(
          (c) =>
            c.question &&
            /^(?:who|what|where|when|which|how)\b/i.test(c.clause) &&
            !RHETORICAL.test(c.clause) &&
            (/\?\s*$/.test(c.clause) || INVERTED.test(c.clause)) &&
            // "what does that fee mean": the verb must take the "-s" do-support carried, which the swap does not give.
            !/^\S+\s+(?:does|did)\b/i.test(c.clause),
        )
      : undefined;
  if (
    asked &&
    !asked.clause.includes(HOLE) &&
    wordCount(asked.clause) <= MAX_WORDS &&
    !profanity.hasMatch(asked.clause)
  ) {
    const said = cachedSayBack(asked.clause);
    if (said?.kind === 'question' && saysCleanly(said.text, true) && !EMBEDDED_TANGLE.test(said.text))
      words.question = said.text;
  }
  const topic = topicOf(all.filter((c) => c.topical));
  if (topic !== undefined) words.topic = topic;
  return words;
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return undefined;
  }
})();
const languageName = (code: string): string => {
  if (code === 'und') return 'a language that could not be identified';
  try {
    const name = languageNames?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
};

/**
 * The complaint in the customer's messages (their first two), read lazily. A conversation passes one `cache` to each of
 * its readings so a clause is put through the grammar step once.
 */
export function readComplaint(
  messages: readonly CustomerMessage[],
  cache: Map<string, Said | undefined> = new Map(),
): Complaint {
  return new ComplaintReading(messages, cache);
}

/** A complaint read lazily (one class, so a reading builds no closures: readings are made on every customer turn). */
class ComplaintReading implements Complaint {
  readonly notEnglish: string | undefined;
  private readonly english: readonly CustomerMessage[];
  private readonly cache: Map<string, Said | undefined>;
  private memo: ComplaintWords | undefined;
  private reading: Reading | undefined;
  private toneRead: Tone | undefined;
  constructor(messages: readonly CustomerMessage[], cache: Map<string, Said | undefined>) {
    this.english = messages.filter((m) => m.language === 'en');
    const foreign = messages.find((m) => m.language !== 'en');
    this.notEnglish =
      this.english.length === 0 && foreign !== undefined
        ? `No English words suggested: the customer writes in ${languageName(foreign.language)}; reply in their language.`
        : undefined;
    this.cache = cache;
  }
  private read(): Reading {
    this.reading ??= new Reading(this.english.map(messageRead));
    return this.reading;
  }
  words(): ComplaintWords {
    this.memo ??= this.notEnglish === undefined ? work(this.read(), this.cache) : { statements: [] };
    return this.memo;
  }
  tone(): Tone {
    this.toneRead ??= this.notEnglish === undefined ? toneOf(this.read()) : 'problem';
    return this.toneRead;
  }
}
