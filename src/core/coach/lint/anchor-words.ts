/**
 * Anchor words: for a rule pattern, a small set of whole words such that every match contains one of
 * them as a complete word. A reply holding none of them cannot match, so the pattern need not run.
 *
 * Worked out once, at module load, from the pattern's source by a small regex parser. The analysis is
 * conservative: whenever it cannot prove a word is always there (a `.`, a `\w*`, a lookaround it cannot
 * see through), the alternative, and then the whole pattern, gets no anchors and is always run.
 * Words are runs of ASCII word characters (`\w` without the `u` flag), compared lower-cased.
 */

interface Quantity {
  min: number;
  max: number;
}
type Item =
  | { k: 'char'; c: string; q: Quantity }
  | { k: 'class'; chars: string[] | null; nonWord: boolean; q: Quantity }
  | { k: 'any'; q: Quantity }
  | { k: 'bound' | 'notBound' | 'start' | 'end'; q: Quantity }
  | { k: 'group'; look: '' | '=' | '!' | '<=' | '<!'; alts: Item[][]; q: Quantity };

const ONE: Quantity = { min: 1, max: 1 };
const isWordChar = (c: string): boolean => /^[A-Za-z0-9_]$/.test(c);

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Item[][] {
    const alts = this.alternation();
    if (this.i < this.src.length) throw new Error('unbalanced');
    return alts;
  }

  private alternation(): Item[][] {
    const alts: Item[][] = [[]];
    while (this.i < this.src.length) {
      const ch = this.src[this.i];
      if (ch === ')') break;
      if (ch === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      const item = this.atom();
      item.q = this.quantity();
      alts[alts.length - 1]?.push(item);
    }
    return alts;
  }

  private quantity(): Quantity {
    const s = this.src;
    let q = ONE;
    const ch = s[this.i];
    if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '*') q = { min: 0, max: Infinity };
    else if (ch === '+') q = { min: 1, max: Infinity };
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return ONE;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      q = { min, max };
    } else return ONE;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Item {
    const s = this.src;
    const ch = s[this.i++] ?? '';
    if (ch === '(') {
      let look: '' | '=' | '!' | '<=' | '<!' = '';
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i)) (look = '='), (this.i += 2);
      else if (s.startsWith('?!', this.i)) (look = '!'), (this.i += 2);
      else if (s.startsWith('?<=', this.i)) (look = '<='), (this.i += 3);
      else if (s.startsWith('?<!', this.i)) (look = '<!'), (this.i += 3);
      else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      else if (s[this.i] === '?') throw new Error('unknown group');
      const alts = this.alternation();
      if (s[this.i++] !== ')') throw new Error('unbalanced');
      return { k: 'group', look, alts, q: ONE };
    }
    if (ch === '[') return this.charClass();
    if (ch === '.') return { k: 'any', q: ONE };
    if (ch === '^') return { k: 'start', q: ONE };
    if (ch === '$') return { k: 'end', q: ONE };
    if (ch === '\\') return this.escape();
    return { k: 'char', c: ch, q: ONE };
  }

  private escape(): Item {
    const e = this.src[this.i++] ?? '';
    if (e === 'b') return { k: 'bound', q: ONE };
    if (e === 'B') return { k: 'notBound', q: ONE };
    if (e === 's' || e === 'W') return { k: 'class', chars: null, nonWord: true, q: ONE };
    if (/[dDwS]/.test(e) || /[1-9]/.test(e) || e === 'k' || e === 'p' || e === 'P') return { k: 'any', q: ONE };
    if (e === 'u' || e === 'x') {
      const len = e === 'u' ? 4 : 2;
      const c = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + len), 16));
      this.i += len;
      return { k: 'char', c, q: ONE };
    }
    if (/[A-Za-z0-9]/.test(e)) return { k: 'class', chars: null, nonWord: true, q: ONE }; // \n \t \r \f \v and kin
    return { k: 'char', c: e, q: ONE };
  }

  private charClass(): Item {
    const s = this.src;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let nonWord = true;
    let finite = true;
    let first = true;
    while (this.i < s.length && (s[this.i] !== ']' || first)) {
      first = false;
      let c = s[this.i++] ?? '';
      if (c === '\\') {
        const e = s[this.i++] ?? '';
        if (e === 's' || e === 'W') {
          finite = false;
          continue;
        }
        if (/[dDwSbB]/.test(e) || /[A-Za-z0-9]/.test(e) && e !== 'u' && e !== 'x') {
          if (/[dDwS]/.test(e)) nonWord = false;
          finite = false;
          continue;
        }
        if (e === 'u' || e === 'x') {
          const len = e === 'u' ? 4 : 2;
          c = String.fromCharCode(parseInt(s.slice(this.i, this.i + len), 16));
          this.i += len;
        } else c = e;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        let hi = s[this.i++] ?? '';
        if (hi === '\\') {
          const e = s[this.i++] ?? '';
          if (e === 'u' || e === 'x') {
            const len = e === 'u' ? 4 : 2;
            hi = String.fromCharCode(parseInt(s.slice(this.i, this.i + len), 16));
            this.i += len;
          } else hi = e;
        }
        for (let code = c.charCodeAt(0); code <= hi.charCodeAt(0); code++) {
          if (isWordChar(String.fromCharCode(code))) nonWord = false;
        }
        finite = false;
        continue;
      }
      if (isWordChar(c)) nonWord = false;
      chars.push(c);
    }
    if (s[this.i++] !== ']') throw new Error('unbalanced class');
    if (negated) return { k: 'class', chars: null, nonWord: false, q: ONE };
    return { k: 'class', chars: finite ? chars : null, nonWord, q: ONE };
  }
}

