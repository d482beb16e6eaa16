import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../errors.ts';
import { parseConversationJson, parseConversations } from './parse.ts';
import { looksLikeJson, parseTranscript } from './transcript.ts';

const turn = (speaker: string, text: string): object => ({ speaker, text });

const BAD_JSON: Array<[string, unknown, string]> = [
  [
    'unknown speaker',
    { turns: [turn('customer', 'hi'), turn('bot', 'x')] },
    'turns[1].speaker: expected "customer" or "agent"',
  ],
  ['empty text', { turns: [turn('customer', '   ')] }, 'turns[0].text: must not be empty'],
  ['no turns', { turns: [] }, 'turns: a conversation needs at least one turn'],
  ['not an object', 42, '(root): expected a conversation object {turns: [...]}'],
  ['bad time', { turns: [{ speaker: 'agent', text: 'x', at: 'soon' }] }, 'turns[0].at: expected a number of seconds'],
  [
    'end before at',
    { turns: [{ speaker: 'agent', text: 'x', at: 5, end: 2 }] },
    'turns[0].end: end must not be before at',
  ],
  [
    'hang-up after a missing turn',
    { turns: [turn('customer', 'x')], events: [{ type: 'hangup', by: 'customer', afterTurn: 3 }] },
    'events[0].afterTurn: turn 3 does not exist (the conversation has 1 turn)',
  ],
  [
    'array item',
    [{ turns: [turn('customer', 'x')] }, { turns: [turn('agent', '')] }],
    '[1].turns[0].text: must not be empty',
  ],
  [
    'a turn over the shared length limit',
    { turns: [turn('customer', 'x'.repeat(20_001))] },
    'turns[0].text: a turn holds at most 20000 characters',
  ],
  [
    'too many turns',
    { turns: Array.from({ length: 5001 }, () => turn('customer', 'x')) },
    'turns: more than 5000 turns',
  ],
];

for (const [name, input, message] of BAD_JSON) {
  test(`bad conversation input names what and where: ${name}`, () => {
    assert.throws(
      () => parseConversations(input),
      (error: unknown) => error instanceof AppError && error.code === 'invalid_input' && error.message === message,
    );
  });
}

test('a single conversation and an array both parse; ids default by position', () => {
  const [one] = parseConversations({ turns: [turn('customer', 'My order is late.')] });
  assert.equal(one!.id, 'conversation-1');
  const many = parseConversations([
    { id: 'a', turns: [turn('customer', 'x')] },
    { turns: [turn('agent', 'y')], events: [] },
  ]);
  assert.deepEqual(
    many.map((c) => c.id),
    ['a', 'conversation-2'],
  );
});

test('invalid JSON is a one-line input error', () => {
  assert.throws(() => parseConversationJson('{"turns": ['), /^AppError: invalid JSON/);
});

test('plain transcripts: labels, timestamps, continuation lines, hang-ups and call-backs', () => {
  const conversation = parseTranscript(
    [
      '[00:00] Customer: You cut off my gas!',
      "It's freezing.",
      '[00:10] Agent: I am so sorry.',
      '[customer hangs up]',
      '[04:37] Agent (callback): Hi, it is Tom calling back.',
    ].join('\n'),
  );
  assert.deepEqual(
    conversation.turns.map((t) => [t.speaker, t.at]),
    [
      ['customer', 0],
      ['agent', 10],
      ['agent', 277],
    ],
  );
  assert.equal(conversation.turns[0]!.text, "You cut off my gas! It's freezing.");
  assert.deepEqual(conversation.events, [{ type: 'hangup', by: 'customer', afterTurn: 1 }]);
  assert.equal(conversation.turns[2]!.callback, true);
});

test('plain transcripts: a time after the label ("Customer: [00:00] …") is the turn\'s time, not its words', () => {
  const conversation = parseTranscript(
    ['Customer: [00:00] My bill doubled.', 'Agent: [00:07] I am sorry, let me look.', 'Customer: (1:02:03) Fine.'].join(
      '\n',
    ),
  );
  assert.deepEqual(
    conversation.turns.map((t) => [t.speaker, t.at, t.text]),
    [
      ['customer', 0, 'My bill doubled.'],
      ['agent', 7, 'I am sorry, let me look.'],
      ['customer', 3723, 'Fine.'],
    ],
  );
  assert.equal(parseTranscript('Customer: [12] items missing').turns[0]!.text, '[12] items missing', 'not a clock');
  assert.throws(() => parseTranscript('Customer: [00:00]'), /line 1: empty text/);
});

test('a transcript opening on "[00:00] Customer:" is read as a transcript, a JSON array still as JSON', () => {
  assert.equal(looksLikeJson('[00:00] Customer: hello'), false);
  assert.equal(looksLikeJson('  [ 0:05 ] Agent: hi'), false);
  assert.equal(looksLikeJson('[{"turns": []}]'), true);
  assert.equal(looksLikeJson('[\n  {"turns": []}\n]'), true);
  assert.equal(looksLikeJson('{"turns": []}'), true);
  assert.equal(looksLikeJson('Customer: hi'), false);
});

test('plain transcripts: configurable speaker names and clear errors', () => {
  const conversation = parseTranscript('Caller: hello\nRep: hi', { customerNames: ['Caller'], agentNames: ['Rep'] });
  assert.deepEqual(
    conversation.turns.map((t) => t.speaker),
    ['customer', 'agent'],
  );
  assert.throws(() => parseTranscript('Bob: hi'), /line 1: unknown speaker "Bob"/);
  assert.throws(() => parseTranscript('Customer:   '), /line 1: empty text/);
  assert.throws(() => parseTranscript('just words'), /line 1: expected "Customer: …" or "Agent: …"/);
});

test('no input crashes the parsers: they return conversations or throw AppError', () => {
  fc.assert(
    fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 400 })), (text) => {
      for (const parse of [parseConversationJson, (t: string) => [parseTranscript(t)]]) {
        try {
          parse(text);
        } catch (error) {
          assert.ok(error instanceof AppError, String(error));
        }
      }
    }),
    { numRuns: 400 },
  );
});
