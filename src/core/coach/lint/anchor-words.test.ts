import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorWords, holdsAnchor, wordSet } from './anchor-words.ts';
import { LINT_RULES } from './lint-rules.ts';

const sorted = (s: ReadonlySet<string> | null): string[] | null => (s === null ? null : [...s].sort());

describe('anchorWords', () => {
  it('takes a whole word from each alternative', () => {
    assert.deepEqual(sorted(anchorWords(/\b(?:so sorry\b|(?:I|we) apologi[sz]e\b)/gi)), ['apologise', 'apologize', 'sorry']);
  });
  it('gives up when a word may run on or an alternative has none', () => {
    assert.deepEqual(sorted(anchorWords(/\boverreact\w*/gi)), ["over*"]);
    assert.equal(anchorWords(/\bsorry\b|[.!?]{2}/gi), null);
  });
  it('never skips a rule that matches', () => {
    for (const rule of LINT_RULES) {
      const anchors = anchorWords(rule.pattern);
      if (anchors === null) continue;
      for (const text of ["I'm so sorry, that's on us.", 'WE WILL CALL YOU BY 5 PM TOMORROW.', 'Between you and me, the team is useless.']) {
        rule.pattern.lastIndex = 0;
        if (rule.pattern.test(text)) assert.ok(holdsAnchor(wordSet(text), anchors), `${rule.id}: ${text}`);
      }
    }
  });
});

describe('wordSet', () => {
  it('splits on non-word characters and lower-cases', () => {
    const expected = ['ca*', 'cal*', 'call', 'call*', 'i', 'll', 'll*', 'ok*', 'ok_*', 'ok_1', 'ok_1*', 'yo*', 'you', 'you*'];
    assert.deepEqual([...wordSet("I'll CALL you—ok_1")].sort(), expected.sort());
  });
});
