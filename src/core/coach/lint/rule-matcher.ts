import { DIGIT_KEY, KEY_LENGTH, keyedAlternatives } from './opening-keys.ts';

/**
 * Runs many global patterns over one text, with the same matches as `pattern.exec` in a loop, but
 * without scanning every position with every pattern.
 *
 * The text is split into words once. Each pattern whose matches can only start at a word start is cut
 * into its top-level alternatives, grouped by the key of the word they can open with (opening-keys.ts);
 * at each word the matcher runs, as a sticky regex anchored there, only the alternatives whose key the
 * word has, in their original order. Alternatives with different keys can never match at the same
 * position, so the first alternative that matches is the one the whole pattern would have picked, and
 * skipping positions inside a previous match keeps the global scan's no-overlap rule.
 * Patterns whose alternatives cannot all be keyed are scanned the ordinary way.
 */

export interface MatchSpans {
  /** Flat [start0, end0, start1, end1, …] per pattern, in the order the patterns were given. */
  readonly spans: readonly (readonly number[])[];
}

interface Entry {
  readonly pattern: number;
  readonly regex: RegExp;
}

const A = 65;
const Z = 90;
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= A && c <= Z) || (c >= 48 && c <= 57) || c === 95;
const lower = (c: number): number => (c >= A && c <= Z ? c + 32 : c);
const DIGIT_KEY_CODE = DIGIT_KEY.charCodeAt(0);

/** A word's key as a number: up to three lower-cased ASCII codes packed 7 bits apart; `#` for a word opening with a digit. */
function encodeKey(key: string): number {
  if (key === DIGIT_KEY) return DIGIT_KEY_CODE;
  let code = 0;
  for (let i = 0; i < key.length; i++) code |= key.charCodeAt(i) << (7 * i);
  return code;
}

export class RuleMatcher {
  private readonly byKey = new Map<number, Entry[]>();
  private readonly scanned: number[] = [];
  private readonly next: Int32Array;

  constructor(private readonly patterns: readonly RegExp[]) {
    this.next = new Int32Array(patterns.length);
    const shared = new Map<string, RegExp>();
    patterns.forEach((pattern, index) => {
      if (!pattern.global) throw new Error(`pattern ${index} must carry the g flag`);
      const { hoisted, alternatives } = keyedAlternatives(pattern);
      if (alternatives.some((a) => a.keys === null)) {
        this.scanned.push(index);
        return;
      }
      const byKey = new Map<string, string[]>();
      for (const alt of alternatives) {
        for (const key of alt.keys!) {
          const list = byKey.get(key);
          if (list) list.push(alt.source);
          else byKey.set(key, [alt.source]);
        }
      }
      const flags = `${pattern.flags.replace('g', '')}y`;
      for (const [key, sources] of byKey) {
        const body = sources.join('|');
        const source = hoisted ? `\\b(?:${body})` : body;
        let regex = shared.get(`${flags}/${source}`);
        if (!regex) {
          regex = new RegExp(source, flags);
          shared.set(`${flags}/${source}`, regex);
        }
        const code = encodeKey(key);
        const entries = this.byKey.get(code);
        if (entries) entries.push({ pattern: index, regex });
        else this.byKey.set(code, [{ pattern: index, regex }]);
      }
    });
  }

  /** Every pattern's matches in `text`, as `exec` with the `g` flag would find them (empty matches skipped). */
  match(text: string): number[][] {
    const spans: number[][] = this.patterns.map(() => []);
    for (const index of this.scanned) {
      const pattern = this.patterns[index]!;
      const out = spans[index]!;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (m[0].length === 0) pattern.lastIndex++;
        else out.push(m.index, m.index + m[0].length);
      }
    }
    const next = this.next;
    next.fill(0);
    const length = text.length;
    let i = 0;
    while (i < length) {
      const c0 = text.charCodeAt(i);
      if (!isWordCode(c0)) {
        i++;
        continue;
      }
      const start = i;
      let code: number;
      if (c0 >= 48 && c0 <= 57) code = DIGIT_KEY_CODE;
      else {
        code = lower(c0);
        for (let k = 1; k < KEY_LENGTH && i + k < length; k++) {
          const c = text.charCodeAt(i + k);
          if (!isWordCode(c)) break;
          code |= lower(c) << (7 * k);
        }
      }
      while (i < length && isWordCode(text.charCodeAt(i))) i++;
      const entries = this.byKey.get(code);
      if (entries === undefined) continue;
      for (const entry of entries) {
        if (start < next[entry.pattern]!) continue;
        const regex = entry.regex;
        regex.lastIndex = start;
        const m = regex.exec(text);
        if (m === null || m[0].length === 0) continue;
        const end = start + m[0].length;
        spans[entry.pattern]!.push(start, end);
        next[entry.pattern] = end;
      }
    }
    return spans;
  }
}
