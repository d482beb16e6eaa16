import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eligibleForRouting, routeCase, type RoutingCandidate, type RoutingRule } from './routing.ts';

const rules: RoutingRule[] = [
  { name: 'key accounts', when: { minMonthlyRevenueCents: 100_000 }, assign: { role: 'supervisor' } },
  { name: 'billing', when: { categories: ['billing'] }, assign: { teamId: 'team-billing' } },
  { name: 'outages', when: { categories: ['outage'], severities: ['high', 'critical'] }, assign: { skill: 'network' } },
];
const people: RoutingCandidate[] = [
  { userId: 'ann', teamId: 'team-billing', role: 'agent', skills: [], openCases: 4, active: true },
  { userId: 'bob', teamId: 'team-billing', role: 'agent', skills: [], openCases: 1, active: true },
  { userId: 'cat', teamId: 'team-tech', role: 'agent', skills: ['network'], openCases: 2, active: true },
  { userId: 'dan', teamId: 'team-tech', role: 'supervisor', skills: ['network'], openCases: 6, active: true },
  { userId: 'eve', teamId: 'team-tech', role: 'agent', skills: ['network'], openCases: 0, active: false },
];

const cases: [
  string,
  { category: string | null; severity: 'low' | 'high'; revenue: number },
  string | null,
  string | null,
][] = [
  [
    'R3 category: a billing case goes to the least-loaded billing agent',
    { category: 'billing', severity: 'low', revenue: 0 },
    'billing',
    'bob',
  ],
  [
    'R3 skill: a severe outage goes to an active network specialist',
    { category: 'outage', severity: 'high', revenue: 0 },
    'outages',
    'cat',
  ],
  [
    'R3 value: a key account goes to a supervisor whatever the category',
    { category: 'billing', severity: 'low', revenue: 200_000 },
    'key accounts',
    'dan',
  ],
  [
    'R3 load: with no rule the least-loaded active person takes it',
    { category: 'outage', severity: 'low', revenue: 0 },
    null,
    'bob',
  ],
];
for (const [name, input, rule, user] of cases) {
  test(name, () => {
    const decision = routeCase(
      { category: input.category, severity: input.severity, customerMonthlyRevenueCents: input.revenue },
      rules,
      people,
    );
    assert.equal(decision.rule, rule);
    assert.equal(decision.userId, user);
    assert.equal(decision.principle, 'R3');
    assert.ok(decision.reasons.length >= 2);
  });
}

test('R3 a team rule with nobody available leaves the case in that team queue', () => {
  const decision = routeCase(
    { category: 'billing', severity: 'low', customerMonthlyRevenueCents: 0 },
    rules,
    people.filter((p) => p.teamId !== 'team-billing'),
  );
  assert.equal(decision.teamId, 'team-billing');
  assert.equal(decision.userId, null);
  assert.match(decision.reasons.at(-1) ?? '', /team queue/);
});

test("R3 eligibility comes before load: only the matching rule's active people are candidates (their loads decide)", () => {
  const input = (category: string | null, severity: 'low' | 'high' = 'low') => ({
    category,
    severity,
    customerMonthlyRevenueCents: 0,
  });
  const ids = (category: string | null, severity: 'low' | 'high' = 'low') =>
    eligibleForRouting(input(category, severity), rules, people).eligible.map((p) => p.userId);
  assert.deepEqual(ids('billing'), ['ann', 'bob']);
  assert.deepEqual(ids('outage', 'high'), ['cat', 'dan'], 'eve has the skill but is inactive');
  assert.deepEqual(ids(null), ['ann', 'bob', 'cat', 'dan'], 'no rule: anyone active');
  assert.equal(eligibleForRouting(input('billing'), rules, people).rule?.name, 'billing');
  // Routing over the eligible people alone decides as routing over everyone.
  for (const [category, severity] of [
    ['billing', 'low'],
    ['outage', 'high'],
    [null, 'low'],
  ] as const) {
    const { eligible } = eligibleForRouting(input(category, severity), rules, people);
    assert.deepEqual(
      routeCase(input(category, severity), rules, eligible),
      routeCase(input(category, severity), rules, people),
    );
  }
});
