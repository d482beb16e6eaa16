import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Opening keys: which words a regex's matches can start with, reduced to a short key so a reply can be
 * tokenised once and each rule tried only where it could match (see rule-matcher.ts).
 *
 * A word's key is its first KEY_LENGTH (four) characters, lower-cased (the whole word when shorter); a word that starts
 * with a digit has the key `#`. A pattern is keyable only when every match must start at the beginning of a
 * word (`\b` before a word character), so a key found here is a superset: a position whose word has none of
 * the pattern's keys cannot start a match.
 */
export const KEY_LENGTH = 4;
/**
 * The key length a pattern falls back to when its alternatives cannot all be keyed at KEY_LENGTH: a pattern that may end
 * inside a short word (`…|fog)` at its end) has no four-character key, but "fog" as a three-character prefix is one.
 */
export const SHORT_KEY_LENGTH = 3;
/**
 * Required words are also keyed by their first LONG_KEY_LENGTH characters where they can be ("company" is not
 * "complicated", "accounting" not "account"), so a guard holds only at words that can be the one required.
 */
export const LONG_KEY_LENGTH = 8;
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
    else if (el.type === 'CharacterSet' && el.kind === 'digit' && !el.negate)
      for (let code = 48; code <= 57; code++) add(code);
    else return null;
  }
  if (word.size === 0) return { kind: 'nonword' };
  if (nonWord > 0) return null;
  if ([...word].every(isDigit)) return { kind: 'digits' };
  return word.size > 8 ? null : { kind: 'word', chars: [...word] };
}

type CharKind = 'word' | 'nonword' | 'digits' | 'mixed';

/** What one character-consuming element can match, as far as word boundaries go. */
function charKind(el: AST.Element): CharKind | null {
  switch (el.type) {
    case 'Character':
      return isWordChar(String.fromCodePoint(el.value)) ? 'word' : 'nonword';
    case 'CharacterClass':
      return classChars(el)?.kind ?? 'mixed';
    case 'CharacterSet':
      if (el.kind === 'space') return el.negate ? 'mixed' : 'nonword';
      if (el.kind === 'digit') return el.negate ? 'mixed' : 'digits';
      if (el.kind === 'word') return el.negate ? 'nonword' : 'word';
      return 'mixed';
    default:
      return null;
  }
}

// collect: reading the first key-length characters of word `token`; skip: inside word 0 after its key; gap: between words.
type Phase = 'collect' | 'skip' | 'gap';

/** One key walk over an alternative (a class, not closures, so a walk allocates nothing per step). */
class KeyWalk {
  readonly keys = new Set<string>();
  constructor(
    private readonly target: 0 | 1,
    private readonly budget: { steps: number },
    private readonly keyLength: number,
  ) {}

  private emit(key: string): void {
    if (key === '') throw new Unbounded();
    this.keys.add(key);
  }

  // The current word ends here (a non-word character or \b).
  private wordEnds(rest: Continuation, phase: Phase, token: 0 | 1, prefix: string, anchored: boolean): void {
    if (phase === 'collect' && token === this.target) return this.emit(prefix);
    this.walk(rest, 'gap', token, phase === 'gap' ? prefix : '', anchored);
  }

  private consume(ch: string, rest: Continuation, phase: Phase, token: 0 | 1, prefix: string, anchored: boolean): void {
    if (!isWordChar(ch)) {
      if (phase === 'collect' && prefix === '') throw new Unbounded(); // a match opening with a non-word character
      return this.wordEnds(rest, phase, token, prefix, anchored);
    }
    if (phase === 'skip') return this.walk(rest, 'skip', token, prefix, anchored);
    if (phase === 'gap') {
      // The second word starts; it is at a word start because a non-word character came before it.
      if (isDigit(ch)) return token + 1 === this.target ? this.emit(DIGIT_KEY) : this.walk(rest, 'skip', 1, '', true);
      return this.walk(rest, 'collect', 1, ch, true);
    }
    if (prefix === '') {
      if (!anchored) throw new Unbounded();
      if (isDigit(ch))
        return token === this.target ? this.emit(DIGIT_KEY) : this.walk(rest, 'skip', token, DIGIT_KEY, anchored);
    }
    this.walk(rest, 'collect', token, prefix + ch, anchored);
  }

