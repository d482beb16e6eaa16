import { sortSmall } from '../../small-sort.ts';
import { DIGIT_KEY, KEY_LENGTH, keyedAlternatives, LONG_KEY_LENGTH, SHORT_KEY_LENGTH } from './opening-keys.ts';
import { isWhitespaceCode } from './text-scan.ts';

// Local copies: read per character below, and an imported binding may compile to a getter call.
const KEY_CHARS = KEY_LENGTH;
const LONG_KEY_CHARS = LONG_KEY_LENGTH;

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

interface Entry {
  /** Its place in the matcher's list of regexes (`regexes`). */
  readonly index: number;
  readonly pattern: number;
  /**
   * Required-word guards that must all hold at or after the opening word (see KeyedAlternative.required), each as
   * `guard << 2 | stop`: the guard's word must also come before the first character of the stop set after the opening
   * word (opening-keys.ts, Stop).
   */
  readonly guards: Int32Array;
  /** Keys the next word must have for any of the entry's alternatives to match, or null when any may follow. */
  readonly second: ReadonlySet<number> | null;
}

// The stop sets a character between two words belongs to, as bits 1 << (stop - 1): `.!?` all three, `,;` the clause and
// phrase sets, whitespace, `'` and `-` none, any other character the phrase set.
const STOP_BITS_SENTENCE = 0b111;
const STOP_BITS_CLAUSE = 0b110;
const STOP_BITS_PHRASE = 0b100;
const stopBits = (c: number): number => {
  if (c === 46 || c === 33 || c === 63) return STOP_BITS_SENTENCE;
  if (c === 44 || c === 59) return STOP_BITS_CLAUSE;
  if (c === 39 || c === 45 || isWhitespaceCode(c)) return 0;
  return STOP_BITS_PHRASE;
};

const A = 65;
const Z = 90;
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= A && c <= Z) || (c >= 48 && c <= 57) || c === 95;
const lower = (c: number): number => (c >= A && c <= Z ? c + 32 : c);
const DIGIT_KEY_CODE = DIGIT_KEY.charCodeAt(0);

// A word's long key as a 32-bit FNV-1a hash of its lower-cased characters (never 0); `#` for a word opening with a digit.
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const DIGIT_LONG_HASH = 1;
function longHash(key: string): number {
  if (key === DIGIT_KEY) return DIGIT_LONG_HASH;
  let hash = FNV_BASIS;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash === 0 || hash === DIGIT_LONG_HASH ? 2 : hash;
}

/** A word's key as a number: up to four lower-cased ASCII codes packed 7 bits apart; `#` for a word opening with a digit. */
function encodeKey(key: string): number {
  if (key === DIGIT_KEY) return DIGIT_KEY_CODE;
  let code = 0;
  for (let i = 0; i < key.length; i++) code |= key.charCodeAt(i) << (7 * i);
  return code;
}

// What may follow a short key inside a word (keys are lower-cased \w), and the word ending right there ('').
const KEY_CONTINUATIONS = ['', ...'abcdefghijklmnopqrstuvwxyz0123456789_'];

/**
 * The codes of the words a key stands for. A key of `keyLength` characters read at SHORT_KEY_LENGTH is a prefix: it
 * stands for the word itself and for every longer word, whose full-length keys add one character. Shorter keys are whole
 * words, and `#` any word opening with a digit.
 */
function keyCodes(key: string, keyLength: number): number[] {
  if (keyLength === KEY_LENGTH || key === DIGIT_KEY || key.length < keyLength) return [encodeKey(key)];
  return KEY_CONTINUATIONS.map((ch) => encodeKey(key + ch));
}

/** Consecutive alternatives of one pattern at one opening key, with the same guards and next-word keys. */
interface Group {
  sources: string[];
  signature: string;
  guards: Int32Array;
  second: Set<number> | null;
}

const byNumber = (a: number, b: number): number => a - b;

/** Open addressing over [key, value] pairs (keys are nonzero): the value stored for `key`, or -1; probing from `first`. */
function lookUp(slots: Int32Array, first: number, key: number): number {
  const mask = (slots.length >> 1) - 1;
  for (let slot = first; ; slot = (slot + 1) & mask) {
    const at = slots[2 * slot]!;
    if (at === key) return slots[2 * slot + 1]!;
    if (at === 0) return -1;
  }
}