const MAX_WORDS = 64;

/** The finite set of (lower-cased) word-character strings the item can match, or null. */
function language(item: Item): Set<string> | null {
  let base: Set<string> | null = null;
  if (item.k === 'char') base = isWordChar(item.c) ? new Set([item.c.toLowerCase()]) : null;
  else if (item.k === 'class') base = item.chars && item.chars.length > 0 && item.chars.every(isWordChar) ? new Set(item.chars.map((c) => c.toLowerCase())) : null;
  else if (item.k === 'group' && item.look === '') {
    base = new Set();
    for (const alt of item.alts) {
      const words = product(alt);
      if (words === null) return null;
      for (const w of words) base.add(w);
    }
  }
  if (base === null) return null;
  if (item.q.min === 1 && item.q.max === 1) return base;
  if (item.q.min === 0 && item.q.max === 1) return new Set([...base, '']);
  return null;
}

function product(seq: readonly Item[]): Set<string> | null {
  let words = new Set(['']);
  for (const item of seq) {
    const lang = language(item);
    if (lang === null) return null;
    const next = new Set<string>();
    for (const a of words) for (const b of lang) next.add(a + b);
    if (next.size > MAX_WORDS) return null;
    words = next;
  }
  return words;
}

const isLook = (item: Item): boolean => item.k === 'group' && item.look !== '';

/** True when the text matched from seq[k] on (then whatever follows, summed up by `after`) begins with a non-word character or the end. */
function startsNonWord(seq: readonly Item[], k: number, after: boolean): boolean {
  if (k >= seq.length) return after;
  const item = seq[k] as Item;
  const rest = (): boolean => startsNonWord(seq, k + 1, after);
  if (item.k === 'bound' || item.k === 'end') return true;
  if (item.k === 'notBound' || item.k === 'start') return false;
  if (item.k === 'group' && item.look !== '') {
    if (item.look === '=' && item.alts.every((alt) => startsNonWord(alt, 0, false))) return true;
    return rest();
  }
  let own: boolean;
  if (item.k === 'char') own = !isWordChar(item.c);
  else if (item.k === 'class') own = item.nonWord;
  else if (item.k === 'group') {
    const cont = item.q.max > 1 ? false : rest();
    own = item.alts.every((alt) => startsNonWord(alt, 0, cont));
  } else own = false;
  return item.q.min === 0 ? own && rest() : own;
}

