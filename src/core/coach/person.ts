/**
 * The grammar step behind suggested words: the customer's clause said back in the agent's person ("I was charged twice"
 * → "you were charged twice", "you charged me" → "we charged you", "why did you cancel my order" → "we cancelled your
 * order"). compromise (MIT) tags each word (pronoun, copula, auxiliary, modal, question word, preposition…) and conjugates
 * verbs; the swap reads those tags to tell a subject "you" from an object one and to make the verb agree. It runs once per
 * complaint, when a draft is built, never per turn or per token.
 */
import nlp from 'compromise';

interface Term {
  text: string;
  lower: string;
  tags: ReadonlySet<string>;
  pre: string;
  post: string;
  /** The word a contraction stands for ("I'm" → i, then an empty term → am). */
  implicit: string;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  implicit?: string;
}

function tag(clause: string): Term[] {
  const doc = nlp(clause).json({ terms: { text: true, whitespace: true, tags: true, implicit: true } }) as Array<{
    terms: RawTerm[];
  }>;
  return doc.flatMap((s) =>
    s.terms.map((t) => ({
      text: t.text,
      lower: t.text.toLowerCase().replace(/[’‘]/g, "'"),
      tags: new Set(t.tags),
      pre: t.pre,
      post: t.post,
      implicit: (t.implicit ?? '').toLowerCase(),
    })),
  );
}

const render = (terms: readonly Term[]): string =>
  terms
    .map((t) => t.pre + t.text + t.post)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const isAux = (t: Term | undefined): boolean =>
  t !== undefined && (t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || AUX_WORDS.has(t.lower));
const AUX_WORDS = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'am',
  'has',
  'have',
  'had',
  'can',
  'could',
  'will',
  'would',
  'should',
  'shall',
  'may',
  'might',
  'must',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "can't",
  "couldn't",
  "won't",
  "wouldn't",
  "shouldn't",
]);
const isVerb = (t: Term | undefined): boolean => t !== undefined && (t.tags.has('Verb') || isAux(t));
const SKIPPABLE = new Set([
  'never',
  'still',
  'also',
  'just',
  'really',
  'already',
  'not',
  'always',
  'even',
  'only',
  'all',
]);
/** The next term with text, past adverbs like "never" and "still", and the index it is at. */
function nextWord(terms: readonly Term[], from: number): number {
  let j = from;
  while (j < terms.length && (terms[j]!.text === '' || SKIPPABLE.has(terms[j]!.lower))) j++;
  return j;
}
/** The term right after `from` (implicit halves of a contraction included). */
const following = (terms: readonly Term[], i: number): Term | undefined => terms[i + 1];