/** Stores [key, value] in the first free pair slot from `first`. */
function store(slots: Int32Array, first: number, key: number, value: number): void {
  const mask = (slots.length >> 1) - 1;
  let slot = first;
  while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
  slots[2 * slot] = key;
  slots[2 * slot + 1] = value;
}

export class RuleMatcher {
  /**
   * The word keys the rules know (opening keys and required-word keys), in an open-addressing table read once per word
   * of the text: `slots` holds [key (0: empty slot), id] pairs. Per id: the entries worth trying at a word with that key
   * for any next word (in order), those per next-word key where some entry needs one, and the guards the word satisfies.
   *
   * The tables the words read are flat typed arrays, laid out to be read in order: linting runs between other work that
   * evicts them from the caches, so a reply's walk costs in cache misses more than in instructions. An entry list is a
   * run of `lists` of records [entry, pattern, guard count, guard…]; `anyFrom`/`anyTo` give an id's list of the entries
   * any next word may follow, `pairSlots` ([id + 1, next key, from, to] per slot) the entries that need that next-word
   * key (the two lists are merged in entry order, which is the patterns' and alternatives' order),
   * and `keyGuards` from `keyGuardFrom[id]` to `keyGuardFrom[id + 1]` the guards a word with the key satisfies.
   */
  private readonly slots: Int32Array;
  private readonly slotShift: number;
  private readonly lists: Int32Array;
  private readonly anyFrom: Int32Array;
  private readonly anyTo: Int32Array;
  private readonly hasNext: Uint8Array;
  private readonly pairSlots: Int32Array;
  private readonly pairShift: number;
  private readonly keyGuards: Int32Array;
  private readonly keyGuardFrom: Int32Array;
  /** Per entry, its regex (entries of one alternative's branches share one). */
  private readonly regexes: RegExp[] = [];
  /** The longest entry list, in records. */
  private readonly longestList: number;
  /** Patterns whose alternatives cannot all be keyed: scanned the ordinary way. */
  private readonly scanned: number[] = [];
  /** Required-word guards: their ids (sorted keys), and for each word key the guards it satisfies. */
  private readonly guardIds = new Map<string, number>();
  private readonly guardsByKey = new Map<number, number[]>();
  /** Guards on long keys: for each long-key hash the guards it satisfies, and the table words read them from. */
  private readonly guardsByLong = new Map<number, number[]>();
  private readonly longSlots: Int32Array;
  private readonly longShift: number;
  private readonly longGuards: Int32Array;
  private readonly longGuardFrom: Int32Array;
  // Per-call scratch, reused so `match` allocates little.
  private readonly next: Int32Array;
  /**
   * Per guard, while the words are walked from the last to the first: `base` plus the index of the nearest word at
   * or after the current one that satisfies it (below `base`: none). A match contains its required words at or after
   * its opening word, and before the first stop character its elements cannot cross, so an entry is tried at word w
   * only when every guard's nearest word is there. `base` grows past every word index of the previous text on each
   * call, so nothing is cleared; a Float64Array stays exact far beyond any number of words a process reads.
   */
  private readonly nextAt: Float64Array;
  /** Per stop set (index 1-3), the last word before the first character of that set after the current word. */
  private readonly segmentEnd = new Int32Array(4);
  private base = 1;
  private readonly spans: number[][];
  private readonly hits: number[] = [];
  // Per word of the text: where it starts, its key and the key's id, the stop sets of the characters after it, and
  // its candidate entries' range in `candidates` (typed scratch, grown only for a longer text).
  private starts = new Int32Array(256);
  private codes = new Int32Array(256);
  private ids = new Int32Array(256);
  private gaps = new Int32Array(256);
  private longIds = new Int32Array(256);
  private candidatesFrom = new Int32Array(256);
  private candidatesTo = new Int32Array(256);
  /** Records (by offset in `lists`) whose conditions hold at a word, word by word. */
  private candidates = new Int32Array(1024);

