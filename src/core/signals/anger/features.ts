import { FNV_OFFSET, combineHash, fnvStep, mixHash } from './hash.ts';
import {
  ANGER_EMOJI,
  EYEROLL_EMOJI,
  FAILURE_NOT_AFTER,
  FAILURE_ROOTS,
  FAMILY,
  type FailureNode,
  HAPPY_EMOJI,
  HASHTAG_PIECES,
  PAIR_FAMILIES,
  UPSET_EMOJI,
  WORD_FAMILIES,
} from './lexicons.ts';

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
  /** Adds one shared feature per cue family that fired (sarcasm, contempt, threats to leave, …); absent in older models. */
  families?: boolean;
  /** Adds one shared feature when a service-failure phrase fired ("nobody came", "never arrived"); absent in older models. */
  failures?: boolean;
  /**
   * Cues read as support tweets are written (absent in older models): an ALL-CAPS word is shouting only if it is a word,
   * not an @handle, a #hashtag, a code with digits ("BA0257") or a short acronym ("DM", "VAT", "JFK": two or three
   * letters outside the word families); and a loose praise word ("sure", "lovely", "wow") is sarcasm only in a sarcasm
   * pair ("oh sure"), not alone ("make sure", "thanks, lovely"); and the words of lexicons.ts TWEET_WORDS count in their
   * families ("fkin", "ffs", "lie").
   */
  tweetCues?: boolean;
  /**
   * The second tweet cues (absent in older models; lexicons.ts TWEET_LOOSE_2): "leaving", "closing", "every", "yet", "third"
   * and "wait" are cues only inside their pairs ("closing my", "every time", "the wait", "i'm leaving", "another provider"),
   * and "a lot" and "way to" are not sarcasm.
   */
  tweetCues2?: boolean;
  /**
   * The third tweet cues (absent in older models): dismay said in one word ("disappointed", "frustrating", "unhelpful":
   * lexicons.ts DISMAY_WORDS) and upset emoji (😩 😭 😔 …) count as cue families of their own, with reading inputs of
   * their own; without it those words are plain words and those emoji plain symbols, as before.
   */
  tweetCues3?: boolean;
}

/** Cues counted while scanning: intensity, the cue families of lexicons.ts, emoji, and the script and words for the language check. */
export interface Cues {
  words: number;
  capsWords: number;
  profanity: number;
  insults: number;
  /** Legal and regulator threats. */
  threats: number;
  exclaims: number;
  exclaimRuns: number;
  questionRuns: number;
  /** Name-calling within four words after "you"/"your" ("you people are all clowns"). */
  directedInsults: number;
  leave: number;
  contempt: number;
  sarcasm: number;
  repeat: number;
  waiting: number;
  /** Service failures: a no-show, or a thing that never happened, arrived or worked (lexicons.ts FAILURE_FORMS). */
  failures: number;
  hedge: number;
  polite: number;
  hostile: number;
  angerEmoji: number;
  eyeRollEmoji: number;
  happyEmoji: number;
  /** Dismay words and upset emoji (tweetCues3 only; 0 otherwise). */
  dismay: number;
  upsetEmoji: number;
  /** Words distinctive of English, and of other Latin-script languages. */
  english: number;
  foreign: number;
  /** Hindi words written in Latin letters ("nahi", "kya", "chahiye"). */
  romanHindi: number;
  /** Letters in Latin script, and in any other script (Cyrillic, Greek, Arabic, Hebrew, Indic, CJK, Hangul, Thai, …). */
  latinLetters: number;
  /** Latin letters with accents (é, ñ, ç, ã, ß, …): rare in English. */
  accented: number;
  otherLetters: number;
}

const emptyCues = (): Cues => ({
  words: 0,
  capsWords: 0,
  profanity: 0,
  insults: 0,
  threats: 0,
  exclaims: 0,
  exclaimRuns: 0,
  questionRuns: 0,
  directedInsults: 0,
  leave: 0,
  contempt: 0,
  sarcasm: 0,
  repeat: 0,
  waiting: 0,
  failures: 0,
  hedge: 0,
  polite: 0,
  hostile: 0,
  angerEmoji: 0,
  eyeRollEmoji: 0,
  happyEmoji: 0,
  dismay: 0,
  upsetEmoji: 0,
  english: 0,
  foreign: 0,
  romanHindi: 0,
  latinLetters: 0,
  accented: 0,
  otherLetters: 0,
});

