import { FNV_OFFSET, combineHash, fnvStep, mixHash } from './hash.ts';
import { INSULT_HASHES, NEGATOR_HASHES, PROFANITY_HASHES, THREAT_HASHES } from './lexicons.ts';

/** Which hashed features a model was trained with; stored in its weights file. */
export interface FeatureOptions {
  /** log2 of the number of weight buckets. */
  bits: number;
  /** Character n-gram lengths inside words (0 turns them off). */
  charMin: number;
  charMax: number;
  wordBigrams: boolean;
  /** Moves the 3 words after not/never/n't (until punctuation) into a separate "negated" feature space. */
  negation: boolean;
}

/** Intensity cues counted while scanning (used for the 'furious' level). */
export interface Cues {
  words: number;
  capsWords: number;
  profanity: number;
  insults: number;
  threats: number;
  exclaims: number;
  exclaimRuns: number;
}

// Namespaces keep a word, its negated copy, a char n-gram and a cue from sharing a hash.
const NS_WORD = 0x1b873593;
const NS_NEG = 0x2c1b3c6d;
const NS_CHAR = 0x297a2d39;
const NS_CUE = 0x68e31da4;
const NS_PUNCT = 0x5bd1e995;
const BOUNDARY = 0x3c6ef372;
const MAX_NGRAM_WORD = 24;
const NEGATION_SCOPE = 3;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Turns text into hashed feature indices and intensity cues, reusing its buffers (not re-entrant). */
export class FeatureScanner {
  readonly options: FeatureOptions;
  indices = new Int32Array(512);
  count = 0;
  readonly cues: Cues = { words: 0, capsWords: 0, profanity: 0, insults: 0, threats: 0, exclaims: 0, exclaimRuns: 0 };
  private readonly mask: number;
  private readonly word = new Uint16Array(MAX_NGRAM_WORD + 2);

  constructor(options: FeatureOptions) {
    this.options = options;
    this.mask = (1 << options.bits) - 1;
  }

  private emit(hash: number): void {
    if (this.count === this.indices.length) {
      const grown = new Int32Array(this.indices.length * 2);
      grown.set(this.indices);
      this.indices = grown;
    }
    this.indices[this.count++] = hash & this.mask;
  }

  /** Fills `indices[0..count)` for `text` and returns `count`. */
  scan(text: string): number {
    const cues = this.cues;
    cues.words = cues.capsWords = cues.profanity = cues.insults = cues.threats = cues.exclaims = cues.exclaimRuns = 0;
    this.count = 0;
    const { wordBigrams, negation } = this.options;
    const word = this.word;
    let hash = FNV_OFFSET;
    let length = 0;
    let letters = 0;
    let upper = 0;
    let last = 0;
    let beforeLast = 0;
    let previous = BOUNDARY;
    let negated = 0;
    let masked = false;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      let c = i < n ? text.charCodeAt(i) : 32;
      let isWordChar = true;
      if (c >= 65 && c <= 90) {
        upper++;
        letters++;
        c += 32;
      } else if (c >= 97 && c <= 122) letters++;
      else if (c === 0x2019) c = 39;
      else if (!((c >= 48 && c <= 57) || c === 39 || (c >= 0xc0 && c < 0x2000))) isWordChar = false;
      if (isWordChar) {
        if (length >= 2 && c === last && c === beforeLast) continue; // "soooo" reads as "soo"
        hash = fnvStep(hash, c);
        if (length < MAX_NGRAM_WORD) word[length + 1] = c;
        length++;
        beforeLast = last;
        last = c;
        continue;
      }
      if (length > 0) {
        // Inside a negation scope the word and its n-grams live in their own namespace ("not angry" ≠ "angry").
        const space = negated > 0 ? NS_NEG : 0;
        if (negated > 0) negated--;
        this.emit(mixHash(hash ^ NS_WORD ^ space));
        if (wordBigrams) this.emit(combineHash(previous, hash));
        if (this.options.charMin > 0 && length <= MAX_NGRAM_WORD) this.emitCharGrams(length, space);
        cues.words++;
        if (letters >= 2 && upper === letters && !masked) cues.capsWords++;
        if (PROFANITY_HASHES.has(hash)) cues.profanity++;
        if (INSULT_HASHES.has(hash)) cues.insults++;
        if (THREAT_HASHES.has(hash)) cues.threats++;
        if (negation && NEGATOR_HASHES.has(hash)) negated = NEGATION_SCOPE;
        previous = hash;
        hash = FNV_OFFSET;
        length = letters = upper = last = beforeLast = 0;
      }
      masked = c === 91; // GoEmotions masks names as [NAME]: not shouting
      if (c === 33 || c === 63) {
        let bangs = 0;
        let asks = 0;
        let j = i;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d === 33) bangs++;
          else if (d === 63) asks++;
          else break;
        }
        i = j - 1;
        cues.exclaims += bangs;
        if (bangs >= 2) cues.exclaimRuns++;
        const kind = (bangs > 0 ? 1 : 0) + (bangs > 1 ? 1 : 0) + (asks > 0 ? 4 : 0) + (asks > 1 ? 8 : 0);
        this.emit(mixHash(NS_PUNCT ^ kind));
        negated = 0;
        previous = BOUNDARY;
      } else if (c === 46 || c === 44 || c === 59 || c === 58) {
        negated = 0;
        previous = BOUNDARY;
      } else if (isHighSurrogate(c) && i + 1 < n) {
        this.emit(combineHash(NS_PUNCT, (c << 10) ^ text.charCodeAt(i + 1)));
        i++;
      } else if (c >= 0x2000 && c < 0x2c00) this.emit(combineHash(NS_PUNCT, c));
    }
    this.emitCues();
    return this.count;
  }

  private emitCharGrams(length: number, space: number): void {
    const { charMin, charMax } = this.options;
    const word = this.word;
    word[0] = 60; // '<' and '>' mark word edges so prefixes and suffixes differ from infixes
    word[length + 1] = 62;
    const padded = length + 2;
    for (let start = 0; start < padded; start++) {
      let h = FNV_OFFSET ^ NS_CHAR ^ space;
      const end = Math.min(padded, start + charMax);
      for (let k = start; k < end; k++) {
        h = fnvStep(h, word[k]!);
        if (k - start + 1 >= charMin) this.emit(mixHash(h));
      }
    }
  }

  private emitCues(): void {
    const { words, capsWords, exclaimRuns, profanity, insults, threats } = this.cues;
    if (capsWords >= 1) this.emit(mixHash(NS_CUE ^ 1));
    if (capsWords >= 2) this.emit(mixHash(NS_CUE ^ 2));
    if (words >= 3 && capsWords * 2 >= words) this.emit(mixHash(NS_CUE ^ 3));
    if (exclaimRuns >= 1) this.emit(mixHash(NS_CUE ^ 4));
    // Lexicon flags let rare swear words and insults share one learned weight.
    if (profanity >= 1) this.emit(mixHash(NS_CUE ^ 5));
    if (insults >= 1) this.emit(mixHash(NS_CUE ^ 6));
    if (threats >= 1) this.emit(mixHash(NS_CUE ^ 7));
  }
}