  constructor(private readonly patterns: readonly RegExp[]) {
    this.next = new Int32Array(patterns.length);
    this.spans = patterns.map(() => []);
    const entriesByKey = new Map<number, Entry[]>();
    const shared = new Map<string, RegExp>();
    patterns.forEach((pattern, index) => {
      if (!pattern.global) throw new Error(`pattern ${index} must carry the g flag`);
      // Keyed at KEY_LENGTH when every alternative can be, else at SHORT_KEY_LENGTH (its keys then stand for every word
      // they open), else scanned.
      let keyLength = KEY_LENGTH;
      let { hoisted, alternatives } = keyedAlternatives(pattern, keyLength);
      if (alternatives.some((a) => a.keys === null)) {
        keyLength = SHORT_KEY_LENGTH;
        ({ hoisted, alternatives } = keyedAlternatives(pattern, keyLength));
      }
      if (alternatives.some((a) => a.keys === null)) {
        this.scanned.push(index);
        return;
      }
      const codesOf = (keys: ReadonlySet<string>): number[] => [...keys].flatMap((key) => keyCodes(key, keyLength));
      const flags = `${pattern.flags.replace('g', '')}y`;
      const compile = (sources: readonly string[]): RegExp => {
        const body = sources.join('|');
        const source = hoisted ? `\\b(?:${body})` : body;
        let regex = shared.get(`${flags}/${source}`);
        if (!regex) {
          regex = new RegExp(source, flags);
          shared.set(`${flags}/${source}`, regex);
        }
        return regex;
      };
      // Per opening key, the pattern's alternatives in order; consecutive ones with the same guards and next-word keys
      // share one regex. Trying the groups in order, first match wins, is what the alternation itself does at one position.
      // An alternative cut into branches is tried at a word once per distinct condition of its branches that open with
      // the word's key (one regex, tried when any of them holds: a match is a match of a branch, so it meets that
      // branch's condition); its groups stay consecutive and in order, so the first match is still the alternation's.
      const groupsByKey = new Map<number, Group[]>();
      for (const alt of alternatives) {
        const conditions = new Map<number, Map<string, Omit<Group, 'sources'>>>();
        for (const shape of alt.branches ?? [alt]) {
          const guards = Int32Array.from(
            [
              ...new Set(
                shape.required.map(
                  (word) =>
                    ((word.long === null
                      ? this.guardIndex(codesOf(word.keys), this.guardsByKey, '')
                      : this.guardIndex([...word.long].map(longHash), this.guardsByLong, 'L')) <<
                      2) |
                    word.stop,
                ),
              ),
            ].sort(byNumber),
          );
          const second = shape.second === null ? null : new Set(codesOf(shape.second));
          const signature = `${guards.join()}|${second === null ? '*' : [...second].sort(byNumber).join()}`;
          for (const key of new Set(codesOf(shape.keys!))) {
            let atKey = conditions.get(key);
            if (!atKey) {
              atKey = new Map();
              conditions.set(key, atKey);
            }
            if (!atKey.has(signature)) atKey.set(signature, { signature, guards, second });
          }
        }
        for (const [key, atKey] of conditions) {
          let groups = groupsByKey.get(key);
          if (!groups) {
            groups = [];
            groupsByKey.set(key, groups);
          }
          for (const condition of atKey.values()) {
            const last = groups[groups.length - 1];
            if (last?.signature === condition.signature && atKey.size === 1) last.sources.push(alt.source);
            else groups.push({ sources: [alt.source], ...condition });
          }
        }
      }
      for (const [code, groups] of groupsByKey) {
        let entries = entriesByKey.get(code);
        if (!entries) {
          entries = [];
          entriesByKey.set(code, entries);
        }
        for (const group of groups) {
          entries.push({ index: this.regexes.length, pattern: index, guards: group.guards, second: group.second });
          this.regexes.push(compile(group.sources));
        }
      }
    });
    this.nextAt = new Float64Array(this.guardIds.size);
    let longBits = 4;
    while (1 << longBits < 2 * this.guardsByLong.size) longBits++;
    this.longShift = 32 - longBits;
    this.longSlots = new Int32Array(2 << longBits);
    this.longGuardFrom = new Int32Array(this.guardsByLong.size + 1);
    const longGuards: number[] = [];
    [...this.guardsByLong].forEach(([hash, guards], id) => {
      store(this.longSlots, this.longSlotOf(hash), hash, id);
      longGuards.push(...guards);
      this.longGuardFrom[id + 1] = longGuards.length;
    });
    this.longGuards = Int32Array.from(longGuards);
    const known = [...new Set([...entriesByKey.keys(), ...this.guardsByKey.keys()])];
    let bits = 4;
    while (1 << bits < 4 * known.length) bits++;
    this.slotShift = 32 - bits;
    this.slots = new Int32Array(2 << bits);
    const lists: number[] = [];
    const keyGuards: number[] = [];
    this.keyGuardFrom = new Int32Array(known.length + 1);
    this.anyFrom = new Int32Array(known.length);
    this.anyTo = new Int32Array(known.length);
    this.hasNext = new Uint8Array(known.length);
    const pairs: Array<[id: number, next: number, from: number, to: number]> = [];
    let longest = 0;
    const addList = (entries: readonly Entry[]): [number, number] => {
      const from = lists.length;
      for (const e of entries) lists.push(e.index, e.pattern, e.guards.length, ...e.guards);
      longest = Math.max(longest, entries.length);
      return [from, lists.length];
    };
    known.forEach((code, id) => {
      store(this.slots, this.slotOf(code), code, id);
      const entries = entriesByKey.get(code) ?? [];
      [this.anyFrom[id], this.anyTo[id]] = addList(entries.filter((e) => e.second === null));
      const nextKeys = new Set(entries.flatMap((e) => (e.second === null ? [] : [...e.second])));
      // Per next-word key only the entries that need it: the words merge them with the any-word list by entry order.
      for (const key of nextKeys) {
        const [from, to] = addList(entries.filter((e) => e.second?.has(key)));
        pairs.push([id, key, from, to]);
      }
      this.hasNext[id] = nextKeys.size > 0 ? 1 : 0;
      keyGuards.push(...(this.guardsByKey.get(code) ?? []));
      this.keyGuardFrom[id + 1] = keyGuards.length;
    });
    this.lists = Int32Array.from(lists);
    this.keyGuards = Int32Array.from(keyGuards);
    // A word's candidates come from its any-word list and at most one next-word list.
    this.longestList = 2 * longest;
    let pairBits = 4;
    while (1 << pairBits < 2 * pairs.length) pairBits++;
    this.pairShift = 32 - pairBits;
    this.pairSlots = new Int32Array(4 << pairBits);
    for (const [id, key, from, to] of pairs) {
      let slot = this.pairSlotOf(id, key);
      while (this.pairSlots[4 * slot] !== 0) slot = (slot + 1) & ((1 << pairBits) - 1);
      this.pairSlots.set([id + 1, key, from, to], 4 * slot);
    }
  }

