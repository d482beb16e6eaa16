// The Queue's live alerts say what happened with the right playbook principles: a committed
// `conversation.abusive` event is abuse (B1–B3), never "Promise · F4" (the bug: every committed event read so).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeAlert, mergeAlert } from '../../web/src/pages/queue/alert-kinds.ts';

const event = (type: string, data: Record<string, unknown> = {}) => ({
  kind: 'event',
  message: type,
  data: { type, ...data },
});

test('a committed conversation.abusive event is labelled as abuse with B1, B2 and B3', () => {
  const look = describeAlert(event('conversation.abusive', { conversationId: 'c1' }));
  assert.equal(look.label, 'Abusive conversation');
  assert.deepEqual(look.principles, ['B1', 'B2', 'B3']);
  assert.equal(look.color, 'red');
  assert.match(describeAlert(event('conversation.abusive', { ending: { principle: 'B3' } })).text, /B3/);
});

test('a stored event names the customer when it carries a name, and reads without one for older events', () => {
  assert.equal(
    describeAlert(event('conversation.abusive', { customerName: 'Dana Demo' })).text,
    'A conversation with an abusive customer, Dana Demo, was stored.',
  );
  assert.equal(
    describeAlert(event('conversation.escalated', { customerName: 'Dana Demo' })).text,
    'Dana Demo hung up: a Chaser call-back is due.',
  );
  assert.equal(
    describeAlert(event('conversation.escalated', { customerName: null })).text,
    'The customer hung up: a Chaser call-back is due.',
  );
});

test("each alert kind and event type has its own label and principles (F4/F5/F6 by the promise's kind)", () => {
  const cases: Array<[ReturnType<typeof event> | { kind: string; message: string }, string, string[]]> = [
    [{ kind: 'abuse', message: 'the customer is being abusive (B1–B3)' }, 'Abuse', ['B1', 'B2', 'B3']],
    [{ kind: 'anger_peak', message: 'the customer is furious' }, 'Anger peak', ['L2']],
    [{ kind: 'hangup', message: 'the customer hung up' }, 'Hang-up', ['F5']],
    [event('conversation.escalated', { reason: 'customer hang-up' }), 'Chaser owed', ['F5']],
    [event('commitment.due', { kind: 'callback' }), 'Promise due', ['F4']],
    [event('commitment.overdue', { kind: 'chaser' }), 'Promise overdue', ['F5']],
    [event('commitment.overdue', { kind: 'supervisor_follow_up' }), 'Promise overdue', ['F6']],
    [event('commitment.completed', { kind: 'report_back' }), 'Promise kept', ['F4']],
    [event('case.created'), 'Case opened', ['P3']],
    [event('case.closed'), 'Case closed', ['P2']],
  ];
  for (const [alert, label, principles] of cases) {
    const look = describeAlert(alert);
    assert.equal(look.label, label, JSON.stringify(alert));
    assert.deepEqual(look.principles, principles, JSON.stringify(alert));
    assert.ok(look.text.length > 0);
  }
  assert.equal(
    describeAlert(event('commitment.overdue', { kind: 'chaser' })).text,
    'A Chaser call-back is overdue: follow it up now.',
  );
});

test('the live Abuse alert and the stored conversation.abusive event of one conversation are one row', () => {
  const live = (kind: string, conversationId: string | null) => ({ kind, message: kind, conversationId });
  const stored = (type: string, conversationId: string) => ({ ...event(type, { conversationId }), conversationId });
  let list = mergeAlert([], live('abuse', 'c1'), 50);
  list = mergeAlert(list, live('anger_peak', 'c1'), 50);
  list = mergeAlert(list, live('abuse', 'c2'), 50);
  list = mergeAlert(list, stored('conversation.abusive', 'c1'), 50);
  assert.deepEqual(
    list.map((a) => `${describeAlert(a).label}:${a.conversationId}`),
    ['Abusive conversation:c1', 'Abuse:c2', 'Anger peak:c1'],
  );
  // A hang-up and the Chaser owed for it, likewise; alerts without a conversation never merge.
  list = mergeAlert(mergeAlert([], live('hangup', 'c3'), 50), stored('conversation.escalated', 'c3'), 50);
  assert.deepEqual(
    list.map((a) => describeAlert(a).label),
    ['Chaser owed'],
  );
  assert.equal(mergeAlert(mergeAlert([], live('abuse', null), 50), live('abuse', null), 50).length, 2);
  assert.equal(mergeAlert(list, live('anger_peak', 'c9'), 1).length, 1);
});
