/** Small, allocation-light text helpers the lint engine uses around each match. */

/** True for the code units JavaScript's \s matches. */
export const isWhitespaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const CURLY_APOSTROPHE = /[\u2018\u2019\u02BC]/;
const CURLY_APOSTROPHE_ALL = /[\u2018\u2019\u02BC]/g;

/** Straightens curly apostrophes one for one, so spans into the result are spans into the original. */
export function normalizeApostrophes(text: string): string {
  return CURLY_APOSTROPHE.test(text) ? text.replace(CURLY_APOSTROPHE_ALL, "'") : text;
}

// "Mr. Alvarez", "ext. 22": a period after these does not end the sentence.
const ABBREVIATION = /(?:^|[^\w])(?:Mr|Mrs|Ms|Dr|Prof|St|ext|Ext|approx|vs|etc|e\.g|i\.e)$/;

const isSentenceEnd = (text: string, i: number): boolean => {
  const ch = text.charCodeAt(i);
  // '!' '?' ';' and newlines always end a clause; '.' only when followed by a space or the end.
  if (ch === 33 || ch === 63 || ch === 59 || ch === 10) return true;
  if (ch !== 46) return false;
  const next = text.charCodeAt(i + 1);
  if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 9)) return false;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i));
};

/** Index where the sentence holding position `index` starts. */
export function sentenceStart(text: string, index: number): number {
  for (let i = Math.min(index, text.length) - 1; i >= 0; i--) {
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return 0;
}

/** Index just past the terminator of the sentence holding position `index` (or the text's end). */
export function sentenceEnd(text: string, index: number): number {
  for (let i = Math.max(index, 0); i < text.length; i++) {
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return text.length;
}

/** Negation just before a match ("not", "never", "n't", "no need to"), not crossing a comma. */
export const NEGATION_BEFORE =
  /(?:\b(?:not|never|no need to|no reason to|nothing to|nobody|no one)\b|n't\b)[^.!?;,]{0,20}$/i;

/** The `maxChars` characters before `start`, cut at the sentence start. */
export function textBefore(text: string, start: number, maxChars = 48): string {
  const from = Math.max(sentenceStart(text, start), start - maxChars);
  return text.slice(from, start);
}

/** Start and end of each non-blank sentence, as flat pairs [start0, end0, start1, end1, …] (ends exclusive, blanks trimmed). */
export function sentenceSpans(text: string): number[] {
  const spans: number[] = [];
  let start = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const ch = text.charCodeAt(i);
    // Cheap character test first; the abbreviation check runs only at a candidate full stop.
    if (i < length && ch !== 33 && ch !== 63 && ch !== 59 && ch !== 10 && (ch !== 46 || !isSentenceEnd(text, i)))
      continue;
    let s = start;
    let e = i < length ? i + 1 : length;
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    if (e > s) spans.push(s, e);
    start = i + 1;
  }
  return spans;
}
