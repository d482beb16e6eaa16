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

/** Content words, lower-cased, curly apostrophes straightened and crudely stemmed ("charged" and "charges" meet). */
function contentWords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[a-z0-9£$€']+/g) ?? [];
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/^'+|'+$/g, '');
    if (word === '' || STOP_WORDS.has(word)) continue;
    const stem = word.replace(/(?:'s|ies|es|s|ed|ing)$/, '');
    if (stem.length > 1) out.push(stem);
  }
  return out;
}

/** The minimum shared content words, and the share of the sentence's content words they must be. */
export const RECAP_MIN_SHARED = 3;
export const RECAP_MIN_SHARE = 0.5;

/** Spans of sentences in `reply` that retell `customerMessage`, as described above. */
export function findRecaps(reply: string, customerMessage: string): Span[] {
  const said = new Set(contentWords(customerMessage));
  if (said.size < RECAP_MIN_SHARED) return [];
  const spans = sentenceSpans(reply);
  const found: Span[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const sentence = reply.slice(start, end);
    if (sentence.endsWith('?') || APOLOGY.test(sentence) || !OPENS_ON_CUSTOMER.test(sentence)) continue;
    const words = contentWords(sentence);
    const shared = words.filter((w) => said.has(w)).length;
    if (shared >= RECAP_MIN_SHARED && shared / words.length >= RECAP_MIN_SHARE) found.push({ start, end });
  }
  return found;
}
