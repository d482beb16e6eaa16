import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['concrete_next_step_with_time', "I'll call you back by 4 pm today.", true],
  ['concrete_next_step_with_time', 'A technician will be there on Thursday between 8 and 12.', true],
  ['concrete_next_step_with_time', "I've issued the refund of $42.50; it'll show within 3 business days.", true],
  ['concrete_next_step_with_time', "We'll update you as soon as we can.", false],
  ['concrete_next_step_with_time', 'Would you like me to call you tomorrow?', false],
  ['concrete_next_step_with_time', 'Most applications take about six weeks.', false],
  // vague-promise-pass-on (session 6): word passed on with no outcome or time, 'shortly'/'soon', a promiser named only
  // by their team, 'leave it with me', a hope; near misses: a time in the reply, acting now, an offer, 'soon as'.
  ['vague_promise', "I'll have a quiet word with the night team.", true],
  ['vague_promise', "Thanks for telling me, I'll feed it back.", true],
  ['vague_promise', "I'm going to make sure the branch manager hears about this.", true],
  ['vague_promise', "I'll let the warehouse know.", true],
  ['vague_promise', 'Your replacement will be posted shortly.', true],
  ['vague_promise', 'Someone from our lettings office will be in touch.', true],
  ['vague_promise', 'Leave it with me, okay?', false],
  ['vague_promise', 'Leave it with me and I will sort it.', true],
  ['vague_promise', 'We hope to do better next season.', true],
  ['vague_promise', "I'll let the warehouse know today and ring you by 5pm.", false],
  ['vague_promise', "I'll let the courier know right now, while you're on the line.", false],
  ['vague_promise', 'Would you like me to let the manager know?', false],
  ['vague_promise', "I'll email the label as soon as you confirm the address.", false],
  ['vague_promise', 'You can drop it in store or leave it with us at reception.', false],
  ['vague_promise', "I've passed your comments on to the store.", true],
  ['vague_promise', 'Your complaint has been passed on.', true],
  ['vague_promise', "It'll be refunded as soon as possible.", true],
  ['vague_promise', "We'll be in touch with the venue in due course.", true],
  ['vague_promise', "I'll call you later today, by 4pm.", false],
  ['name_and_number', "I'm Priya, and my direct line is 555-0100.", true],
  ['name_and_number', 'My name is Tom; email me at tom@example.com.', true],
  ['name_and_number', 'You can reach our helpline at 1-800-555-0100.', false],
  ['name_and_number', "I'm Sorry to hear that, call 555-0100.", false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