/** True when the text just before seq[k] (seq[0..k]) ends with a non-word character or is the start. */
function endsNonWord(seq: readonly Item[], k: number, before: boolean): boolean {
  if (k < 0) return before;
  const item = seq[k] as Item;
  const rest = (): boolean => endsNonWord(seq, k - 1, before);
  if (item.k === 'bound' || item.k === 'start') return true;
  if (item.k === 'notBound' || item.k === 'end') return false;
  if (item.k === 'group' && item.look !== '') {
    if (item.look === '<=' && item.alts.every((alt) => endsNonWord(alt, alt.length - 1, false))) return true;
    return rest();
  }
  let own: boolean;
  if (item.k === 'char') own = !isWordChar(item.c);
  else if (item.k === 'class') own = item.nonWord;
  else if (item.k === 'group') {
    const cont = item.q.max > 1 ? false : rest();
    own = item.alts.every((alt) => endsNonWord(alt, alt.length - 1, cont));
  } else own = false;
  return item.q.min === 0 ? own && rest() : own;
}

// Words so common that gating on them saves nothing.
const COMMON = new Set(
  'i you we the a an to it is that and your my this of for in on be can will have me us our not so do at as are was with'.split(' '),
);
const cost = (words: Set<string>): number =>
  [...words].reduce((sum, w) => sum + (COMMON.has(w) || w.length < 3 ? 50 : w.endsWith('*') ? (w.length < 5 ? 50 : 3) : 1), 0);

function anchorsOfSequence(seq: readonly Item[], before: boolean, after: boolean): Set<string> | null {
  let best: Set<string> | null = null;
  const offer = (words: Set<string> | null): void => {
    if (words !== null && (best === null || cost(words) < cost(best))) best = words;
  };
  let i = 0;
  while (i < seq.length) {
    const item = seq[i] as Item;
    if (isLook(item) || language(item) === null) {
      if (item.k === 'group' && item.look === '' && item.q.min === 1 && item.q.max === 1) {
        offer(anchorsOfAlternatives(item.alts, endsNonWord(seq, i - 1, before), startsNonWord(seq, i + 1, after)));
      }
      i++;
      continue;
    }
    let j = i;
    while (j < seq.length && !isLook(seq[j] as Item) && language(seq[j] as Item) !== null) j++;
    const words = product(seq.slice(i, j));
    if (words !== null && !words.has('') && endsNonWord(seq, i - 1, before)) {
      // Bounded on the right the words are whole; otherwise they open a longer word (kept as "prefix*").
      offer(startsNonWord(seq, j, after) ? words : new Set([...words].map((w) => `${w}*`)));
    }
    i = j;
  }
  return best;
}

function anchorsOfAlternatives(alts: readonly Item[][], before: boolean, after: boolean): Set<string> | null {
  const all = new Set<string>();
  for (const alt of alts) {
    const words = anchorsOfSequence(alt, before, after);
    if (words === null) return null;
    for (const w of words) all.add(w);
  }
  return all;
}

/**
 * Words one of which every match of `pattern` holds (lower-cased), or null when that cannot be shown.
 * A word ending in `*` stands for any word it opens ("overreact*": "overreacting").
 */
export function anchorWords(pattern: RegExp): ReadonlySet<string> | null {
  if (pattern.flags.includes('u') || pattern.flags.includes('v')) return null;
  try {
    // At the pattern's edges nothing is known about the neighbouring text.
    const words = anchorsOfAlternatives(new Parser(pattern.source).parse(), false, false);
    // A prefix is cut to its first PREFIX_LENGTH characters, the most `wordSet` indexes.
    return words && new Set([...words].map((w) => (w.endsWith('*') ? `${w.slice(0, Math.min(w.length - 1, PREFIX_LENGTH))}*` : w)));
  } catch {
    return null;
  }
}

const PREFIX_LENGTH = 4;

/** The reply's words (runs of ASCII word characters, lower-cased), and each one's openings of 2 to 4 characters as "ope*". */
export function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = text.slice(start, i).toLowerCase();
      words.add(word);
      for (let n = 2; n <= Math.min(word.length, PREFIX_LENGTH); n++) words.add(`${word.slice(0, n)}*`);
      start = -1;
    }
  }
  return words;
}

/** True when the reply's words (from `wordSet`) hold one of the anchors. */
export function holdsAnchor(words: ReadonlySet<string>, anchors: ReadonlySet<string>): boolean {
  for (const anchor of anchors) if (words.has(anchor)) return true;
  return false;
}