// Namespaces keep a word, its negated copy, a char n-gram and a cue from sharing a hash.
const NS_WORD = 0x1b873593;
const NS_NEG = 0x2c1b3c6d;
const NS_CHAR = 0x297a2d39;
const NS_CUE = 0x68e31da4;
const NS_PUNCT = 0x5bd1e995;
const BOUNDARY = 0x3c6ef372;
const MAX_NGRAM_WORD = 24;
const NEGATION_SCOPE = 3;
/** Words after a failure phrase, in its clause, that may still undo it ("didn't arrive late", "nobody came to any harm"). */
const FAILURE_WINDOW = 3;
/** Partial failure phrases followed at once (more are dropped: a phrase has at most four words). */
const FAILURE_ACTIVE = 4;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** What a TWEET_LOOSE_2 word keeps under the second tweet cues: the bits that are not cue families. */
const LOOSE_KEEPS =
  FAMILY.negator |
  FAMILY.you |
  FAMILY.english |
  FAMILY.foreign |
  FAMILY.romanHindi |
  FAMILY.pairStart |
  FAMILY.pairStart2 |
  FAMILY.failureStart |
  FAMILY.failureCancel;

/** Turns text into hashed feature indices and intensity cues, reusing its buffers (not re-entrant). */
export class FeatureScanner {
  readonly options: FeatureOptions;
  indices = new Int32Array(512);
  count = 0;
  readonly cues: Cues = emptyCues();
  private readonly mask: number;
  private readonly tweetCues: boolean;
  private readonly tweetCues2: boolean;
  private readonly tweetCues3: boolean;
  private readonly word = new Uint16Array(MAX_NGRAM_WORD + 2);
  private readonly active: FailureNode[] = [];