  /** The first pair slot to look at for a key id and the next word's key. */
  private pairSlotOf(id: number, next: number): number {
    return Math.imul(next ^ Math.imul(id + 1, 0x85ebca6b), 0x9e3779b1) >>> this.pairShift;
  }

  /** Where the entry list for a key id and the next word's key starts in `pairSlots`, or -1 when it has none. */
  private pairOf(id: number, next: number): number {
    const pairs = this.pairSlots;
    const mask = (pairs.length >> 2) - 1;
    for (let slot = this.pairSlotOf(id, next); ; slot = (slot + 1) & mask) {
      const at = pairs[4 * slot]!;
      if (at === id + 1 && pairs[4 * slot + 1] === next) return 4 * slot;
      if (at === 0) return -1;
    }
  }

  /** The first slot to look at for a key (keys are nonzero, below 2^28). */
  private slotOf(code: number): number {
    return Math.imul(code, 0x9e3779b1) >>> this.slotShift;
  }

  /** The id of a word key the rules know, or -1. */
  private idOf(code: number): number {
    return lookUp(this.slots, this.slotOf(code), code);
  }

  /** The id of the guard "a word with one of these codes (keys, or long-key hashes in `byCode`) is in the text". */
  private guardIndex(codes: readonly number[], byCode: Map<number, number[]>, kind: string): number {
    const unique = [...new Set(codes)].sort((a, b) => a - b);
    const id = `${kind}${unique.join(' ')}`;
    let index = this.guardIds.get(id);
    if (index === undefined) {
      index = this.guardIds.size;
      this.guardIds.set(id, index);
      for (const code of unique) {
        const list = byCode.get(code);
        if (list) list.push(index);
        else byCode.set(code, [index]);
      }
    }
    return index;
  }