// "My" → "Your"; but "I", "I'm" are capitals by rule, not because they start a sentence.
const matchCase = (original: string, replacement: string): string =>
  /^[A-Z]/.test(original) && !/^I(?:'|$)/.test(original)
    ? replacement[0]!.toUpperCase() + replacement.slice(1)
    : replacement;

// The customer's word → the agent's word, when it does not depend on the grammar around it.
const FIXED = new Map<string, string>(
  Object.entries({
    me: 'you',
    my: 'your',
    mine: 'yours',
    myself: 'yourself',
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    we: 'you',
    us: 'you',
    our: 'your',
    ours: 'yours',
    ourselves: 'yourselves',
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
    your: 'our',
    yours: 'ours',
    yourself: 'ourselves',
    yourselves: 'ourselves',
    "you're": "we're",
    "you've": "we've",
    "you'll": "we'll",
    "you'd": "we'd",
  }),
);
// The verb after a new "you" subject (was "I") or a new "we" subject (was "you"), made to agree.
const AGREE_PLURAL = new Map<string, string>(
  Object.entries({
    am: 'are',
    was: 'were',
    "wasn't": "weren't",
    is: 'are',
    "isn't": "aren't",
    has: 'have',
    "hasn't": "haven't",
    does: 'do',
    "doesn't": "don't",
  }),
);
const SECOND = new Set(['you', "y'all", 'yall', 'ya', 'ye']);
const GROUP = new Set(['guys', 'people', 'lot', 'folks', 'lads', 'all']);

/** A verb right after the subject at `i`, made plural ("I was" → "you were"); contractions already agree. */
function agree(terms: Term[], i: number): void {
  const j = nextWord(terms, i + 1);
  const verb = terms[j];
  if (verb === undefined) return;
  const word = verb.text === '' ? verb.implicit : verb.lower;
  const plural = AGREE_PLURAL.get(word);
  if (plural === undefined) return;
  if (verb.text === '') {
    // "I'm" carries its own verb: the swap table already made it "you're".
    return;
  }
  terms[j] = { ...verb, text: matchCase(verb.text, plural) };
}

/** Is the "you" at `i` the subject of its clause (→ "we") rather than an object (→ "us")? */
function isSubject(terms: readonly Term[], i: number): boolean {
  const prev = i > 0 ? terms[i - 1] : undefined;
  const next = terms[nextWord(terms, i + 1)];
  if (prev?.tags.has('Preposition') && prev.lower !== 'than') return false;
  if (isVerb(next)) {
    // "told you nothing", "gave you": a main verb before "you" makes it an object unless a verb follows ("told you were").
    if (prev?.tags.has('Verb') && !isAux(prev) && !next!.tags.has('Verb')) return false;
    return true;
  }
  if (prev === undefined || prev.tags.has('Conjunction') || /[,;:]/.test(prev.post)) return true;
  return false;
}

const SUBJECT_WORDS = new Set([
  'there',
  'it',
  'this',
  'that',
  'nothing',
  'nobody',
  'everything',
  'everyone',
  'someone',
]);
/** A clause with a subject before its first verb ("my card was declined"), not a fragment ("cuts out every night"). */
function hasSubject(terms: readonly Term[]): boolean {
  const k = terms.findIndex((t) => isVerb(t) && !(t.text !== '' && SUBJECT_WORDS.has(t.lower)));
  if (k <= 0) return false;
  return terms
    .slice(0, k)
    .some(
      (t) =>
        t.tags.has('Noun') ||
        t.tags.has('Pronoun') ||
        SUBJECT_WORDS.has(t.lower) ||
        SECOND.has(t.lower) ||
        t.lower === 'i',
    );
}

const PERSONAL = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'u']);
const DEPARTMENT =
  /^(?:service|support|billing|security|management|staff|admin|sales|accounts|maintenance|reception|dispatch|housekeeping|finance|compliance|marketing|engineering)$/;
const TIME_NOUN = /^(?:time|times|day|days|moment|minute|second|week|month|year|morning|night|evening|afternoon|hour)$/;
const BARE_OK = new Set(['no', 'none', 'every', 'each', 'any', 'some', 'all', 'both', 'half', 'most', 'many', 'few']);

/**
 * How a statement opens, said after "I'm so sorry": on its subject ("my card was declined", "you charged me", "at
 * checkout you were charged"), on a bare singular noun that wants "the" ("driver left my shopping outside", "app keeps
 * crashing"), or not on a subject at all: a fragment with no subject of its own ("3 hours on hold and then the line went
 * dead", "for the delivery but you forgot the milk", "every time I get an error", "5 bars, still won't load").
 */
