import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recommendConcession, type ConcessionContext } from './concession-advisor.ts';

const policy = { concessionApprovalThresholdCents: 10_000, currency: 'GBP' };
const base: ConcessionContext = {
  severity: 'medium',
  companyAtFault: true,
  customer: { monthlyRevenueCents: 5_000, lifetimeRevenueCents: 60_000, tenureYears: 1, contractEndsInDays: null },
  priorConcessions12m: 0,
};
const advise = (change: Partial<ConcessionContext>) => {
  const result = recommendConcession({ ...base, ...change }, policy);
  assert.ok(result.success);
  return result.data;
};
const effect = (change: Partial<ConcessionContext>, factor: string) =>
  advise(change).factors.find((f) => f.factor === factor);

test('R5 the baseline: a medium failure the company caused earns a service credit from a month of revenue', () => {
  const r = advise({});
  assert.equal(r.kind, 'service_credit');
  assert.deepEqual([r.minCents, r.maxCents, r.currency], [500, 2_500, 'GBP']);
  assert.deepEqual(
    r.factors.map((f) => f.factor),
    ['severity', 'fault', 'value', 'retention', 'history'],
  );
});

const severity: [ConcessionContext['severity'], string, number][] = [
  ['low', 'apology', 1],
  ['medium', 'service_credit', 2],
  ['high', 'refund', 3],
  ['critical', 'goodwill', 4],
];
for (const [level, kind, steps] of severity) {
  test(`R5 severity factor: a ${level} failure is worth ${steps} step(s), so ${kind}`, () => {
    assert.equal(effect({ severity: level }, 'severity')?.levels, steps);
    assert.equal(advise({ severity: level }).kind, kind);
  });
}

const fault: [boolean | null, number, string][] = [
  [true, 0, 'service_credit'],
  [null, -1, 'apology'],
  [false, -2, 'none'],
];
for (const [atFault, steps, kind] of fault) {
  test(`A4 fault factor: company at fault = ${atFault} moves ${steps} step(s), so ${kind}`, () => {
    assert.equal(effect({ companyAtFault: atFault }, 'fault')?.levels, steps);
    assert.equal(advise({ companyAtFault: atFault }).kind, kind);
  });
}

const value: [string, number, number, number][] = [
  ['a key account by monthly revenue', 50_000, 0, 1],
  ['a key account by lifetime revenue', 0, 1_000_000, 1],
  ['a standard customer', 5_000, 60_000, 0],
  ['a low-revenue customer', 1_000, 10_000, -1],
];
for (const [name, monthly, lifetime, steps] of value) {
  test(`V1 value factor: ${name} moves ${steps} step(s)`, () => {
    const customer = { ...base.customer, monthlyRevenueCents: monthly, lifetimeRevenueCents: lifetime };
    assert.equal(effect({ customer }, 'value')?.levels, steps);
  });
}

const retention: [number, number | null, number][] = [
  [5, 30, 1],
  [5, 200, 0],
  [1, 30, 0],
  [5, null, 0],
];
for (const [tenure, endsIn, steps] of retention) {
  test(`V1 retention factor: ${tenure} years with the contract ending in ${endsIn} days moves ${steps} step(s)`, () => {
    const customer = { ...base.customer, tenureYears: tenure, contractEndsInDays: endsIn };
    assert.equal(effect({ customer }, 'retention')?.levels, steps);
  });
}

const history: [number, number, boolean, string][] = [
  [0, 0, false, 'no concessions in the last 12 months: no change'],
  [1, 0, false, 'one concession in the last 12 months: no change'],
  [2, -1, true, '2 concessions in the last 12 months raise expectations: one step down'],
  [5, -1, true, '5 concessions in the last 12 months raise expectations: one step down'],
];
for (const [prior, steps, risk, reason] of history) {
  test(`R5 history factor: ${prior} prior concession(s) in 12 months moves ${steps} step(s)${risk ? ' and flags expectation inflation' : ''}`, () => {
    const r = advise({ priorConcessions12m: prior, severity: 'high' });
    assert.equal(r.factors.find((f) => f.factor === 'history')?.levels, steps);
    assert.equal(r.factors.find((f) => f.factor === 'history')?.reason, reason);
    assert.equal(r.expectationInflationRisk, risk);
  });
}