  walk(cont: Continuation | null, phase: Phase, token: 0 | 1, prefix: string, anchored: boolean): void {
    if (--this.budget.steps < 0) throw new Unbounded();
    if (phase === 'collect' && prefix.length === this.keyLength) {
      if (token === this.target) return this.emit(prefix);
      phase = 'skip';
    }
    // The pattern ends: inside a word whose key is incomplete, the word may go on; before a second word, there may be none.
    if (cont === null) throw new Unbounded();
    if (cont.index >= cont.elements.length) return this.walk(cont.next, phase, token, prefix, anchored);
    const el = cont.elements[cont.index]!;
    const rest: Continuation = { elements: cont.elements, index: cont.index + 1, next: cont.next };
    switch (el.type) {
      case 'Character':
        return this.consume(String.fromCodePoint(el.value).toLowerCase(), rest, phase, token, prefix, anchored);
      case 'CharacterClass': {
        const chars = classChars(el);
        if (chars === null) throw new Unbounded();
        if (chars.kind === 'nonword') return this.consume(' ', rest, phase, token, prefix, anchored);
        if (chars.kind === 'digits') {
          if (phase === 'collect' && prefix !== '') throw new Unbounded();
          return this.consume('0', rest, phase, token, prefix, anchored);
        }
        for (const ch of chars.chars) this.consume(ch, rest, phase, token, prefix, anchored);
        return;
      }
      case 'CharacterSet':
        if (el.kind === 'space' && !el.negate) return this.consume(' ', rest, phase, token, prefix, anchored);
        if (el.kind === 'digit' && !el.negate && !(phase === 'collect' && prefix !== ''))
          return this.consume('0', rest, phase, token, prefix, anchored);
        if (el.kind === 'word' && !el.negate && phase === 'skip')
          return this.walk(rest, 'skip', token, prefix, anchored);
        throw new Unbounded();
      case 'Assertion':
        if (el.kind === 'word') {
          if (el.negate) throw new Unbounded();
          if (phase === 'collect' && prefix === '') return this.walk(rest, phase, token, prefix, true);
          // \b inside or right after a word: the word ends; in a gap, the next word starts.
          if (phase === 'gap') return this.walk(rest, phase, token, prefix, anchored);
          return this.wordEnds(rest, phase, token, prefix, anchored);
        }
        if (el.kind === 'start')
          return this.walk(rest, phase, token, prefix, anchored || (phase === 'collect' && prefix === ''));
        if (el.kind === 'end') {
          if (phase === 'collect' && token === this.target) return this.emit(prefix);
          throw new Unbounded();
        }
        // Lookarounds consume nothing; skipping them can only widen the key set.
        return this.walk(rest, phase, token, prefix, anchored);
      case 'Group':
      case 'CapturingGroup':
        for (const alt of el.alternatives)
          this.walk({ elements: alt.elements, index: 0, next: rest }, phase, token, prefix, anchored);
        return;
      case 'Quantifier': {
        if (el.max === 0) return this.walk(rest, phase, token, prefix, anchored);
        // Runs of word characters inside a word, or of non-word characters between words, change nothing.
        const kind = charKind(el.element);
        if ((phase === 'skip' && (kind === 'word' || kind === 'digits')) || (phase === 'gap' && kind === 'nonword')) {
          return this.walk(rest, phase, token, prefix, anchored);
        }
        if (el.min === 0) this.walk(rest, phase, token, prefix, anchored);
        const again: Continuation =
          el.max === 1
            ? rest
            : { elements: [{ ...el, min: Math.max(0, el.min - 1), max: el.max - 1 }], index: 0, next: rest };
        return this.walk({ elements: [el.element], index: 0, next: again }, phase, token, prefix, anchored);
      }
      default:
        throw new Unbounded();
    }
  }
}

/**
 * The keys of the first (token 0) or second (token 1) word of the matches of one alternative, where words are
 * the text's runs of \w characters (so "can't" is "can" then "t"). Null when they cannot be bounded: for token 0,
 * the alternative may start inside a word or at a non-word character, or opens with a wide class such as `[A-Z]`;
 * for token 1, a match may also end after one word or run into `[^.!?]{0,40}` before a second.
 */
function tokenKeys(
  elements: readonly AST.Element[],
  anchoredAtStart: boolean,
  target: 0 | 1,
  budget: { steps: number },
  keyLength: number,
): Set<string> | null {
  const walk = new KeyWalk(target, budget, keyLength);
  try {
    walk.walk({ elements, index: 0, next: null }, 'collect', 0, '', anchoredAtStart);
  } catch (error) {
    if (error instanceof Unbounded) return null;
    throw error;
  }
  return walk.keys;
}

/** What every match of an alternative (or of one of its branches) must look like, as far as words go. */
export interface WordShape {
  /** Its opening keys, or null when unbounded. */
  readonly keys: ReadonlySet<string> | null;
  /** Keys of the word right after the opening one, or null when any word (or none) may follow. */
  readonly second: ReadonlySet<string> | null;
  /**
   * For each later word every match must contain, its keys ("the … team … useless" needs a team word and a
   * disparaging word): a text without a word of one of these key sets cannot match the alternative anywhere.
   */
  readonly required: readonly RequiredWord[];
}