  constructor(options: FeatureOptions) {
    this.options = options;
    this.mask = (1 << options.bits) - 1;
    this.tweetCues = options.tweetCues === true;
    this.tweetCues2 = options.tweetCues2 === true;
    this.tweetCues3 = options.tweetCues3 === true;
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
    cues.questionRuns =
      cues.directedInsults =
      cues.leave =
      cues.contempt =
      cues.sarcasm =
      cues.repeat =
      cues.waiting =
      cues.failures =
        0;
    cues.hedge = cues.polite = cues.hostile = cues.angerEmoji = cues.eyeRollEmoji = cues.happyEmoji = 0;
    cues.dismay = cues.upsetEmoji = 0;
    cues.english = cues.foreign = cues.romanHindi = cues.latinLetters = cues.accented = cues.otherLetters = 0;
    this.count = 0;
    const { wordBigrams, negation } = this.options;
    const word = this.word;
    let hash = FNV_OFFSET;
    let length = 0;
    let letters = 0;
    let upper = 0;
    let digits = 0;
    let last = 0;
    let beforeLast = 0;
    let previous = BOUNDARY;
    let negated = 0;
    let masked = false;
    let hashtag = false;
    let sinceYou = 99;
    let previousFamily = 0;
    // Failure phrases: partial matches (trie nodes) and the words left before a complete one counts (0: none pending).
    const active = this.active;
    let activeCount = 0;
    let pending = 0;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      let c = i < n ? text.charCodeAt(i) : 32;
      let isWordChar = true;
      if (c >= 65 && c <= 90) {
        upper++;
        letters++;
        c += 32;
      } else if (c >= 97 && c <= 122) letters++;
      else if (c >= 48 && c <= 57) digits++;
      else if (c === 0x2019) c = 39;
      else if (c >= 0xc0 && c < 0x2000) {
        // Latin-1 to Latin Extended (up to U+024F) and Latin Extended Additional are Latin; the rest of the block is other scripts.
        if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) {
          cues.latinLetters++;
          if (c !== 0xd7 && c !== 0xf7) cues.accented++;
        } else if (c >= 0x370) cues.otherLetters++;
      } else if (!((c >= 48 && c <= 57) || c === 39)) {
        isWordChar = false;
        // CJK, kana, Hangul and the like are not word characters here, but they are letters of another script.
        if (c >= 0x3040 && c < 0xd800) cues.otherLetters++;
      }
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
        const pair = combineHash(previous, hash);
        if (wordBigrams) this.emit(pair);
        if (this.options.charMin > 0 && length <= MAX_NGRAM_WORD) this.emitCharGrams(length, space);
        cues.words++;
        cues.latinLetters += letters;
        sinceYou++;
        let family = WORD_FAMILIES.get(hash);
        if (family !== undefined && family & FAMILY.tweetOnly && !this.tweetCues) family = undefined;
        if (family !== undefined && family & (FAMILY.notTweet2 | FAMILY.pairStart2)) {
          // Older models read these words exactly as before the second tweet cues existed.
          if (!this.tweetCues2) family = family & ~FAMILY.pairStart2 || undefined;
          else if (family & FAMILY.notTweet2) family &= LOOSE_KEEPS;
        }
        // Older models read a dismay word as a plain word; a negated one ("not disappointed") is no dismay.
        if (family !== undefined && family & FAMILY.dismay && (!this.tweetCues3 || space !== 0))
          family = family & ~FAMILY.dismay || undefined;
        if (letters >= 2 && upper === letters && !masked) {
          // Tweet cues: a code with digits, or a two- or three-letter acronym that is no known word, is not shouting.
          if (!this.tweetCues || (digits === 0 && (letters >= 4 || family !== undefined))) cues.capsWords++;
        }
        if (hashtag && this.tweetCues3 && length <= MAX_NGRAM_WORD) this.countHashtag(length);
        if (family !== undefined) {
          if (family & FAMILY.negator && negation) negated = NEGATION_SCOPE;
          this.countFamilies(family);
          if (family & FAMILY.insult && sinceYou <= 4) cues.directedInsults++;
          if (family & FAMILY.you) sinceYou = 0;
        }
        if (previousFamily & (FAMILY.pairStart | FAMILY.pairStart2)) {
          const pairFamily = PAIR_FAMILIES.get(pair);
          if (
            pairFamily !== undefined &&
            !(pairFamily & FAMILY.tweetOnly2 && !this.tweetCues2) &&
            !(pairFamily & FAMILY.notTweet2 && this.tweetCues2)
          )
            this.countFamilies(pairFamily);
        }
        if (pending > 0) {
          if (family !== undefined && family & FAMILY.failureCancel) pending = 0;
          else if (--pending === 0) cues.failures++;
        }
        let completed = false;
        if (activeCount > 0) {
          let kept = 0;
          for (let a = 0; a < activeCount; a++) {
            const next = active[a]!.next!.get(hash);
            if (next === undefined) continue;
            if (next.end) completed = true;
            if (next.next!.size > 0) active[kept++] = next;
          }
          activeCount = kept;
        }
        if (family !== undefined && family & FAMILY.failureStart && !FAILURE_NOT_AFTER.get(hash)?.has(previous)) {
          const root = FAILURE_ROOTS.get(hash)!;
          if (root.end) completed = true;
          if (root.next!.size > 0 && activeCount < FAILURE_ACTIVE) active[activeCount++] = root;
        }
        if (completed && pending === 0) pending = FAILURE_WINDOW;
        previousFamily = family ?? 0;
        previous = hash;
        hash = FNV_OFFSET;
        length = letters = upper = digits = last = beforeLast = 0;
      }
      // GoEmotions masks names as [NAME]: not shouting; nor, with tweet cues, an @handle or a #hashtag.
      masked = c === 91 || (this.tweetCues && (c === 64 || c === 35));
      hashtag = c === 35;
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
        if (pending > 0) cues.failures++;
        pending = activeCount = 0;
        cues.exclaims += bangs;
        if (bangs >= 2) cues.exclaimRuns++;
        if (asks >= 2) cues.questionRuns++;
        const kind = (bangs > 0 ? 1 : 0) + (bangs > 1 ? 1 : 0) + (asks > 0 ? 4 : 0) + (asks > 1 ? 8 : 0);
        this.emit(mixHash(NS_PUNCT ^ kind));
        negated = 0;
        previous = BOUNDARY;
        previousFamily = 0;
      } else if (c === 46 || c === 44 || c === 59 || c === 58) {
        if (pending > 0) cues.failures++;
        pending = activeCount = 0;
        negated = 0;
        previous = BOUNDARY;
        previousFamily = 0;
      } else if (isHighSurrogate(c) && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        this.emit(combineHash(NS_PUNCT, (c << 10) ^ low));
        const point = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        if (ANGER_EMOJI.has(point)) cues.angerEmoji++;
        else if (EYEROLL_EMOJI.has(point)) cues.eyeRollEmoji++;
        else if (HAPPY_EMOJI.has(point)) cues.happyEmoji++;
        else if (this.tweetCues3 && UPSET_EMOJI.has(point)) cues.upsetEmoji++;
        i++;
      } else if (c >= 0x2000 && c < 0x2c00) this.emit(combineHash(NS_PUNCT, c));
    }
    if (pending > 0) cues.failures++;
    this.emitCues();
    return this.count;
  }

  /** A #hashtag holding a complaint piece ("#brandsucks") counts in that piece's family (third tweet cues only). */
  private countHashtag(length: number): void {
    const tag = String.fromCharCode(...this.word.subarray(1, length + 1));
    for (const [piece, family] of HASHTAG_PIECES) {
      if (tag.includes(piece)) {
        this.cues[family]++;
        return;
      }
    }
  }

  private countFamilies(family: number): void {
    const cues = this.cues;
    if (family & FAMILY.profanity) cues.profanity++;
    if (family & FAMILY.insult) cues.insults++;
    if (family & FAMILY.legal) cues.threats++;
    if (family & FAMILY.leave) cues.leave++;
    if (family & FAMILY.contempt) cues.contempt++;
    if (family & FAMILY.sarcasm || (family & FAMILY.sarcasmLoose && !this.tweetCues)) cues.sarcasm++;
    if (family & FAMILY.repeat) cues.repeat++;
    if (family & FAMILY.waiting) cues.waiting++;
    if (family & FAMILY.hedge) cues.hedge++;
    if (family & FAMILY.polite) cues.polite++;
    if (family & FAMILY.hostile) cues.hostile++;
    if (family & FAMILY.dismay) cues.dismay++;
    if (family & FAMILY.english) cues.english++;
    if (family & FAMILY.foreign) cues.foreign++;
    if (family & FAMILY.romanHindi) cues.romanHindi++;
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
    if (!this.options.families) return;
    const c = this.cues;
    if (c.directedInsults >= 1) this.emit(mixHash(NS_CUE ^ 8));
    if (c.leave >= 1) this.emit(mixHash(NS_CUE ^ 9));
    if (c.contempt >= 1) this.emit(mixHash(NS_CUE ^ 10));
    if (c.sarcasm >= 1) this.emit(mixHash(NS_CUE ^ 11));
    if (c.repeat >= 1) this.emit(mixHash(NS_CUE ^ 12));
    if (c.waiting >= 1) this.emit(mixHash(NS_CUE ^ 13));
    if (c.hedge >= 1) this.emit(mixHash(NS_CUE ^ 14));
    if (c.polite >= 1) this.emit(mixHash(NS_CUE ^ 15));
    if (c.hostile >= 1) this.emit(mixHash(NS_CUE ^ 16));
    if (c.angerEmoji >= 1) this.emit(mixHash(NS_CUE ^ 17));
    if (c.eyeRollEmoji >= 1) this.emit(mixHash(NS_CUE ^ 18));
    if (c.happyEmoji >= 1) this.emit(mixHash(NS_CUE ^ 19));
    if (c.questionRuns >= 1) this.emit(mixHash(NS_CUE ^ 20));
    if (this.options.failures && c.failures >= 1) this.emit(mixHash(NS_CUE ^ 21));
    if (c.dismay >= 1) this.emit(mixHash(NS_CUE ^ 22));
    if (c.upsetEmoji >= 1) this.emit(mixHash(NS_CUE ^ 23));
  }
}
