import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASE_TRANSITIONS, planCaseTransition } from './case-lifecycle.ts';
import { CASE_STATES, type CaseState } from './types.ts';

const allowed: [CaseState, string, CaseState][] = [
  ['received', 'acknowledge', 'acknowledged'],
  ['acknowledged', 'investigate', 'investigating'],
  ['investigating', 'propose_resolution', 'resolution_proposed'],
  ['resolution_proposed', 'reject_proposal', 'investigating'],
  ['resolution_proposed', 'resolve', 'resolved'],
  ['resolved', 'close', 'closed'],
  ['closed', 'reopen', 'investigating'],
  ['resolved', 'reopen', 'investigating'],
];
for (const [from, action, to] of allowed) {
  test(`lifecycle: ${action} moves a ${from} case to ${to}`, () => {
    const plan = planCaseTransition({ state: from, action, openCommitments: [] });
    assert.ok(plan.success);
    assert.equal(plan.data.to, to);
  });
}

test('lifecycle: every action not in the table is refused with invalid_transition naming the state', () => {
  let refused = 0;
  for (const state of CASE_STATES) {
    for (const [action, rule] of Object.entries(CASE_TRANSITIONS)) {
      if ((rule.from as readonly string[]).includes(state)) continue;
      const plan = planCaseTransition({ state, action, openCommitments: [] });
      assert.ok(!plan.success);
      assert.equal(plan.error.code, 'invalid_transition');
      assert.match(plan.error.message, new RegExp(`cannot ${action} a case that is ${state}`));
      refused += 1;
    }
  }
  assert.ok(refused > 10);
});

test('lifecycle: an unknown action is refused and the known ones are listed', () => {
  const plan = planCaseTransition({ state: 'received', action: 'teleport', openCommitments: [] });
  assert.ok(!plan.success);
  assert.equal(plan.error.code, 'invalid_transition');
  assert.match(plan.error.message, /unknown action "teleport".*acknowledge/);
});

test('F4 a case cannot close with an open commitment that is not waived with a reason', () => {
  const open = [{ id: 'c1', kind: 'callback' as const }];
  for (const waivers of [undefined, {}, { c1: '   ' }]) {
    const plan = planCaseTransition({
      state: 'resolved',
      action: 'close',
      openCommitments: open,
      ...(waivers ? { waivers } : {}),
    });
    assert.ok(!plan.success);
    assert.equal(plan.error.path, 'waivers');
    assert.match(plan.error.message, /callback c1/);
  }
});

test('F4 closing with every open commitment waived records each reason', () => {
  const open = [
    { id: 'c1', kind: 'callback' as const },
    { id: 'c2', kind: 'report_back' as const },
  ];
  const plan = planCaseTransition({
    state: 'resolved',
    action: 'close',
    openCommitments: open,
    waivers: { c1: 'customer declined', c2: ' no longer reachable ' },
  });
  assert.ok(plan.success);
  assert.deepEqual(plan.data.waive, [
    { id: 'c1', reason: 'customer declined' },
    { id: 'c2', reason: 'no longer reachable' },
  ]);
  assert.equal(plan.data.outcome, 'resolved');
  assert.equal(plan.data.needsSupervisorFollowUp, false);
});

test('F6 closing a case that was never resolved marks it unresolved and owes a supervisor follow-up', () => {
  for (const state of ['received', 'acknowledged', 'investigating', 'resolution_proposed'] as const) {
    const plan = planCaseTransition({ state, action: 'close', openCommitments: [] });
    assert.ok(plan.success);
    assert.equal(plan.data.outcome, 'unresolved');
    assert.equal(plan.data.needsSupervisorFollowUp, true);
  }
});

test('regulatory clocks: acknowledging meets the acknowledgement clock, resolving the final-response clock', () => {
  const open = [
    { id: 'a', kind: 'acknowledgement' as const },
    { id: 'f', kind: 'final_response' as const },
    { id: 'k', kind: 'callback' as const },
  ];
  const ack = planCaseTransition({ state: 'received', action: 'acknowledge', openCommitments: open });
  assert.ok(ack.success);
  assert.deepEqual(ack.data.fulfil, ['a']);
  const resolve = planCaseTransition({ state: 'investigating', action: 'resolve', openCommitments: open });
  assert.ok(resolve.success);
  assert.deepEqual(resolve.data.fulfil, ['f']);
});