test('R1 request factor: never more than the customer asked for, in kind and amount', () => {
  const r = advise({ severity: 'critical', requested: { kind: 'service_credit', amountCents: 3_000 } });
  assert.equal(r.kind, 'service_credit');
  assert.deepEqual([r.minCents, r.maxCents], [300, 1_500]);
  assert.equal(r.factors.at(-1)?.factor, 'request');
  assert.equal(advise({ requested: { kind: 'apology' } }).kind, 'apology');
});

test('R5 approval factor: a range above the org threshold (100.00) needs a supervisor', () => {
  const small = advise({ requested: { kind: 'refund', amountCents: 9_000 } });
  assert.equal(small.requiresApproval, false);
  const big = advise({ severity: 'high', requested: { kind: 'refund', amountCents: 12_000 } });
  assert.equal(big.requiresApproval, true);
  assert.match(big.factors.at(-1)?.reason ?? '', /supervisor must approve/);
});

test('R5 a negative requested amount is refused by name', () => {
  const result = recommendConcession({ ...base, requested: { kind: 'refund', amountCents: -1 } }, policy);
  assert.ok(!result.success);
  assert.equal(result.error.code, 'invalid_input');
  assert.equal(result.error.path, 'requested.amountCents');
});

test('R5 restitution: a duplicate charge the company took is recommended back in full, goodwill weighed on top (V1)', () => {
  const r = advise({ requested: { kind: 'refund', amountCents: 8_999 } });
  assert.equal(r.kind, 'refund');
  assert.equal(r.restitutionCents, 8_999);
  // A standard customer: up to 10% of a month's revenue (5,000) on top.
  assert.deepEqual([r.minCents, r.maxCents], [8_999, 9_499]);
  assert.equal(r.factors[0]?.factor, 'restitution');
  assert.match(r.factors[0]!.reason, /took 89\.99 GBP in error: give it back in full/);
  assert.ok(r.factors.some((f) => f.factor === 'goodwill' && f.principle === 'V1'));
  assert.equal(r.requiresApproval, false);
});

test('R5 restitution is never cut by low value or history; only the goodwill on top is', () => {
  const low = advise({
    requested: { kind: 'refund', amountCents: 8_999 },
    customer: { monthlyRevenueCents: 1_000, lifetimeRevenueCents: 5_000, tenureYears: 0, contractEndsInDays: null },
    priorConcessions12m: 3,
  });
  assert.deepEqual([low.minCents, low.maxCents, low.restitutionCents], [8_999, 8_999, 8_999]);
  const key = advise({
    requested: { kind: 'refund', amountCents: 8_999 },
    customer: { monthlyRevenueCents: 60_000, lifetimeRevenueCents: 2_000_000, tenureYears: 5, contractEndsInDays: 30 },
  });
  // Key account (+1) renewing (+1): 50–100% of a month on top.
  assert.deepEqual([key.minCents, key.maxCents], [8_999 + 30_000, 8_999 + 60_000]);
});

test('R5 a wrongful charge stated outright is restitution even when nothing was requested', () => {
  const r = advise({ wrongfulChargeCents: 8_999 });
  assert.equal(r.restitutionCents, 8_999);
  assert.ok(r.minCents >= 8_999);
});

test('A4 a refund asked while fault is not established is weighed as before, not restitution', () => {
  const r = advise({ companyAtFault: null, requested: { kind: 'refund', amountCents: 8_999 } });
  assert.equal(r.restitutionCents, 0);
  assert.ok(r.factors.every((f) => f.factor !== 'restitution'));
});

test('R5 the approval threshold applies to the case total, and the reason says so', () => {
  const r = advise({ requested: { kind: 'refund', amountCents: 8_999 }, caseTotalCents: 3_500 });
  assert.equal(r.requiresApproval, true);
  const approval = r.factors.find((f) => f.factor === 'approval');
  assert.match(
    approval!.reason,
    /with 35\.00 GBP already approved or pending on this case, up to 129\.99 GBP in all is above the 100\.00 GBP approval threshold/,
  );
  const bad = recommendConcession({ ...base, caseTotalCents: -5 }, policy);
  assert.deepEqual(bad.success ? null : bad.error.path, 'caseTotalCents');
});
