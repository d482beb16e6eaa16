import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCustomerNames } from './customer-name.ts';

const named = (reply: string, known?: string): string[] =>
  findCustomerNames(reply, known).map((s) => reply.slice(s.start, s.end));

// [reply, names found]
const CASES: Array<[string, string[]]> = [
  ["Mr. Alvarez, I'm really sorry.", ['Mr. Alvarez']],
  ["I'm sorry about the double charge, Ben.", ['Ben']],
  ['Hi Dana, your box is on its way.', ['Dana']],
  ['Oh no, Keisha. Let me fix that.', ['Keisha']],
  ["Sarah, I've refunded the fee.", ['Sarah']],
  ["Honestly, that's a fair point.", []],
  ["Okay, I'll check. Unfortunately, it's gone.", []],
  ["I'm Grace, and I'll call you at 10.", []],
  ['It arrives on Friday.', []],
  // Said to the customer, with a title, in a letter's greeting or at a clause's end.
  ['Dear Mr and Mrs Coetzee, I am so sorry.', ['Mrs Coetzee']],
  ['Dear Mrs Van der Merwe, your badge is approved.', ['Mrs Van']],
  ["Let's keep calm, Mr Rao.", ['Mr Rao']],
  ['Dear Customer Anil, we have refunded you.', ['Anil']],
  // Not the customer: the agent's own name, a colleague or a firm named by its role, someone talked about.
  ['If he has not arrived by ten, ring me, Dara, on 0161 496 0462.', []],
  ['Ask for me, Shona, on 020 7946 0413.', []],
  ['Our manager, Luis, is coming to your table right now.', []],
  ["It's the line provider, Openreach, they're not giving us a date.", []],
  ["I've a cancellation at eleven with Dr Byrne, will that do you?", []],
  ['We do, Dr Adams specialises in them.', []],
  ["She's Dr Fiona Quigg, and she'll call you.", []],
  // Not a name: greetings, sounds, terms of address, generic salutations, days and numbers.
  ['Hiya! Yes, windscreen cover is included.', []],
  ['Hiii! Results go live on the portal on 28 June.', []],
  ['Woah, easy. Let me look.', []],
  ['Uncle, please give me one minute.', []],
  ['Dear Customer, thank you for your email.', []],
  ['Saturdays, 9 till 1.', []],
  ['Eleven, or 1pm if you ask at reception.', []],
];

for (const [reply, expected] of CASES) {
  test(`L3 uses_customer_name: "${reply}" names ${expected.length ? expected.join(', ') : 'nobody'}`, () => {
    assert.deepEqual(named(reply), expected);
  });
}

test('L3 uses_customer_name: a known name is found case-insensitively, by first or last name, with titles ignored', () => {
  assert.deepEqual(named('thanks lindqvist, all sorted', 'Ms. Lindqvist'), ['lindqvist']);
  assert.deepEqual(named('All sorted for you, Ana.', 'Ana Souza'), ['Ana']);
  assert.deepEqual(named('Banana bread is on us.', 'Ana'), []);
});
