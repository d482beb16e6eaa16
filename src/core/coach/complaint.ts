import { detectAbuse } from '../signals/abuse.ts';
import { isWhitespaceCode } from './lint/text-scan.ts';
import type { AbuseFinding } from '../signals/types.ts';

// Words that mark a sentence as carrying the complaint rather than a greeting or an aside.
const COMPLAINT_CUES =
  /\b(?:not|no|never|nothing|nobody|still|again|cancel+ed|charged|twice|broken|broke|missing|late|lost|wrong|damaged|cracked|failed|dropp\w*|cut off|hasn't|haven't|didn't|doesn't|don't|won't|can't|isn't|wasn't|overcharged|refund|bill\w*|fee|waiting|waited|hours?|days?|weeks?|months?|down|stuck|locked|denied|declined|bounced|disconnect\w*|expired|ticket|crashed|wiped|deleted|without|bad|terrible|awful|worst|dirty|disgusting|rude|error|problem|issue|bugs?|bedbugs|leak\w*|flood\w*|outage)\b/gi;
const SECOND_PERSON_OPENERS = /^(?:hi|hello|hey|ok|okay|so|look|listen|well|yeah|yes|no)\b[,!.]?\s*/i;

// Pronoun swaps that turn the customer's words into the agent's ("my flight" → "your flight", "you charged me" → "we charged you").
// A Map, not an object literal: a word like "constructor" must not find Object.prototype's members.
const SWAPS = new Map<string, string>(
  Object.entries({
    i: 'you',
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
    "we're": "you're",
    "we've": "you've",
    you: 'we',
    your: 'our',
    yours: 'ours',
    "you're": "we're",
    "you've": "we've",
    "you'll": "we'll",
    "you'd": "we'd",
    am: 'are',
    was: 'were',
  }),
);
const FIRST_SINGULAR = new Set(['i', 'we']);

const APOSTROPHE = 39;
const isCore = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === APOSTROPHE;
// Opening punctuation a word may carry: ( " ' “
const isLead = (c: number): boolean => c === 40 || c === 34 || c === APOSTROPHE || c === 0x201c;

/**
 * Splits a word into lead punctuation, a core of letters and apostrophes, and the rest, as
 * /^([("'“]*)([A-Za-z']+)(.*)$/ would (the lead gives back its last apostrophe when no letter follows it).
 * Returns the core's bounds, or null when the word has no core.
 */
function wordCore(word: string): [number, number] | null {
  let start = 0;
  while (start < word.length && isLead(word.charCodeAt(start))) start++;
  if (!(start < word.length && isCore(word.charCodeAt(start)))) {
    const apostrophe = word.lastIndexOf("'", start - 1);
    if (start === 0 || apostrophe === -1) return null;
    start = apostrophe;
  }
  let end = start;
  while (end < word.length && isCore(word.charCodeAt(end))) end++;
  return [start, end];
}

/** Swaps first and second person so the customer's sentence can be said back to them. */
export function swapPerson(sentence: string): string {
  let previous = '';
  let out = '';
  let copied = 0;
  for (let i = 0; i < sentence.length; ) {
    if (isWhitespaceCode(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < sentence.length && !isWhitespaceCode(sentence.charCodeAt(i))) i++;
    const raw = sentence.slice(from, i);
    const word = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
    const core = wordCore(word);
    if (core === null) continue;
    const lower = word.slice(core[0], core[1]).toLowerCase();
    let swapped = SWAPS.get(lower);
    // "am"/"was" only change after "I" ("I was told" → "you were told"); "you" after a verb is an object ("cost you").
    if ((lower === 'am' || lower === 'was') && !FIRST_SINGULAR.has(previous)) swapped = undefined;
    previous = lower;
    if (swapped === undefined) continue;
    out += sentence.slice(copied, from) + word.slice(0, core[0]) + swapped + word.slice(core[1]);
    copied = i;
  }
  return copied === 0 ? sentence : out + sentence.slice(copied);
}

/** Lower-cases shouted words (keeps "I" and short acronyms) and drops insults, so the words can be repeated calmly. */
export function calmDown(text: string, abuse: readonly AbuseFinding[] = detectAbuse(text)): string {
  let out = text;
  for (const finding of [...abuse].reverse()) {
    const removed = finding.kind === 'insult' ? finding.text.replace(/^(you|your|ya|u)\b.*$/i, '$1') : '';
    out = out.slice(0, finding.span.start) + removed + out.slice(finding.span.end);
  }
  return out
    .replace(/\b[A-Z]{4,}\b/g, (word) => word.toLowerCase())
    .replace(/[!?]{2,}/g, (marks) => marks[0]!)
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .trim();
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\s*[—–]\s*$|;\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// Commands and retorts ("don't tell me…", "just fix it") are not the complaint itself.
const NOT_A_COMPLAINT =
  /^(?:don't|do not|just|stop|spare|fix|sorry|whatever|fine|yeah|yep|ok|okay|thanks|thank|great|no worries)\b/i;
const MAX_WORDS = 20;

function shorten(sentence: string): string {
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_WORDS) return sentence;
  const head = words.slice(0, MAX_WORDS).join(' ');
  const comma = head.lastIndexOf(',');
  return comma > 15 ? head.slice(0, comma) : head;
}

function complaintWeight(sentence: string): number {
  if (NOT_A_COMPLAINT.test(sentence)) return 0;
  const cues = sentence.match(COMPLAINT_CUES)?.length ?? 0;
  const personal = /\b(?:i|my|me|we|our|you|your)\b/i.test(sentence) ? 1 : 0;
  return cues * 2 + personal - (sentence.endsWith('?') ? 1 : 0);
}

export interface ComplaintCandidate {
  sentence: string;
  weight: number;
  order: number;
}

/** Scores one customer message's sentences as complaint candidates; pass the message's abuse findings to reuse them. */
export function complaintCandidates(text: string, abuse?: readonly AbuseFinding[], offset = 0): ComplaintCandidate[] {
  return splitSentences(calmDown(text, abuse)).map((raw, i) => {
    const sentence = shorten(raw.replace(SECOND_PERSON_OPENERS, ''));
    return { sentence, order: offset + i, weight: complaintWeight(sentence) };
  });
}

/** The sentences that carry the complaint, in the customer's order (falls back to the first full sentence). */
export function pickComplaint(candidates: readonly ComplaintCandidate[], limit = 2): string[] {
  const ranked = candidates.filter((s) => s.weight >= 2 && s.sentence.split(/\s+/).length >= 3);
  if (ranked.length === 0) {
    const first = candidates.find((s) => s.sentence.split(/\s+/).length >= 4);
    return first ? [first.sentence] : [];
  }
  return ranked
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map((s) => s.sentence);
}

/** Says complaint sentences back to the customer ("your flight was cancelled last night"), without final punctuation. */
export function restate(sentences: readonly string[]): string[] {
  return sentences.map((sentence) => {
    const swapped = swapPerson(sentence).replace(/[.!?…,]+$/, '');
    return /^[A-Z][a-z]/.test(swapped) &&
      !/^(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
        swapped,
      )
      ? swapped[0]!.toLowerCase() + swapped.slice(1)
      : swapped;
  });
}
