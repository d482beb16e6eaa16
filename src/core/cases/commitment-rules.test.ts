import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  chaserForHangup,
  planCommitmentTransition,
  supervisorFollowUp,
  validateCommitmentDraft,
} from './commitment-rules.ts';
import { DEFAULT_ORG_POLICY } from './types.ts';

const now = new Date('2025-03-04T10:00:00Z');
const later = new Date('2025-03-05T10:00:00Z');

test('F5 a customer hang-up creates a Chaser due in 10 minutes', () => {
  const draft = chaserForHangup({ type: 'hangup', by: 'customer', afterTurn: 3 }, DEFAULT_ORG_POLICY, now, {
    phone: '+44 20 7946 0000',
  });
  assert.ok(draft);
  assert.equal(draft.kind, 'chaser');
  assert.equal(draft.source, 'F5');
  assert.equal(draft.dueAt.toISOString(), '2025-03-04T10:10:00.000Z');
  assert.equal(draft.contact?.phone, '+44 20 7946 0000');
});

test('F5 the Chaser window is the org setting', () => {
  const draft = chaserForHangup({ type: 'hangup', by: 'customer', afterTurn: 0 }, { chaserMinutes: 3 }, now);
  assert.equal(draft?.dueAt.toISOString(), '2025-03-04T10:03:00.000Z');
});

test('F5 an agent hang-up creates no Chaser', () => {
  assert.equal(chaserForHangup({ type: 'hangup', by: 'agent', afterTurn: 2 }, DEFAULT_ORG_POLICY, now), null);
});

test('F6 a supervisor follow-up carries the supervisor script and is due within the org hours', () => {
  const draft = supervisorFollowUp({ supervisorFollowUpHours: 4 }, now, {}, 'sup-1');
  assert.equal(draft.kind, 'supervisor_follow_up');
  assert.equal(draft.ownerId, 'sup-1');
  assert.equal(draft.dueAt.toISOString(), '2025-03-04T14:00:00.000Z');
  assert.match(draft.steps?.[0] ?? '', /could not resolve your request/);
});

const invalidDrafts: [string, Record<string, unknown>, string, RegExp][] = [
  ['F1 a commitment without a due time is refused', { kind: 'callback', contact: { phone: '1' } }, 'dueAt', /due time/],
  [
    'F1 a commitment due in the past is refused',
    { kind: 'callback', contact: { phone: '1' }, dueAt: new Date('2025-03-04T09:59:59Z') },
    'dueAt',
    /in the past/,
  ],
  [
    'F1 an invalid due date is refused',
    { kind: 'callback', contact: { phone: '1' }, dueAt: new Date('nope') },
    'dueAt',
    /due time/,
  ],
  [
    'F2 a call-back without phone or e-mail is refused',
    { kind: 'callback', dueAt: later, contact: { name: 'Ann' } },
    'contact',
    /phone or e-mail/,
  ],
  [
    'F2 a corrective step without steps is refused',
    { kind: 'corrective_step', dueAt: later, steps: ['  '] },
    'steps',
    /at least one step/,
  ],
  ['an unknown commitment kind is refused', { kind: 'pinky_promise', dueAt: later }, 'kind', /unknown commitment kind/],
];
for (const [name, draft, path, message] of invalidDrafts) {
  test(name, () => {
    const result = validateCommitmentDraft(draft as never, now);
    assert.ok(!result.success);
    assert.equal(result.error.code, 'invalid_input');
    assert.equal(result.error.path, path);
    assert.match(result.error.message, message);
  });
}

test('F2 a complete call-back record is accepted with trimmed steps', () => {
  const result = validateCommitmentDraft(
    {
      kind: 'callback',
      dueAt: later,
      contact: { email: 'a@example.com' },
      steps: [' refund ', ''],
      peopleInvolved: ['Sam'],
    },
    now,
  );
  assert.ok(result.success);
  assert.deepEqual(result.data.steps, ['refund']);
  assert.deepEqual(result.data.peopleInvolved, ['Sam']);
});

const transitions: [string, 'open' | 'done' | 'missed' | 'waived', string, Record<string, string>, string | RegExp][] =
  [
    [
      'F4 completing an open promise with an outcome marks it done',
      'open',
      'complete',
      { outcome: 'refund sent' },
      'done',
    ],
    [
      'F4 completing a missed promise late marks it done',
      'missed',
      'complete',
      { outcome: 'called a day late' },
      'done',
    ],
    ['F4 completing without an outcome is refused', 'open', 'complete', {}, /give an outcome/],
    ['waiving without a reason is refused', 'open', 'waive', { reason: ' ' }, /give a reason/],
    ['waiving with a reason marks it waived', 'open', 'waive', { reason: 'customer asked us not to call' }, 'waived'],
    ['a done promise cannot be missed', 'done', 'miss', {}, /cannot miss a commitment that is done/],
    ['an unknown commitment action is refused', 'open', 'forget', {}, /unknown commitment action/],
  ];
for (const [name, state, action, detail, expected] of transitions) {
  test(name, () => {
    const result = planCommitmentTransition(state, action, detail);
    if (typeof expected === 'string') {
      assert.ok(result.success);
      assert.equal(result.data.to, expected);
    } else {
      assert.ok(!result.success);
      assert.match(result.error.message, expected);
    }
  });
}
