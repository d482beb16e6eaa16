import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessLanguage, type LanguageEvidence } from './language.ts';

const evidence = (over: Partial<LanguageEvidence>): LanguageEvidence => ({
  words: 6,
  english: 0,
  foreign: 0,
  romanHindi: 0,
  latinLetters: 30,
  accented: 0,
  otherLetters: 0,
  ...over,
});

// [case, text, evidence, expected language]
const CASES: ReadonlyArray<[string, string, Partial<LanguageEvidence>, string]> = [
  ['two distinctive English words settle it without the library', 'Je suis très déçu', { english: 2 }, 'en'],
  ['no evidence either way reads as English', 'WORST SERVICE EVER PERIOD', {}, 'en'],
  [
    'foreign function words send it to franc, which names it',
    'Mi pedido llegó roto y nadie me responde',
    { foreign: 2, english: 0 },
    'es',
  ],
  [
    'franc reading English keeps it English',
    'the order never came and nobody answers',
    { foreign: 2, english: 2 },
    'en',
  ],
  [
    'accents and barely an English word also ask franc',
    'Você é muito lento, cadê meu reembolso?',
    { accented: 4 },
    'pt',
  ],
  ['handles and links alone are not a sentence to judge', '@AeroNova #fail https://t.co/x', { foreign: 2 }, 'en'],
  ['Hindi in Latin letters is named by its words', 'yeh kya hai, paise wapas karo', { romanHindi: 3 }, 'hi'],
  [
    'another script is named by franc',
    'Почему мой заказ до сих пор не доставлен?',
    { otherLetters: 30, latinLetters: 0 },
    'ru',
  ],
];

for (const [name, text, over, language] of CASES) {
  test(`language: ${name}`, () => {
    const guess = guessLanguage(text, evidence(over));
    assert.equal(guess.language, language);
    assert.equal(guess.english, language === 'en');
  });
}
