import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectVenting } from './venting.ts';

// [customer message, still venting?]
const CASES: Array<[string, boolean]> = [
  ["—and then the manager, and you won't believe this—", true],
  ['Wait, wait, let me finish, the SECOND box was broken too', true],
  ['so first it was late, then it was the wrong colour, then you lost the return, and now i have to pay AND', true],
  [
    'The outage started Tuesday, then came back Wednesday, then again Thursday, and on top of that my bill went up, and your support line hangs up on me, and honestly I have no idea why I still pay you for this',
    true,
  ],
  ['Where is my package?', false],
  ['I was charged twice this month. Can you fix it?', false],
  ['THIS IS THE THIRD TIME YOU HAVE CUT MY POWER!', false],
  ['ok thanks, that is all I needed', false],
  ['', false],
];

for (const [message, venting] of CASES) {
  test(`L1 venting: "${message}" reads as ${venting ? 'still venting' : 'a pause'}`, () => {
    const estimate = detectVenting(message);
    assert.equal(estimate.venting, venting, JSON.stringify(estimate));
    assert.equal(estimate.venting, estimate.score >= 0.5);
  });
}

test('L1 venting: the evidence names the cues that fired', () => {
  const { evidence, score } = detectVenting('—and NOBODY CALLED, and then—');
  assert.ok(evidence.includes('unfinished'));
  assert.ok(evidence.includes('caps'));
  assert.ok(score > 0.5 && score <= 1);
});
