import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintLabels } from '../coach/lint/lint-engine.ts';
import { detectVenting } from './venting.ts';

// Session 13: a customer's message that stops where its grammar still owes a part, with no full stop (L1: the rant is
// unfinished). Own sentences, one family per group; near misses end complete on the same words.
const CUT_OFF: Array<[family: string, message: string]> = [
  ['copula', 'the plumber left at noon and now the bathroom floor is'],
  ['copula', 'we waited two hours for the shuttle and the children were'],
  ['copula', 'I rang your helpline four times this week and I am'],
  ['and now', 'the sofa came with a torn cushion, I sent photos, and now'],
  ['and now', 'you moved my appointment twice but now'],
  ['adverb', 'I explained the fault three times and the technician just'],
  ['adverb', 'twelve years on the same tariff and you have never'],
  ['adverb', 'the new contract costs more, which is frankly'],
  ['report', 'the courier came back twice and the depot keeps saying'],
  ['report', 'I phoned on Monday and the lady in billing told me that'],
  ['report', 'my account was frozen because of a transfer that'],
  ['to', 'the lift was broken again and my father had to'],
  ['to', 'if this is not sorted by Friday I am going to'],
  ['to', 'the counter staff refused to'],
  ['time', 'the shop has lost my repair and my holiday starts in'],
  ['time', 'no hot water in the flat since'],
  ['time', 'your engineer was meant to come at'],
  ['contraction', "three engineers, three different answers, and now you're"],
  ['contraction', "the receptionist rang back saying she'd"],
  ['you', 'three wasted Saturdays waiting in for the fitter and now you'],
  ['you', 'I will keep phoning this number until you'],
];

const COMPLETE: string[] = [
  'I have no idea what the problem is',
  'you have no idea how annoying you are',
  'here they are',
  'things are not as good as they were',
  'I will not be talked to like that',
  'I cannot pay that',
  'I will cancel if I have to',
  'the app will not let me log in',
  'it has been like this ever since',
  'I was charged for a bag I never asked for',
  'I know exactly who you are',
  'honestly I am done with you',
  'thanks anyway, bye then, and thank you',
];

test('a message cut off where its grammar still owes a part reads as venting', () => {
  for (const [family, message] of CUT_OFF) {
    const estimate = detectVenting(message);
    assert.equal(estimate.venting, true, `${family}: ${message}`);
    assert.ok(estimate.evidence.includes('unfinished'), `${family}: ${message}`);
  }
});

test('a complete message that ends on the same words does not read as cut off', () => {
  for (const message of COMPLETE) {
    assert.ok(!detectVenting(message).evidence.includes('unfinished'), message);
  }
});

test('with a full stop the same words end the sentence', () => {
  assert.ok(!detectVenting('They told me the parcel was lost and that was that.').evidence.includes('unfinished'));
  assert.ok(!detectVenting('The man at the desk just shrugged and I had to.').evidence.includes('unfinished'));
});

test('L1: a fix offered to a customer cut off mid-clause is interrupting_solution; a listening reply is not', () => {
  const message = 'the delivery was late, the box was soaked, and the driver just';
  assert.ok(
    lintLabels("I'll issue a refund for the order right away.", { customerMessage: message }).includes(
      'interrupting_solution',
    ),
  );
  assert.ok(
    !lintLabels('That sounds awful. Go on, I am listening.', { customerMessage: message }).includes(
      'interrupting_solution',
    ),
  );
});
