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
  /**
   * For each later word every match must contain, its keys ("the … team … useless" needs a team word and a
   * disparaging word): a text without a word of one of these key sets cannot match the alternative anywhere.
   */
  readonly required: readonly ReadonlySet<string>[];
}

/** True when whatever elements[j] matches is preceded by a non-word character or \b, so a word char there opens a word. */
function startsWord(elements: readonly AST.Element[], j: number): boolean {
  if (j === 0) return false;
  const before = elements[j - 1]!;
  switch (before.type) {
    case 'Assertion':
      return before.kind === 'word' && !before.negate;
    case 'Character':
      return !isWordChar(String.fromCodePoint(before.value));
    case 'CharacterSet':
      return before.kind === 'space' && !before.negate;
    case 'CharacterClass':
      return classChars(before)?.kind === 'nonword';
    case 'Quantifier': {
      const endsNonWord = startsWord([before.element], 1);
      return before.min === 0 ? endsNonWord && startsWord(elements, j - 1) : endsNonWord;
    }
    case 'Group':
    case 'CapturingGroup':
      return before.alternatives.every((alt) =>
        alt.elements.length === 0 ? startsWord(elements, j - 1) : startsWord(alt.elements, alt.elements.length),
      );
    default:
      return false;
  }
}

/**
 * The words a match of this alternative must contain after its first: top-level elements that open a word and
 * are not optional. Searching "X … within 50 characters … Y" costs a regex dearly when Y is a long list; knowing
 * that no Y-word is in the text skips the search.
 */
function requiredKeys(elements: readonly AST.Element[], budget: { steps: number }): Set<string>[] {
  // `(?:a b c)` wrapping the whole alternative: look inside.
  const only = elements.length === 1 ? elements[0] : undefined;
  if (only && (only.type === 'Group' || only.type === 'CapturingGroup') && only.alternatives.length === 1) {
    return requiredKeys(only.alternatives[0]!.elements, budget);
  }
  const required: Set<string>[] = [];
  for (let j = 1; j < elements.length; j++) {
    const el = elements[j]!;
    if (!startsWord(elements, j)) continue;
    if (el.type === 'Quantifier' && el.min === 0) continue;
    const keys = alternativeKeys(elements.slice(j), true, budget);
    if (keys !== null) required.push(keys);
  }
  return required;
}

export interface PatternAlternatives {
  /** True when the pattern is `\b(?:a|b|…)`: every alternative is anchored by the shared `\b`. */
  readonly hoisted: boolean;
  readonly alternatives: readonly KeyedAlternative[];
}

/** Splits a pattern into its top-level alternatives, each with its opening keys. */
export function keyedAlternatives(pattern: RegExp): PatternAlternatives {
  const unicodeSets = pattern.flags.includes('v');
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode, unicodeSets });
  // Outside ASCII, `i` with `u` or `v` lets \w match more than [A-Za-z0-9_]: treat such patterns as unbounded.
  const unbounded = pattern.unicode || unicodeSets;
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
      required: unbounded ? [] : requiredKeys(alt.elements, budget),
    })),
  };
}
