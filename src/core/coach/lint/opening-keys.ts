import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Opening keys: which words a regex's matches can start with, reduced to a short key so a reply can be
 * tokenised once and each rule tried only where it could match (see rule-matcher.ts).
 *
 * A word's key is its first three characters, lower-cased (the whole word when shorter); a word that starts
 * with a digit has the key `#`. A pattern is keyable only when every match must start at the beginning of a
 * word (`\b` before a word character), so a key found here is a superset: a position whose word has none of
 * the pattern's keys cannot start a match.
 */
export const KEY_LENGTH = 3;
export const DIGIT_KEY = '#';

const parser = new RegExpParser({ ecmaVersion: 2022 });
const isWordChar = (ch: string): boolean => /^\w$/.test(ch);
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** Thrown inside the walk when a pattern's opening words cannot be bounded; the caller gets null. */
class Unbounded extends Error {}

interface Continuation {
  readonly elements: readonly AST.Element[];
  readonly index: number;
  readonly next: Continuation | null;
}

type ClassChars = { kind: 'word'; chars: string[] } | { kind: 'nonword' } | { kind: 'digits' };

// Small classes only ([sz], [- ], [Mm]); anything wider is unbounded.
function classChars(node: AST.CharacterClass): ClassChars | null {
  if (node.negate || node.unicodeSets) return null;
  const word = new Set<string>();
  let nonWord = 0;
  const add = (code: number): void => {
    const ch = String.fromCodePoint(code).toLowerCase();
    if (isWordChar(ch)) word.add(ch);
    else nonWord++;
  };
  for (const el of node.elements) {
    if (el.type === 'Character') add(el.value);
    else if (el.type === 'CharacterClassRange') {
      const digits = el.min.value >= 48 && el.max.value <= 57;
      if (el.max.value - el.min.value > 8 && !digits) return null;
      for (let code = el.min.value; code <= el.max.value; code++) add(code);
    } else if (el.type === 'CharacterSet' && el.kind === 'space' && !el.negate) nonWord++;
    else if (el.type === 'CharacterSet' && el.kind === 'digit' && !el.negate) for (let code = 48; code <= 57; code++) add(code);
    else return null;
  }
  if (word.size === 0) return { kind: 'nonword' };
  if (nonWord > 0) return null;
  if ([...word].every(isDigit)) return { kind: 'digits' };
  return word.size > 8 ? null : { kind: 'word', chars: [...word] };
}

/**
 * The keys of the words one alternative's matches can open with, or null when they cannot be bounded (the
 * alternative may start inside a word or at a non-word character, or opens with a wide class such as `[A-Z]`).
 */
function alternativeKeys(elements: readonly AST.Element[], anchoredAtStart: boolean, budget: { steps: number }): Set<string> | null {
  const keys = new Set<string>();
  const emit = (prefix: string): void => {
    if (prefix === '') throw new Unbounded();
    keys.add(prefix);
  };
  const walk = (cont: Continuation | null, prefix: string, anchored: boolean): void => {
    if (--budget.steps < 0) throw new Unbounded();
    if (prefix.length === KEY_LENGTH) return emit(prefix);
    // The pattern ends inside the word: the word may go on, so only a full-length key would be exact.
    if (cont === null) {
      if (prefix.length < KEY_LENGTH) throw new Unbounded();
      return emit(prefix);
    }
    if (cont.index >= cont.elements.length) return walk(cont.next, prefix, anchored);
    const el = cont.elements[cont.index]!;
    const rest: Continuation = { elements: cont.elements, index: cont.index + 1, next: cont.next };
    const consume = (ch: string): void => {
      if (!isWordChar(ch)) return emit(prefix); // the word ends: a short word is its own key
      if (prefix === '') {
        if (!anchored) throw new Unbounded();
        if (isDigit(ch)) return emit(DIGIT_KEY);
      }
      walk(rest, prefix + ch, anchored);
    };
    switch (el.type) {
      case 'Character':
        return consume(String.fromCodePoint(el.value).toLowerCase());
      case 'CharacterClass': {
        const chars = classChars(el);
        if (chars === null) throw new Unbounded();
        if (chars.kind === 'nonword') return emit(prefix);
        if (chars.kind === 'digits') {
          if (prefix !== '') throw new Unbounded();
          return consume('0');
        }
        for (const ch of chars.chars) consume(ch);
        return;
      }
      case 'CharacterSet':
        if (el.kind === 'space' && !el.negate) return emit(prefix);
        if (el.kind === 'digit' && !el.negate && prefix === '') return consume('0');
        throw new Unbounded();
      case 'Assertion':
        if (el.kind === 'word') {
          if (el.negate) throw new Unbounded();
          // \b before the first character anchors the match at a word start; after it, the word has ended.
          return prefix === '' ? walk(rest, prefix, true) : emit(prefix);
        }
        if (el.kind === 'start') return walk(rest, prefix, anchored || prefix === '');
        if (el.kind === 'end') return emit(prefix);
        // Lookarounds consume nothing; skipping them can only widen the key set.
        return walk(rest, prefix, anchored);
      case 'Group':
      case 'CapturingGroup':
        for (const alt of el.alternatives) walk({ elements: alt.elements, index: 0, next: rest }, prefix, anchored);
        return;
      case 'Quantifier': {
        if (el.max === 0) return walk(rest, prefix, anchored);
        if (el.min === 0) walk(rest, prefix, anchored);
        const again: Continuation =
          el.max === 1 ? rest : { elements: [{ ...el, min: Math.max(0, el.min - 1), max: el.max - 1 }], index: 0, next: rest };
        return walk({ elements: [el.element], index: 0, next: again }, prefix, anchored);
      }
      default:
        throw new Unbounded();
    }
  };
  try {
    walk({ elements, index: 0, next: null }, '', anchoredAtStart);
  } catch (error) {
    if (error instanceof Unbounded) return null;
    throw error;
  }
  return keys;
}

export interface KeyedAlternative {
  /** The alternative's source, without the shared leading `\b` when the pattern hoists it. */
  readonly source: string;
  /** Its opening keys, or null when unbounded. */
  readonly keys: ReadonlySet<string> | null;
}

export interface PatternAlternatives {
  /** True when the pattern is `\b(?:a|b|…)`: every alternative is anchored by the shared `\b`. */
  readonly hoisted: boolean;
  readonly alternatives: readonly KeyedAlternative[];
}

/** Splits a pattern into its top-level alternatives, each with its opening keys. */
export function keyedAlternatives(pattern: RegExp): PatternAlternatives {
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode, unicodeSets: pattern.unicodeSets });
  // Outside ASCII, `i` and `u` together let \w match more than [A-Za-z0-9_]: treat such patterns as unbounded.
  const unbounded = pattern.unicode || pattern.unicodeSets;
  let hoisted = false;
  let alternatives: readonly AST.Alternative[] = ast.alternatives;
  const only = ast.alternatives.length === 1 ? ast.alternatives[0]!.elements : undefined;
  if (only?.length === 2) {
    const [boundary, group] = only;
    if (boundary?.type === 'Assertion' && boundary.kind === 'word' && !boundary.negate && group?.type === 'Group' && group.modifiers === null) {
      hoisted = true;
      alternatives = group.alternatives;
    }
  }
  const budget = { steps: 200_000 };
  return {
    hoisted,
    alternatives: alternatives.map((alt) => ({
      source: alt.raw,
      keys: unbounded ? null : alternativeKeys(alt.elements, hoisted, budget),
    })),
  };
}