/**
 * How far from the opening word a required word can be, as the characters that cannot come between them (the
 * pattern's elements before the word match none of them): NO_STOP any, SENTENCE_STOP `.!?`, CLAUSE_STOP those and `,;`,
 * PHRASE_STOP every character but word characters, whitespace, `'` and `-`. Each stop set holds the one before it.
 */
export const NO_STOP = 0;
export const SENTENCE_STOP = 1;
export const CLAUSE_STOP = 2;
export const PHRASE_STOP = 3;
export type Stop = typeof NO_STOP | typeof SENTENCE_STOP | typeof CLAUSE_STOP | typeof PHRASE_STOP;

export interface RequiredWord {
  readonly keys: ReadonlySet<string>;
  /** Its keys at LONG_KEY_LENGTH, or null when they cannot be bounded there. */
  readonly long: ReadonlySet<string> | null;
  /** The required word is in the opening word's stretch of text without one of these characters. */
  readonly stop: Stop;
}

export interface KeyedAlternative extends WordShape {
  /** The alternative's source, without the shared leading `\b` when the pattern hoists it. */
  readonly source: string;
  /**
   * The shapes of the alternative's branches (see `branchesOf`), every one keyed, or null when it has one branch or a
   * branch could not be keyed. A match is a match of some branch, so it has that branch's shape: each branch's
   * opening, next-word and required keys are a sharper condition than the whole alternative's, which only knows
   * their union (and none of the words inside a group it opens with).
   */
  readonly branches: readonly WordShape[] | null;
}

