import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintLabels } from './lint-engine.ts';
import { findRecaps } from './recap.ts';

const CUSTOMER = 'I paid extra for next-day delivery and the parcel took five days to arrive. Five days!';

// [reply, is a C1 restatement of CUSTOMER]
const CASES: Array<[string, boolean]> = [
  ['You paid extra for next-day delivery and it took five days to arrive.', true],
  ['Five days for a next-day parcel you paid extra for. I will refund the delivery charge now.', true],
  // Names the problem inside the apology: that is A2, not C1.
  ["I'm sorry you paid extra for next-day delivery and it took five days.", false],
  // Empathy about the same facts, not opening on the customer.
  ['Waiting five days for next-day delivery is exhausting.', false],
  // A question about the facts asks; it does not restate.
  ['You paid extra for next-day delivery, and it took five days?', false],
  // Too little of the complaint.
  ['You will get an email with the refund.', false],
];

for (const [reply, recap] of CASES) {
  test(`C1 restatement by recap ${recap ? 'found' : 'not found'}: "${reply}"`, () => {
    assert.equal(findRecaps(reply, CUSTOMER).length > 0, recap);
    assert.equal(lintLabels(reply, { customerMessage: CUSTOMER }).includes('restatement'), recap);
  });
}

test('C1 restatement by recap needs the customer message', () => {
  assert.equal(lintLabels(CASES[0]![0]).includes('restatement'), false);
});