function opening(terms: readonly Term[]): 'subject' | 'bare' | 'none' {
  const k = terms.findIndex((t) => isVerb(t) && !(t.text !== '' && SUBJECT_WORDS.has(t.lower)));
  if (k <= 0) return 'none';
  const words = terms
    .slice(0, k)
    .filter(
      (t) => t.text !== '' && !SKIPPABLE.has(t.lower) && !/^(?:now|then|so)$/.test(t.lower) && !t.tags.has('Adverb'),
    );
  // "my parcel that you sent never arrived": the verb found first is the relative clause's; the subject ends before it.
  const relative = words.findIndex((t, i) => i > 0 && /^(?:that|which|who|whom)$/.test(t.lower));
  const pre = relative > 0 ? words.slice(0, relative) : words;
  if (pre.length === 0) return 'none';
  const last = pre.at(-1)!;
  // A short place or time before a personal subject: "at checkout you were charged", "on Monday my card was declined".
  if (pre[0]!.tags.has('Preposition')) {
    const personal = PERSONAL.has(last.lower) && !last.tags.has('Possessive');
    if (personal && pre.length <= 4 && !pre.slice(0, -1).some((t) => /[,;]/.test(t.post))) return 'subject';
    // "for the last 3 orders, the eggs have arrived broken": a phrase set off by a comma, then a subject of its own.
    const comma = pre.findIndex((t) => /,/.test(t.post));
    if (comma >= 0 && comma < pre.length - 1) {
      return opening(terms.slice(terms.indexOf(pre[comma + 1]!))) === 'subject' ? 'subject' : 'none';
    }
    // "on Monday my card was declined": a one-word place or time, then a subject of its own.
    const second = pre[1];
    const third = pre[2];
    if (second === undefined || third === undefined || !second.tags.has('Noun') || /[,;]/.test(second.post))
      return 'none';
    if (!(third.tags.has('Possessive') || third.tags.has('Determiner'))) return 'none';
    return opening(terms.slice(terms.indexOf(third))) === 'subject' ? 'subject' : 'none';
  }
  // A subject led by "the" or "my" may carry a place ("the air con on the 14:30 is broken", "our ATM on Oxford St") or a
  // clause of its own ("the washing machine you installed is leaking"); "every time I get an error" is no subject.
  const led = pre[0]!.tags.has('Determiner') || pre[0]!.tags.has('Possessive');
  let preposition = false;
  for (let i = 0; i < pre.length; i++) {
    const t = pre[i]!;
    // "5 bars LTE, still won't load": a comma before the verb leaves the verb without this subject.
    if (/[,;:]/.test(t.post)) return 'none';
    if (t.tags.has('Preposition') && !(i > 0 && t.lower === 'of')) {
      if (!led) return 'none';
      preposition = true;
    }
    if (t.tags.has('Conjunction') && (!/^(?:and|or|&)$/.test(t.lower) || preposition)) return 'none';
    // A personal pronoun after other words is a second subject, except in "my husband and I", "the parcel that you sent"
    // and "the machine you installed".
    const before = pre[i - 1];
    if (
      i > 0 &&
      PERSONAL.has(t.lower) &&
      !t.tags.has('Possessive') &&
      !/^(?:and|or|that|which|who|whom)$/.test(before!.lower)
    ) {
      const reduced = led && before!.tags.has('Noun') && !TIME_NOUN.test(before!.lower) && !preposition;
      if (!reduced) return 'none';
    }
  }
  const first = pre[0]!;
  // "22 min wait for a driver", "3 days without heating": a length of time heads a fragment, not a subject.
  if (first.tags.has('Value') && TIME_UNIT.test(pre[1]?.lower ?? '')) return 'none';
  // "app's been down", "internet is down": a bare common noun (its "'s" a contracted "has" or "is") wants "the"; so does
  // a service the customer has ("broadband", "heating"), though it reads as a mass noun.
  const contracted = pre.length === 1 && /'s$/.test(first.lower) && terms[terms.indexOf(first) + 1]?.text === '';
  if (
    pre.length === 1 &&
    first.tags.has('Noun') &&
    !first.tags.has('Pronoun') &&
    !PERSONAL.has(first.lower.replace(/'s$/, '')) &&
    !SUBJECT_WORDS.has(first.lower.replace(/'s$/, '')) &&
    !/^(?:no|any|some|every)(?:one|body|thing)(?:'s)?$/.test(first.lower) &&
    !first.tags.has('Plural') &&
    ((contracted && !/^[A-Z]/.test(first.text)) || SERVICE_NOUN.test(first.lower.replace(/'s$/, '')))
  )
    return 'bare';
  // "a new 24-month contract with a phone": after "a" the word read as a verb must agree ("contracts"); a bare one is the
  // noun it also is, and the clause has no verb of its own.
  const verb = terms[k]!;
  if (
    /^(?:a|an|each|every|this)$/.test(first.lower) &&
    verb.tags.has('Infinitive') &&
    !verb.tags.has('PastTense') &&
    !isAux(verb)
  )
    return 'none';
  if (first.tags.has('Expression') && !(first.lower === 'no' && /^(?:one|body)$/.test(pre[1]?.lower ?? '')))
    return 'none';
  const determined =
    first.tags.has('Determiner') ||
    first.tags.has('Possessive') ||
    first.tags.has('Pronoun') ||
    first.tags.has('ProperNoun') ||
    first.tags.has('Acronym') ||
    /^[A-Z]/.test(first.text.slice(1)) ||
    SUBJECT_WORDS.has(first.lower) ||
    SECOND.has(first.lower) ||
    BARE_OK.has(first.lower) ||
    first.tags.has('Value') ||
    first.lower === 'i' ||
    /'s$/.test(first.lower);
  if (determined) return 'subject';
  // A bare noun: a singular one wants "the" ("keyboard stopped working"); a plural reads as it stands ("flights were
  // cancelled").
  const head = pre.at(-1)!;
  if (!head.tags.has('Noun')) return 'none';
  // A department or a mass noun reads without "the" ("customer service is saying…", "security wouldn't let me in").
  if (head.tags.has('Plural') || DEPARTMENT.test(head.lower) || head.tags.has('Uncountable')) return 'subject';
  // A capital may be a name ("Amazon lost my parcel") that takes no "the": not said back; nor a word left before a subject
  // of its own ("great so now my app says…", "helo my account is locked"): "the" would go before the wrong word.
  if (pre.slice(1).some((t) => t.tags.has('Determiner') || t.tags.has('Possessive'))) return 'none';
  return /^[A-Z]/.test(first.text) ? 'none' : 'bare';
}

const TIME_UNIT =
  /^(?:min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks|month|months|year|years|second|seconds)$/;
const SERVICE_NOUN =
  /^(?:internet|wifi|wi-fi|broadband|heating|electricity|power|gas|signal|reception|landline|phone line)$/;

const THE: Term = { text: 'the', lower: 'the', tags: new Set(['Determiner']), pre: '', post: ' ', implicit: '' };

/** The clause with "the" put before a bare singular subject, or undefined when it does not open on a subject. */
function withSubject(terms: readonly Term[]): Term[] | undefined {
  const shape = opening(terms);
  if (shape === 'none') return undefined;
  if (shape === 'subject') return [...terms];
  const first = terms[0]!;
  return [
    THE,
    { ...first, pre: '', text: first.text.charAt(0).toLowerCase() + first.text.slice(1) },
    ...terms.slice(1),
  ];
}

// Words that open a clause of their own inside the sentence: the first verb after one belongs to it, not to the sentence.
const SUBORDINATORS = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'if',
  'when',
  'whenever',
  'because',
  'although',
  'though',
  'unless',
  'whether',
  'while',
]);
const OPENS_CLAUSE = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);
/** A verb that carries tense ("was", "won't", "crashed", "keeps"), not a bare "-ing" form ("4 items missing"). */
const isTensed = (t: Term): boolean =>
  isAux(t) || (t.tags.has('Verb') && !t.tags.has('Gerund') && (t.tags.has('PastTense') || t.tags.has('PresentTense')));

/**
 * Does the clause say something happened, with a verb of its own? "my order was lost" does; "4 items missing worth £97"
 * and "the app not working error 200" (no tensed verb), "3/3 on the wrong which I don't appreciate" (its only verb is in
 * the "which" clause) and "I got this card but no real perks" (nothing happens after "but") do not.
 */
function hasMainVerb(terms: readonly Term[]): boolean {
  let pending = 0;
  let main = false;
  let afterBut = false;
  let butHasVerb = false;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.lower === 'but') {
      afterBut = true;
      butHasVerb = false;
      continue;
    }
    if (SUBORDINATORS.has(t.lower) || (t.lower === 'that' && OPENS_CLAUSE.has(terms[i + 1]?.lower ?? ''))) {
      pending++;
      continue;
    }
    if (!isVerb(t)) continue;
    // "bins not collected", "parcel not delivered again": "not" and a participle with no auxiliary is a headline.
    const headline = !isAux(t) && terms[i - 1]?.lower === 'not' && !isAux(terms[i - 2]);
    // A verb group: auxiliaries, "not"/"never" and the one verb they go with ("don't really appreciate", "has been lost";
    // "that you sent | never arrived" is two).
    let finite = false;
    let j = i;
    for (; j < terms.length; j++) {
      const u = terms[j]!;
      if (isVerb(u)) {
        finite ||= isTensed(u);
        if (!isAux(u)) {
          j++;
          break;
        }
      } else if (!(u.text === '' || u.tags.has('Negative') || u.tags.has('Adverb') || SKIPPABLE.has(u.lower))) break;
    }
    i = j - 1;
    if (!finite || headline) continue;
    if (afterBut) butHasVerb = true;
    if (pending > 0) pending--;
    else main = true;
  }
  return main && (!afterBut || butHasVerb);
}

/**
 * Does the clause tell that something happened, with a subject and a tensed verb of its own ("we charged you twice", "you
 * were overcharged")? A fragment ("three weeks on hold") or a verb only inside a "which" clause does not.
 */
export function tellsEvent(clause: string): boolean {
  const terms = tag(clause);
  return hasSubject(terms) && hasMainVerb(terms);
}

// People a "he" or "she" can be, beyond the roles compromise tags #Actor ("driver", "landlord", "mum").
const PERSON_NOUN =
  /^(?:conductor|salesman|saleswoman|salesperson|rider|seller|guard|man|woman|guy|lady|bloke|boy|girl|gentleman|chap|fella|assistant|attendant|steward|stewardess|cashier|receptionist|manager|agent|advisor|adviser|technician|operator|inspector|officer|surveyor|installer|fitter|courier|porter|waiter|waitress|cleaner|builder|caller|rep|representative|tenant|neighbour|neighbor)$/;
const MALE =
  /^(?:man|salesman|guy|bloke|boy|gentleman|chap|fella|son|husband|dad|father|brother|grandad|granddad|grandfather|grandpa|uncle|boyfriend|steward|waiter|nephew|grandson)$/;
const FEMALE =
  /^(?:woman|lady|saleswoman|girl|mum|mom|mother|wife|daughter|sister|nan|gran|grandma|grandmother|aunt|auntie|girlfriend|stewardess|waitress|niece|granddaughter)$/;
const TIME_HEAD =
  /^(?:time|times|day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|mins|morning|evening|night|afternoon|weekend|moment|while|today|yesterday|tomorrow)$/;
// "I'm trying to transfer money and it keeps getting blocked": the "it" may be the attempt, not a thing named before it.
const ATTEMPT = /\b(?:trying|tried|try|attempting|attempted|want|wanted|wanting|going)\s+to\b/i;

/**
 * What a "he", "she" or "it" that opens a clause stands for, from the words told before it (the start of its sentence, or
 * the sentence before): "I ordered a bed frame 3 weeks ago and it…" → "the bed frame"; "My son's feeding pump was checked
 * in. It…" → "My son's feeding pump"; "I want to complain about your driver. he…" → "your driver". The noun phrase that is
 * the subject there is taken first; else the only one that fits (a person for "he"/"she", a thing for "it"). Undefined
 * when none fits or two could ("I reported the listing through the button on the page. It…"): then the clause points at
 * something the words do not say.
 */
export function antecedent(context: string, pronoun: string): string | undefined {
  const person = /^(?:he|she)$/i.test(pronoun);
  if (!person && ATTEMPT.test(context)) return undefined;
  const terms = tag(context);
  const firstVerb = terms.findIndex((t) => isVerb(t));
  const phrases: Array<{ text: string; subject: boolean; object: boolean }> = [];
  let lastObject = -1;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.text === '') continue;
    const determiner = t.tags.has('Determiner') && /^(?:a|an|the|this)$/.test(t.lower);
    const possessive = t.tags.has('Possessive') && /^(?:my|our|your|his|her|their)$/.test(t.lower);
    // "driver was lovely but he…": a bare role at the start of the clause is its subject.
    const bare = person && i === 0 && !determiner && !possessive && t.tags.has('Noun') && !t.tags.has('Pronoun');
    if (!determiner && !possessive && !bare) continue;
    let j = bare ? i : i + 1;
    let head = -1;
    for (; j < terms.length; j++) {
      const u = terms[j]!;
      // "my 92-year-old nan": a hyphened number is a modifier; a bare number or a date ends the phrase ("a tv 2 weeks ago").
      const hyphened = /^\d+-\p{L}/u.test(u.text) && terms[j + 1]?.tags.has('Noun') === true;
      if (!hyphened && (u.text === '' || u.tags.has('Pronoun') || u.tags.has('Value') || u.tags.has('Date'))) break;
      const noun = u.tags.has('Noun') && !u.tags.has('Verb') && !hyphened;
      const modifier =
        hyphened || u.tags.has('Adjective') || (u.tags.has('Gerund') && terms[j + 1]?.tags.has('Noun') === true);
      if (!noun && !modifier) break;
      if (noun) head = j;
      if (/[,;:.!?]/.test(u.post)) {
        j++;
        break;
      }
    }
    if (head < 0) continue;
    const h = terms[head]!;
    const word = h.lower.replace(/'s$/, '');
    const actor = h.tags.has('Actor') || PERSON_NOUN.test(word);
    const fits =
      !h.tags.has('Plural') &&
      !TIME_HEAD.test(word) &&
      !(h.tags.has('Possessive') && terms[head + 1]?.text !== '') &&
      (person
        ? actor && !(pronoun.toLowerCase() === 'he' ? FEMALE : MALE).test(word)
        : !actor && !h.tags.has('ProperNoun'));
    if (fits) {
      const words = terms.slice(i, head + 1).map((u, k) => {
        let text = u.text.replace(/[,;:.!?"]+$/, '');
        if (k === head - i && terms[head + 1]?.text === '') text = text.replace(/'s$/, '');
        if (k === 0)
          text = /^(?:a|an)$/i.test(text)
            ? 'the'
            : /^[A-Z][a-z]/.test(text) && !u.tags.has('ProperNoun')
              ? text.toLowerCase()
              : text;
        return text;
      });
      // The object of a verb ("bought a desk lamp"), or one joined to it ("a phone and a case").
      const before = terms[i - 1];
      const object =
        before !== undefined &&
        ((isVerb(before) && !isAux(before)) || (/^(?:and|or|plus)$/.test(before.lower) && lastObject >= 0));
      phrases.push({
        text: `${bare ? 'the ' : ''}${words.join(' ')}`,
        subject: firstVerb < 0 || i < firstVerb,
        object,
      });
      if (object) lastObject = head;
    }
    i = Math.max(i, j - 1);
  }
  const subject = phrases.find((p) => p.subject);
  if (subject !== undefined) return subject.text;
  if (phrases.length === 1) return phrases[0]!.text;
  // "I bought a desk lamp from your Leeds shop and it…": the thing bought, not the place; two objects are two things.
  const objects = phrases.filter((p) => p.object);
  return objects.length === 1 ? objects[0]!.text : undefined;
}

/** Says the customer's words back in the agent's person. */
export function swapPerson(clause: string): string {
  return render(swapTerms(tag(clause)));
}

function swapTerms(input: readonly Term[]): Term[] {
  const terms = [...input];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.text === '') continue;
    const word = t.lower;
    // "US" the country, "IT" the department: capitals that are not the pronoun.
    if (t.text === 'US' || t.tags.has('Place')) continue;
    // "my I key", "the I's": the letter, not the pronoun.
    if (word === 'i' && !(i > 0 && (terms[i - 1]!.tags.has('Possessive') || terms[i - 1]!.tags.has('Determiner')))) {
      terms[i] = { ...t, text: 'you' };
      agree(terms, i);
      continue;
    }
    if (SECOND.has(word) || (word === 'u' && t.text === 'u')) {
      // "you guys", "you people", "y'all": the company, said as "we" (never "we people").
      const group = following(terms, i);
      if (group && GROUP.has(group.lower) && !(group.lower === 'all' && isVerb(terms[i + 2]) === false)) {
        terms[i + 1] = { ...group, text: '', pre: '', post: group.post };
      }
      const subject = isSubject(terms, i);
      terms[i] = { ...t, text: matchCase(t.text, subject ? 'we' : 'us') };
      if (subject) agree(terms, i);
      continue;
    }
    const fixed = FIXED.get(word);
    if (fixed !== undefined) {
      terms[i] = { ...t, text: matchCase(t.text, fixed) };
      // The customer's "we" (their household) becomes "you": "we was" → "you were".
      if (word === 'we') agree(terms, i);
    }
  }
  return terms;
}

export type Said =
  /** A statement that can follow "I'm so sorry": "you were charged twice". */
  | { kind: 'statement'; text: string }
  /** A question, embedded: "where your order is" (for "you'd like to know …"). */
  | { kind: 'question'; text: string };

const WH = new Set(['where', 'when', 'what', 'how', 'who', 'which', 'whats', "what's", "where's", "when's", "how's"]);
const NP_TAGS = ['Determiner', 'Possessive', 'Adjective', 'Noun', 'Value', 'ProperNoun', 'Cardinal'];
const inNounPhrase = (t: Term): boolean =>
  !t.tags.has('Verb') && !t.tags.has('Adverb') && !t.tags.has('Negative') && NP_TAGS.some((x) => t.tags.has(x));

/** The subject right after an inverted auxiliary: a pronoun, or a run of determiners, adjectives and nouns. */
function subjectAt(terms: readonly Term[], from: number): number {
  const first = terms[from];
  if (first === undefined || first.text === '') return from;
  if ((first.tags.has('Pronoun') && !first.tags.has('Possessive')) || SECOND.has(first.lower) || first.lower === 'i') {
    return GROUP.has(terms[from + 1]?.lower ?? '') ? from + 2 : from + 1;
  }
  let j = from;
  while (j < terms.length && terms[j]!.text !== '') {
    const t = terms[j]!;
    const prev = terms[j - 1];
    // After "my", "the" or an adjective the next word is the head noun even where it could be a verb ("my refund").
    const head =
      j > from && prev !== undefined && (prev.tags.has('Possessive') || prev.tags.has('Determiner')) && !isAux(t);
    if (!head && !inNounPhrase(t)) break;
    j++;
  }
  return j;
}

/** A verb after do-support takes the tense "did"/"does" carried: "did you charge" → "charged". */
function inflect(verb: Term, aux: string, subject: readonly Term[]): Term {
  const forms = nlp(verb.text).verbs().conjugate()[0] as Record<string, string> | undefined;
  if (forms === undefined) return verb;
  if (aux === 'did' && forms.PastTense) return { ...verb, text: forms.PastTense };
  const third = subject.length > 1 || (subject[0] !== undefined && /^(?:he|she|it)$/.test(subject[0].lower));
  if (aux === 'does' && third && forms.PresentTense) return { ...verb, text: forms.PresentTense };
  return verb;
}

/**
 * The customer's clause said back by the agent: a statement, or a wh-question embedded; undefined when neither can be
 * said cleanly (a yes/no question, a request). "why did you charge me twice" → statement "we charged you twice"; "where
 * is my order" → question "where your order is".
 */
export function sayBack(clause: string): Said | undefined {
  const terms = tag(clause.replace(/[?!.…]+\s*$/, '')).filter((t) => !(t.text === '' && t.implicit === ''));
  const said = sayBackAsIs(terms, /\?\s*$/.test(clause));
  if (said === undefined) return undefined;
  // A clause said back runs on from the agent's words: its first word is lower-cased unless it is a name ("Skype").
  const first = /^\S+/.exec(said.text)?.[0] ?? '';
  const term = terms.find((t) => t.text === first);
  const name = first.length > 1 && (/^[A-Z]{2,}/.test(first) || term?.tags.has('ProperNoun') === true);
  return name ? said : { ...said, text: said.text.charAt(0).toLowerCase() + said.text.slice(1) };
}

function sayBackAsIs(terms: Term[], asked: boolean): Said | undefined {
  if (terms.length === 0) return undefined;
  const first = terms[0]!;
  const isQuestion = asked || first.tags.has('QuestionWord') || WH.has(first.lower);
  if (!isQuestion) {
    if (isAux(first) && !/^(?:i|you|we)$/.test(first.lower)) {
      // "Can you…", "Is there…", "Do you…": a request or a yes/no question, with nothing to say back.
      return undefined;
    }
    if (!hasSubject(terms) || !hasMainVerb(terms)) return undefined;
    const opened = withSubject(terms);
    return opened === undefined ? undefined : { kind: 'statement', text: render(swapTerms(opened)) };
  }
  // "how come the app crashes": the clause after it is the statement.
  if (first.lower === 'how' && terms[1]?.lower === 'come') {
    const rest = terms.slice(2);
    const opened = hasSubject(rest) && hasMainVerb(rest) ? withSubject(rest) : undefined;
    return opened === undefined ? undefined : { kind: 'statement', text: render(swapTerms(opened)) };
  }
  // "where's my refund": the question word and its contracted "is".
  const wh = first.implicit !== '' && first.text.includes("'") ? first.implicit : first.lower;
  if (wh !== 'why' && !WH.has(wh)) return undefined;
  const aux = terms[1];
  if (!isAux(aux)) return undefined;
  // The rest of a contracted auxiliary ("haven't" → have + not) stays with it.
  let start = 2;
  while (terms[start] !== undefined && terms[start]!.text === '') start++;
  const auxTerms = terms.slice(1, start);
  const end = subjectAt(terms, start);
  const subject = terms.slice(start, end);
  const rest = terms.slice(end);
  // "what's missing", "what's wrong": no noun after the verb, so the question word is the subject ("what is missing").
  if (
    subject.length === 1 &&
    rest.length === 0 &&
    wh !== 'why' &&
    !subject[0]!.tags.has('Noun') &&
    !subject[0]!.tags.has('Pronoun') &&
    !/^(?:i|we|you)$/.test(subject[0]!.lower)
  ) {
    const auxWord = aux!.text === '' ? aux!.implicit : aux!.lower;
    return { kind: 'question', text: `${wh} ${auxWord} ${subject[0]!.text}` };
  }
  if (subject.length === 0) {
    // The question word is the subject ("what is going on with my account"): embedded as it stands.
    return wh === 'why' ? undefined : { kind: 'question', text: render(swapTerms(terms)) };
  }
  if (rest.length === 0 && wh === 'why') return undefined;
  const auxWord = aux!.text === '' ? aux!.implicit : aux!.lower;
  // "how do I reset my password", "where can I find my invoice": "how to reset your password".
  if (
    wh !== 'why' &&
    /^(?:i|we)$/.test(subject[0]!.lower) &&
    /^(?:do|can|could|should)$/.test(auxWord) &&
    rest.length > 0
  ) {
    // "what do I need to do" → "what to do": "need to", "have to" and "got to" go with the "to" already there.
    const semiModal = /^(?:need|have|got|want)$/.test(rest[0]!.lower) && rest[1]?.lower === 'to' ? 2 : 0;
    const said = render(swapTerms(rest.slice(semiModal).map((t, k) => (k === 0 ? { ...t, pre: '' } : t)))).replace(
      /[?!.]+$/,
      '',
    );
    return { kind: 'question', text: `${wh} to ${said}` };
  }
  // "why wasn't earlier flight offered" → "the earlier flight wasn't offered".
  const head = subject.at(-1)!;
  if (
    subject.every((t) => !t.tags.has('Determiner') && !t.tags.has('Possessive') && !t.tags.has('Pronoun')) &&
    !subject[0]!.tags.has('ProperNoun') &&
    !subject[0]!.tags.has('Value') &&
    !/^[A-Z]/.test(subject[0]!.text) &&
    head.tags.has('Noun') &&
    !head.tags.has('Plural') &&
    !SECOND.has(subject[0]!.lower) &&
    !SUBJECT_WORDS.has(subject[0]!.lower)
  ) {
    subject.unshift(THE);
  }
  let reordered: Term[];
  if ((auxWord === 'did' || auxWord === 'does' || auxWord === 'do') && rest[0] && rest[0].tags.has('Verb')) {
    reordered = [...subject, inflect(rest[0], auxWord, subject), ...rest.slice(1)];
  } else {
    reordered = [
      ...subject,
      { ...aux!, text: aux!.text === '' ? aux!.implicit : aux!.text, pre: ' ' },
      ...auxTerms.slice(1),
      ...rest,
    ];
    reordered[subject.length + auxTerms.length - 1] = {
      ...reordered[subject.length + auxTerms.length - 1]!,
      post: ' ',
    };
  }
  reordered = reordered.map((t, k) => (k === 0 ? { ...t, pre: '' } : t));
  const swapped = render(swapTerms(reordered)).replace(/[?!.]+$/, '');
  if (wh === 'why') return { kind: 'statement', text: swapped };
  return { kind: 'question', text: `${wh} ${swapped}` };
}
