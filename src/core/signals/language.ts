/**
 * Is a customer message English? The anger reading is trained on English only, so other languages are flagged rather than
 * read as calm. A cheap check on counts the feature scanner already makes (distinctive English and foreign function words,
 * letters in other scripts) settles almost every message; only the doubtful ones go to `franc-min` (MIT, trigram profiles
 * of 82 languages), which is accurate on sentences but slow (a few thousand short texts a second) and unreliable on tweets.
 */
import { franc } from 'franc-min';

/** What the scanner counted (see Cues in anger/features.ts). */
export interface LanguageEvidence {
  words: number;
  english: number;
  foreign: number;
  romanHindi: number;
  latinLetters: number;
  accented: number;
  otherLetters: number;
}

export interface LanguageGuess {
  /** ISO 639-1 code where there is one ('en', 'es', 'ru', …), else franc's ISO 639-3 code; 'und' when it cannot be named. */
  language: string;
  english: boolean;
}

// Latin-script languages a support queue sees most; restricting franc to them keeps short messages from reading as
// Lingala; Tagalog is among them because Philippine support queues write it. English is among them so franc can still say so.
const LATIN_CANDIDATES = [
  'eng',
  'spa',
  'fra',
  'deu',
  'ita',
  'por',
  'nld',
  'swe',
  'pol',
  'ron',
  'tur',
  'ind',
  'ces',
  'hun',
  'tgl',
];
const NOISE = /@\w+|#\w+|https?:\/\/\S+|www\.\S+/g;
const ENGLISH: LanguageGuess = { language: 'en', english: true };

// franc names languages in ISO 639-3; the product speaks ISO 639-1 where a language has such a code.
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  swe: 'sv',
  pol: 'pl',
  ron: 'ro',
  tur: 'tr',
  ind: 'id',
  ces: 'cs',
  hun: 'hu',
  tgl: 'tl',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  ben: 'bn',
  tam: 'ta',
  tel: 'te',
  kan: 'kn',
  mal: 'ml',
  guj: 'gu',
  pan: 'pa',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tha: 'th',
  vie: 'vi',
  heb: 'he',
  ell: 'el',
  kat: 'ka',
  amh: 'am',
  mya: 'my',
  khm: 'km',
  kaz: 'kk',
  uzn: 'uz',
};
const named = (code: string): string => ISO_639_1[code] ?? code;

/** The language of `text`, given the scanner's counts for it. */
export function guessLanguage(text: string, e: LanguageEvidence): LanguageGuess {
  if (e.otherLetters >= 2 && e.otherLetters > e.latinLetters) {
    const language = named(franc(text.replace(NOISE, ' '), { minLength: 1 }));
    return { language, english: language === 'en' };
  }
  if (e.english >= 2 && e.english > e.foreign + e.romanHindi) return ENGLISH;
  // Hindi in Latin letters (common in Indian support queues): franc has no profile for it, so the words decide.
  if (e.romanHindi >= 3 && e.romanHindi > e.english) return { language: 'hi', english: false };
  // Doubtful: foreign function words at least as many as English ones, or accented letters and barely an English word.
  // (Five words without a distinctive English one is not enough on its own: franc misreads short English too often.)
  if ((e.foreign >= 2 && e.foreign >= e.english) || (e.accented >= 2 && e.english <= 1)) {
    const clean = text.replace(NOISE, ' ');
    // Handles, hashtags and links are not words of any language; what is left must still be a sentence.
    if (clean.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length >= 3) {
      const language = franc(clean, { minLength: 10, only: LATIN_CANDIDATES });
      if (language !== 'eng' && language !== 'und') return { language: named(language), english: false };
    }
  }
  // Too short to tell, or franc reads it as English: read it as English.
  return ENGLISH;
}
