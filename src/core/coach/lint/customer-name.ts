import type { Span } from '../../conversation/types.ts';
import { isWhitespaceCode } from './text-scan.ts';

const TITLE_NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][a-z\u00C0-\u017F'-]+(?:[- ][A-Z][a-z\u00C0-\u017F'-]+)?/g;

const NAME = String.raw`[A-Z][a-z\u00C0-\u017F]+(?:-[A-Z][a-z\u00C0-\u017F]+)?`;
// A capitalised word opening the reply or a sentence, or after a greeting, and followed by a comma or the sentence end.
// Both are sticky and tried only where a capital follows a space or opens the text: every way in ends with one of those.
const NAME_FIRST = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s+)|(?<=\b(?:Hi|Hello|Hey|Dear(?: (?:Customer|Member|Client|Guest|Patient))?|Thanks|Thank you|Oh no|Okay|OK|Morning|Good (?:morning|afternoon|evening)),?\s+))(${NAME})(?=,|!|\.(?:\s|$))`,
  'y',
);
// ", Sarah." or ", Carla, and …" closing a clause.
const NAME_LAST = new RegExp(String.raw`(?<=,\s+)(${NAME})(?=[.!?]|,\s|$)`, 'y');

/** "Mr", "Mrs.", "Dr": a title, said with a surname, never a name by itself. */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/i;
export const isTitle = (word: string): boolean => TITLE_WORD.test(word);

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** The matches a global scan with `re` would find, trying it only at the candidate positions. */
function stickyMatches(text: string, re: RegExp, candidates: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const p of candidates) {
    if (p < from) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m !== null) {
      found.push(m);
      from = p + m[0].length;
    }
  }
  return found;
}
// The agent's own name: "I'm Dara", "ring me, Dara, on …", "ask for me, Shona".
const SELF_INTRO = /\b(?:I'm|I am|name is|name's|this is|it's|me,)\s+$/i;
// A title and name the reply talks about, not to: "with Dr Byrne", "she's Dr Quigg", "ask for Mrs Hale".
const TALKED_ABOUT =
  /\b(?:with|to|from|by|see|for|ask|call|contact|booked|is|was|she's|he's|they're|it's|called|named|at|our|your|the|a|an)\s+$/i;
// A colleague or a firm named after its role, in apposition: "our lead pharmacist, Ruth, will call", "the line provider,
// Openreach, says".
const ROLE_APPOSITION =
  /\b(?:the|our|my|your|their|his|her|a|an)\s+(?:[\w'-]+\s+){0,3}(?:manager|supervisor|pharmacist|engineer|technician|colleague|lead|driver|nurse|doctor|dentist|vet|advis[eo]r|agent|specialist|consultant|partner|provider|courier|contractor|supplier|company|team|department|carrier|landlord|owner|director|officer|coordinator|rep|representative|assistant|receptionist|chef|waiter|installer|inspector|surveyor|adjuster|handler|boss|head|firm|agency|network|bank|insurer|retailer|manufacturer|airline),\s+$/i;
// An elongated greeting or sound: "Hiii", "Heyyy", "Awww", "Ohhh", "Ermm", "Mmhm".
const SOUND = /^(?:H+i+|He+y+|Hiy+a+|A+w+|O+h+|U+h+|E+r+m*|M+h*m+|U+m+|A+h+|O+i+)$/;

// Capitalised words that open sentences or close clauses without being anyone's name.
const NOT_NAMES = new Set(
  `Mr Mrs Ms Miss Mx Dr Prof Sir Madam Ma'am Okay Ok Yes No Yeah Yep Nope Sure Well So But And Or Also Again Absolutely Understood Great Perfect Right
  Alright Sorry Thanks Thank Look Listen Hi Hello Hey Wow Ugh Whoa First Second Third Finally However Meanwhile Otherwise
  Instead Now Today Tomorrow Tonight Yesterday Actually Basically Frankly Fine Done Oh Ah Hmm Um Uh Cool Noted Certainly
  Unfortunately Luckily Thankfully Hopefully Seriously Sadly Plus Besides Anyway Anyways Still Then Because Since While If
  When Once After Before Between Per Apologies Agreed Correct Exactly Totally Definitely Indeed Welcome Please Got Gotcha
  Team Folks Guys Everyone All Friend Buddy Pal Mate Dude Sweetie Honey Dear Boss Chief Honestly Seriously Relax Calm Chill
  Whoops Oops Please Good Morning Afternoon Evening Night Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April May June July August September October November December Also Regards Cheers Best Hmm Mm Uh-huh
  Ha Haha Lol Omg Wait Stop Enough Same Nothing Something Everything Anything Yours Mine Ours Theirs Here There Why What
  Who Where How Which Whatever Fair Noted Shame Bummer Awesome Excellent Brilliant Lovely Wonderful Amazing Fantastic
  Terrific Super Nice Sweet Ouch Yikes Jeez Gosh Geez Damn Crap Meh Nah Hm Certainly Precisely Quite Indeed Likewise
  Understandable Definitely Apologies Unbelievable Ridiculous Incredible True Agreed Admittedly Clearly Obviously Oh
  Hiya Heya Howdy Woah Ag Ehn Bless Goodness God Yuck Ew Eww Easy Typical Annoying Grand Uncle Auntie Aunty Oga Hun Hon
  Love Darling Sweetheart Bro Sis Me Us You Customer Customers Resident Tenant Member Client Patient Guest Passenger
  Traveller Traveler Valued Student Parent Applicant Policyholder Homeowner Neighbour Neighbor Mondays Tuesdays
  Wednesdays Thursdays Fridays Saturdays Sundays Weekends One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve
  Fifteen Twenty Thirty Forty Fifty Hundred Both Neither Either Nobody Everybody Somebody Anybody`.split(/\s+/),
);

const isName = (word: string): boolean => !NOT_NAMES.has(word) && !word.endsWith('ly') && !SOUND.test(word);

/** Spans where the reply addresses the customer by name: a title + name, a name in address position, or the known name. */
export function findCustomerNames(text: string, knownName?: string): Span[] {
  const spans: Span[] = [];
  // exec in a loop, not matchAll (which clones the regex on every call); empty matches cannot happen.
  TITLE_NAME.lastIndex = 0;
  for (let m = TITLE_NAME.exec(text); m !== null; m = TITLE_NAME.exec(text)) {
    // Said to them ("Mrs Patel, …", "…, Mr Rao."), not about someone ("with Dr Byrne", "Dr Adams specialises in …").
    if (TALKED_ABOUT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (
      /^\s+(?!(?:van|von|der|den|de|da|di|du|dos|del|la|le|bin|al|el|ter|ten)\b)[a-z]/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 6),
      )
    )
      continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const candidates: number[] = [];
  for (let p = 0; p < text.length; p++) {
    if (isCapital(text.charCodeAt(p)) && (p === 0 || isWhitespaceCode(text.charCodeAt(p - 1)))) candidates.push(p);
  }
  if (candidates.length === 0 && !knownName) return spans;
  for (const re of [NAME_FIRST, NAME_LAST]) {
    for (const m of stickyMatches(text, re, candidates)) {
      const word = m[1] ?? '';
      if (!isName(word) || SELF_INTRO.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (re === NAME_LAST && ROLE_APPOSITION.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      spans.push({ start: m.index, end: m.index + word.length });
    }
  }
  if (knownName) spans.push(...findKnownName(text, knownName));
  // A name can be both first in its sentence and after a comma ("Oh no, Keisha."): keep it once.
  return spans.length > 1 ? spans.filter((s, i) => spans.findIndex((o) => o.start === s.start) === i) : spans;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A live session lints every agent turn with the same known name: build its pattern once.
const knownNamePatterns = new Map<string, RegExp | null>();

function knownNamePattern(knownName: string): RegExp | null {
  let re = knownNamePatterns.get(knownName);
  if (re === undefined) {
    const parts = knownName
      .trim()
      .split(/\s+/)
      .filter((p) => p.length > 1 && !isTitle(p));
    re =
      parts.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    if (knownNamePatterns.size > 1000) knownNamePatterns.clear();
    knownNamePatterns.set(knownName, re);
  }
  return re;
}

function findKnownName(text: string, knownName: string): Span[] {
  const re = knownNamePattern(knownName);
  if (!re) return [];
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