  /** The first long slot to look at for a long-key hash. */
  private longSlotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.longShift;
  }

  /** The index of a long-key hash the guards know in `longGuardFrom`, or -1. */
  private longIdOf(hash: number): number {
    return lookUp(this.longSlots, this.longSlotOf(hash), hash);
  }

  /**
   * Every pattern's matches in `text`, as `exec` with the `g` flag would find them (empty matches skipped), as flat
   * [start, end, …] arrays per pattern. The arrays are reused by the next call: read them before matching again.
   */
  match(text: string): readonly (readonly number[])[] {
    const spans = this.spans;
    // Only the patterns that matched last time have anything to clear.
    for (const index of this.hits) spans[index]!.length = 0;
    this.hits.length = 0;
    for (const index of this.scanned) {
      const pattern = this.patterns[index]!;
      const out = spans[index]!;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (m[0].length === 0) pattern.lastIndex++;
        else out.push(m.index, m.index + m[0].length);
      }
      if (out.length > 0) this.hits.push(index);
    }
    // Pass 1: the words' starts, keys and key ids, and the stop sets of the characters between each word and the next.
    const length = text.length;
    // A word takes at least one character and a separator: at most ⌈length / 2⌉ words.
    if (this.starts.length < (length + 1) >> 1) {
      const size = ((length + 1) >> 1) + 64;
      this.starts = new Int32Array(size);
      this.codes = new Int32Array(size);
      this.ids = new Int32Array(size);
      this.gaps = new Int32Array(size);
      this.longIds = new Int32Array(size);
      this.candidatesFrom = new Int32Array(size);
      this.candidatesTo = new Int32Array(size);
    }
    const starts = this.starts;
    const codes = this.codes;
    const ids = this.ids;
    const gaps = this.gaps;
    const longIds = this.longIds;
    let words = 0;
    let gap = 0;
    let i = 0;
    while (i < length) {
      const c0 = text.charCodeAt(i);
      if (!isWordCode(c0)) {
        gap |= stopBits(c0);
        i++;
        continue;
      }
      if (words > 0) gaps[words - 1] = gap;
      gap = 0;
      const start = i;
      let code: number;
      let long: number;
      if (c0 >= 48 && c0 <= 57) {
        code = DIGIT_KEY_CODE;
        long = DIGIT_LONG_HASH;
      } else {
        code = lower(c0);
        long = Math.imul(FNV_BASIS ^ code, FNV_PRIME);
        for (let k = 1; k < LONG_KEY_CHARS && i + k < length; k++) {
          const c = text.charCodeAt(i + k);
          if (!isWordCode(c)) break;
          if (k < KEY_CHARS) code |= lower(c) << (7 * k);
          long = Math.imul(long ^ lower(c), FNV_PRIME);
        }
        if (long === 0 || long === DIGIT_LONG_HASH) long = 2;
      }
      while (i < length && isWordCode(text.charCodeAt(i))) i++;
      longIds[words] = this.longIdOf(long);
      starts[words] = start;
      codes[words] = code;
      ids[words] = this.idOf(code);
      words++;
    }
    if (words > 0) gaps[words - 1] = 0;
    // Pass 2, from the last word to the first: which required-word guards hold at or after each word (and where), and
    // so which entries are worth trying there, in order.
    const base = this.base;
    this.base = base + words + 1;
    const nextAt = this.nextAt;
    const segmentEnd = this.segmentEnd;
    segmentEnd[1] = words - 1;
    segmentEnd[2] = words - 1;
    segmentEnd[3] = words - 1;
    const lists = this.lists;
    const keyGuards = this.keyGuards;
    const keyGuardFrom = this.keyGuardFrom;
    const longGuards = this.longGuards;
    const longGuardFrom = this.longGuardFrom;
    const hasNext = this.hasNext;
    const pairSlots = this.pairSlots;
    const from = this.candidatesFrom;
    const to = this.candidatesTo;
    const longest = this.longestList;
    let candidates = this.candidates;
    let count = 0;
    for (let w = words - 1; w >= 0; w--) {
      const after = gaps[w]!;
      if (after !== 0) {
        if ((after & 1) !== 0) segmentEnd[1] = w;
        if ((after & 2) !== 0) segmentEnd[2] = w;
        if ((after & 4) !== 0) segmentEnd[3] = w;
      }
      from[w] = count;
      to[w] = count;
      const stamp = base + w;
      const longId = longIds[w]!;
      if (longId >= 0)
        for (let g = longGuardFrom[longId]!, end = longGuardFrom[longId + 1]!; g < end; g++)
          nextAt[longGuards[g]!] = stamp;
      const id = ids[w]!;
      if (id < 0) continue;
      if (count + longest > candidates.length) {
        const grown = new Int32Array(2 * (count + longest));
        grown.set(candidates.subarray(0, count));
        candidates = grown;
        this.candidates = grown;
      }
      for (let g = keyGuardFrom[id]!, end = keyGuardFrom[id + 1]!; g < end; g++) nextAt[keyGuards[g]!] = stamp;
      let p = this.anyFrom[id]!;
      const pEnd = this.anyTo[id]!;
      let q = 0;
      let qEnd = 0;
      if (hasNext[id] !== 0 && w + 1 < words) {
        const pair = this.pairOf(id, codes[w + 1]!);
        if (pair >= 0) {
          q = pairSlots[pair + 2]!;
          qEnd = pairSlots[pair + 3]!;
        }
      }
      while (p < pEnd || q < qEnd) {
        // The next record in entry order from the two lists.
        let record: number;
        if (q >= qEnd || (p < pEnd && lists[p]! < lists[q]!)) {
          record = p;
          p += 3 + lists[p + 2]!;
        } else {
          record = q;
          q += 3 + lists[q + 2]!;
        }
        const needs = lists[record + 2]!;
        let open = true;
        for (let g = record + 3, end = record + 3 + needs; g < end && open; g++) {
          const need = lists[g]!;
          const at = nextAt[need >> 2]!;
          const stop = need & 3;
          open = at >= base && (stop === 0 || at - base <= segmentEnd[stop]!);
        }
        if (open) candidates[count++] = record;
      }
      to[w] = count;
    }
    // Pass 3, from the first word: the candidates in order; the first that matches wins.
    const next = this.next;
    next.fill(0);
    const regexes = this.regexes;
    for (let w = 0; w < words; w++) {
      const last = to[w]!;
      const start = starts[w]!;
      let failed: RegExp | null = null;
      for (let k = from[w]!; k < last; k++) {
        const record = candidates[k]!;
        const pattern = lists[record + 1]!;
        if (start < next[pattern]!) continue;
        // test, not exec: a sticky regex leaves lastIndex at the match's end, and no match array is built.
        const regex = regexes[lists[record]!]!;
        // Consecutive entries of one alternative's branches share its regex: one failed try answers for all.
        if (regex === failed) continue;
        regex.lastIndex = start;
        if (!regex.test(text)) {
          failed = regex;
          continue;
        }
        const end = regex.lastIndex;
        if (end === start) continue;
        const out = spans[pattern]!;
        if (out.length === 0) this.hits.push(pattern);
        out.push(start, end);
        // Also stops this pattern's later groups at this word: a match here ends the alternation.
        next[pattern] = end;
      }
    }
    // Hits are pushed in word order; the lint engine reads them in pattern order.
    const hits = this.hits;
    sortSmall(hits, byNumber);
    return spans;
  }

  /** The patterns the last `match` found anything for, in pattern order. */
  get matched(): readonly number[] {
    return this.hits;
  }
}