/** True when whatever elements[j] matches is preceded by a non-word character or \b, so a word char there opens a word. */
function startsWord(elements: readonly AST.Element[], j: number): boolean {
  if (j === 0) return false;
  const before = elements[j - 1]!;
  switch (before.type) {
    case 'Assertion':
      if (before.kind === 'word') return !before.negate;
      // (?<=\s): a non-word character comes right before.
      if (before.kind === 'lookbehind' && !before.negate) {
        return before.alternatives.every(
          (alt) => alt.elements.length > 0 && charKind(alt.elements[alt.elements.length - 1]!) === 'nonword',
        );
      }
      return false;
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

const SENTENCE_STOPS = ['.', '!', '?'];
const CLAUSE_STOPS = [...SENTENCE_STOPS, ',', ';'];

/** Whether a class element (a character, range or escape inside `[…]`) can match `ch` (case-insensitively). */
function classElementHas(el: AST.CharacterClassElement, ch: string): boolean {
  const code = ch.codePointAt(0)!;
  switch (el.type) {
    case 'Character':
      return String.fromCodePoint(el.value).toLowerCase() === ch.toLowerCase();
    case 'CharacterClassRange':
      return el.min.value <= code && code <= el.max.value;
    case 'CharacterSet':
      if (el.kind === 'word') return /\w/.test(ch) !== el.negate;
      if (el.kind === 'space') return /\s/.test(ch) !== el.negate;
      if (el.kind === 'digit') return /\d/.test(ch) !== el.negate;
      return true;
    default:
      return true;
  }
}

/** Whether `el` can consume the character `ch` (lookarounds and other assertions consume nothing). */
function canConsume(el: AST.Element, ch: string): boolean {
  switch (el.type) {
    case 'Character':
      return String.fromCodePoint(el.value).toLowerCase() === ch.toLowerCase();
    case 'CharacterClass':
      if (el.unicodeSets) return true;
      return el.elements.some((e) => classElementHas(e, ch)) !== el.negate;
    case 'CharacterSet':
      if (el.kind === 'word') return /\w/.test(ch) !== el.negate;
      if (el.kind === 'space') return /\s/.test(ch) !== el.negate;
      if (el.kind === 'digit') return /\d/.test(ch) !== el.negate;
      return true; // . and property escapes
    case 'Assertion':
      return false;
    case 'Group':
    case 'CapturingGroup':
      return el.alternatives.some((alt) => alt.elements.some((e) => canConsume(e, ch)));
    case 'Quantifier':
      return el.max > 0 && canConsume(el.element, ch);
    default:
      return true; // a backreference may repeat anything
  }
}

const isPhraseChar = (ch: string): boolean => /^[\w\s'-]$/.test(ch);

const phraseSet = (set: AST.CharacterSet): boolean =>
  (set.kind === 'word' || set.kind === 'space' || set.kind === 'digit') && !set.negate;

/** Whether everything `el` consumes is a word character, whitespace, `'` or `-`. */
function phraseOnly(el: AST.Element): boolean {
  switch (el.type) {
    case 'Character':
      return isPhraseChar(String.fromCodePoint(el.value));
    case 'CharacterClass':
      if (el.negate || el.unicodeSets) return false;
      return el.elements.every((e) => {
        if (e.type === 'Character') return isPhraseChar(String.fromCodePoint(e.value));
        if (e.type === 'CharacterClassRange') return e.max.value - e.min.value < 80 && isPhraseRange(e);
        return e.type === 'CharacterSet' && phraseSet(e);
      });
    case 'CharacterSet':
      return phraseSet(el);
    case 'Assertion':
      return true;
    case 'Group':
    case 'CapturingGroup':
      return el.alternatives.every((alt) => alt.elements.every(phraseOnly));
    case 'Quantifier':
      return el.max === 0 || phraseOnly(el.element);
    default:
      return false;
  }
}

function isPhraseRange(e: AST.CharacterClassRange): boolean {
  for (let code = e.min.value; code <= e.max.value; code++) if (!isPhraseChar(String.fromCodePoint(code))) return false;
  return true;
}

/** The narrowest stop set none of the elements read so far can consume (see Stop), kept up to date element by element. */
class StopTracker {
  stop: Stop = PHRASE_STOP;
  add(el: AST.Element): void {
    if (this.stop === PHRASE_STOP && !phraseOnly(el)) this.stop = CLAUSE_STOP;
    // A phrase-only element consumes none of the stop characters below.
    if (this.stop === CLAUSE_STOP && CLAUSE_STOPS.some((ch) => canConsume(el, ch))) this.stop = SENTENCE_STOP;
    if (this.stop === SENTENCE_STOP && SENTENCE_STOPS.some((ch) => canConsume(el, ch))) this.stop = NO_STOP;
  }
}

/**
 * The words a match of this alternative must contain after its first: top-level elements that open a word and
 * are not optional, each with the stop set the elements before it cannot cross. Searching "X … within 50 characters
 * … Y" costs a regex dearly when Y is a long list; knowing that no Y-word is in X's sentence skips the search.
 */
function requiredKeys(elements: readonly AST.Element[], budget: { steps: number }, keyLength: number): RequiredWord[] {
  // `(?:a b c)` wrapping the whole alternative: look inside.
  const only = elements.length === 1 ? elements[0] : undefined;
  if (only && (only.type === 'Group' || only.type === 'CapturingGroup') && only.alternatives.length === 1) {
    return requiredKeys(only.alternatives[0]!.elements, budget, keyLength);
  }
  const required: RequiredWord[] = [];
  // The stop set the elements before each one cannot cross.
  const before = new StopTracker();
  for (let j = 1; j < elements.length; j++) {
    before.add(elements[j - 1]!);
    const el = elements[j]!;
    if (!startsWord(elements, j)) continue;
    if (el.type === 'Quantifier' && el.min === 0) continue;
    const keys = tokenKeys(elements.slice(j), true, 0, budget, keyLength);
    if (keys === null) continue;
    const long = tokenKeys(elements.slice(j), true, 0, { steps: 20_000 }, LONG_KEY_LENGTH);
    required.push({ keys, long, stop: before.stop });
  }
  return required;
}

export interface PatternAlternatives {
  /** True when the pattern is `\b(?:a|b|…)`: every alternative is anchored by the shared `\b`. */
  readonly hoisted: boolean;
  readonly alternatives: readonly KeyedAlternative[];
}

/**
 * An alternative that is nothing but a non-capturing group, `(?:a|b|c)`, is that group's alternatives in order: at one
 * position the regex tries a, then b, then c, as the matcher tries separate alternatives. Split, each gets its own
 * opening and next-word keys instead of the union of all (a pattern wrapped whole in `(?:…)` was one alternative keyed
 * by every word any part may open with).
 */
function flattenGroups(alternatives: readonly AST.Alternative[]): AST.Alternative[] {
  return alternatives.flatMap((alt) => {
    const only = alt.elements.length === 1 ? alt.elements[0] : undefined;
    return only?.type === 'Group' && only.modifiers === null ? flattenGroups(only.alternatives) : [alt];
  });
}

/** Zero-width elements a branch may carry in front of the group it opens with: `\b`, `\B`, `^`, `$`, lookarounds. */
const isAssertion = (el: AST.Element): boolean => el.type === 'Assertion';

/** Most branches one alternative is cut into; a group that would cut it into more is left whole. */
const MAX_BRANCHES = 64;

/**
 * The branches of an alternative's elements: the group it opens with (after any assertions) cut into its alternatives,
 * each followed by the rest, and so on inward. At one position a backtracking regex tries `(?:a|b)X` exactly as it
 * tries `aX|bX`, and `(?:a|b)?X` as `aX|bX|X` (`X|aX|bX` when lazy), so a match of the alternative is a match of one
 * of its branches. Only read for keys: the regex that runs is still the alternative itself.
 */
function branchesOf(elements: readonly AST.Element[], limit: number): (readonly AST.Element[])[] {
  let i = 0;
  while (i < elements.length && isAssertion(elements[i]!)) i++;
  const el = elements[i];
  let options: (readonly AST.Element[])[] | null = null;
  if (el?.type === 'Group' && el.modifiers === null) options = el.alternatives.map((a) => a.elements);
  else if (el?.type === 'Quantifier' && el.min === 0 && el.max === 1) {
    const inner = el.element;
    const taken: (readonly AST.Element[])[] =
      inner.type === 'Group' && inner.modifiers === null ? inner.alternatives.map((a) => a.elements) : [[inner]];
    options = el.greedy ? [...taken, []] : [[], ...taken];
  }
  if (options === null || options.length > limit) return [elements];
  const before = elements.slice(0, i);
  const after = elements.slice(i + 1);
  const branches: (readonly AST.Element[])[] = [];
  for (let k = 0; k < options.length; k++) {
    // Each option may be cut further, within what the options after it leave of the limit.
    const room = limit - branches.length - (options.length - k - 1);
    branches.push(...branchesOf([...before, ...options[k]!, ...after], room));
  }
  return branches;
}

/** The shape of one branch, or null when its opening words cannot be bounded (within the budget). */
function shapeOf(elements: readonly AST.Element[], anchored: boolean, keyLength: number): WordShape | null {
  const budget = { steps: 20_000 };
  const keys = tokenKeys(elements, anchored, 0, budget, keyLength);
  if (keys === null) return null;
  return {
    keys,
    required: requiredKeys(elements, budget, keyLength),
    second: tokenKeys(elements, anchored, 1, { steps: 20_000 }, keyLength),
  };
}

/** The alternative's branches' shapes, or null when it has one branch or some branch cannot be keyed. */
function branchShapes(alt: AST.Alternative, anchored: boolean, keyLength: number): WordShape[] | null {
  const branches = branchesOf(alt.elements, MAX_BRANCHES);
  if (branches.length < 2) return null;
  const shapes: WordShape[] = [];
  for (const branch of branches) {
    const shape = shapeOf(branch, anchored, keyLength);
    if (shape === null) return null;
    shapes.push(shape);
  }
  return shapes;
}

/** Splits a pattern into its top-level alternatives, each with its opening keys (of `keyLength` characters at most). */
export function keyedAlternatives(pattern: RegExp, keyLength = KEY_LENGTH): PatternAlternatives {
  const unicodeSets = pattern.flags.includes('v');
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode, unicodeSets });
  // Outside ASCII, `i` with `u` or `v` lets \w match more than [A-Za-z0-9_]: treat such patterns as unbounded.
  const unbounded = pattern.unicode || unicodeSets;
  let hoisted = false;
  let alternatives: readonly AST.Alternative[] = ast.alternatives;
  const only = ast.alternatives.length === 1 ? ast.alternatives[0]!.elements : undefined;
  if (only?.length === 2) {
    const [boundary, group] = only;
    if (
      boundary?.type === 'Assertion' &&
      boundary.kind === 'word' &&
      !boundary.negate &&
      group?.type === 'Group' &&
      group.modifiers === null
    ) {
      hoisted = true;
      alternatives = group.alternatives;
    }
  }
  const budget = { steps: 200_000 };
  return {
    hoisted,
    alternatives: flattenGroups(alternatives).map((alt): KeyedAlternative => {
      const keys = unbounded ? null : tokenKeys(alt.elements, hoisted, 0, budget, keyLength);
      // The whole alternative's required and next-word keys are worked out only when asked for: where it has branches,
      // the matcher reads theirs instead.
      let required: RequiredWord[] | undefined;
      let second: Set<string> | null | undefined;
      return {
        source: alt.raw,
        keys,
        get required() {
          required ??= unbounded ? [] : requiredKeys(alt.elements, budget, keyLength);
          return required;
        },
        get second() {
          if (second === undefined)
            second = unbounded ? null : tokenKeys(alt.elements, hoisted, 1, { steps: 20_000 }, keyLength);
          return second;
        },
        branches: keys === null ? null : branchShapes(alt, hoisted, keyLength),
      };
    }),
  };
}
