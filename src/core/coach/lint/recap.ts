import type { Span } from '../../conversation/types.ts';
import { sentenceSpans } from './text-scan.ts';

/**
 * C1 without a "so, to recap" marker: a sentence that tells the customer's complaint back to them in the agent's
 * words ("You paid for next-day delivery and it took five days", "Three hours on the tarmac with no water").
 * It is found by content words shared with the customer's message, and kept to sentences that open on the
 * customer ("you", "your"), a "so", or a number, so that empathy ("that sounds exhausting") and apologies
 * (which name the problem for A2) are not read as restatements.
 */

// Function words and the small talk of support replies: they carry none of the complaint.
const STOP_WORDS = new Set(
  `a an the and or but so to of in on at for with from by about as is are was were be been being am i you your yours we
  our us my me it its this that these those there here what which who how when where why will would can could should do
  does did have has had not no yes just really very too also then than if up out over all any some more most much many
  one once again still even only own same other such into off down now today tomorrow please thanks thank sorry
  apologise apologize apologies let get got make made take know see look sure okay ok right well want like need going go
  it's that's i'm i've i'll you're you've we're we've don't can't won't isn't wasn't didn't`.split(/\s+/),
);

const OPENS_ON_CUSTOMER =
  /^(?:you|your|so\b|\d|[£$€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)/i;
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies)\b/i;

// Characters of a word: a-z, 0-9, £, $, € and the apostrophe (the curly one straightened first).
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 36 || c === 0xa3 || c === 0x20ac;

/**
 * Content words, lower-cased, curly apostrophes straightened and crudely stemmed ("charged" and "charges" meet). One
 * scan of the lower-cased text: the words of `/[a-z0-9£$€']+/g`, their outer apostrophes dropped, and the stem of
 * `/(?:'s|ies|es|s|ed|ing)$/` (the leftmost, so longest, of those endings) removed.
 */
function contentWords(text: string): string[] {
  let lowered = text.toLowerCase();
  if (lowered.includes('\u2019')) lowered = lowered.replace(/\u2019/g, "'");
  const out: string[] = [];
  const length = lowered.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(lowered.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    while (i < length && isWordChar(lowered.charCodeAt(i))) i++;
    let end = i;
    while (start < end && lowered.charCodeAt(start) === 39) start++;
    while (end > start && lowered.charCodeAt(end - 1) === 39) end--;
    if (start === end) continue;
    const word = lowered.slice(start, end);
    if (STOP_WORDS.has(word)) continue;
    const stem = word.slice(0, word.length - stemCut(word));
    if (stem.length > 1) out.push(stem);
  }
  return out;
}

/** How many characters the ending `(?:'s|ies|es|s|ed|ing)$` takes off `word` (the match starting leftmost wins). */
function stemCut(word: string): number {
  if (word.endsWith('ies') || word.endsWith('ing')) return 3;
  if (word.endsWith("'s") || word.endsWith('es') || word.endsWith('ed')) return 2;
  return word.endsWith('s') ? 1 : 0;
}

/** The minimum shared content words, and the share of the sentence's content words they must be. */
export const RECAP_MIN_SHARED = 3;
export const RECAP_MIN_SHARE = 0.5;

/** Spans of sentences in `reply` that retell `customerMessage`, as described above. */
export function findRecaps(reply: string, customerMessage: string): Span[] {
  return findRecapsOf(reply, () => new Set(contentWords(customerMessage)));
}

/** Adds the content words of `text` to `words` (the words of texts joined by newlines are the union of each one's). */
export function addContentWords(words: Set<string>, text: string): void {
  for (const w of contentWords(text)) words.add(w);
}

/**
 * `findRecaps` with the customer's content words given by `saidWords`, called at most once and only when a sentence
 * could be a recap (the QA facts keep one set for a whole conversation's customer turns instead of re-reading them).
 */
export function findRecapsOf(reply: string, saidWords: () => ReadonlySet<string>): Span[] {
  const spans = sentenceSpans(reply);
  const found: Span[] = [];
  // The customer's words are read only once a sentence could be a recap (most replies have none).
  let said: ReadonlySet<string> | undefined;
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const sentence = reply.slice(start, end);
    if (sentence.endsWith('?') || APOLOGY.test(sentence) || !OPENS_ON_CUSTOMER.test(sentence)) continue;
    said ??= saidWords();
    if (said.size < RECAP_MIN_SHARED) return [];
    const words = contentWords(sentence);
    let shared = 0;
    for (const w of words) if (said.has(w)) shared++;
    if (shared >= RECAP_MIN_SHARED && shared / words.length >= RECAP_MIN_SHARE) found.push({ start, end });
  }
  return found;
}
