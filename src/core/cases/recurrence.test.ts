import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findRepeatComplaint, findRootCauseSpikes, weekStart } from './recurrence.ts';

const d = (iso: string) => new Date(iso);

const repeats: [string, string[], string | null][] = [
  ['P2 a new case 30 days after the last is a recurrence', ['2025-01-01T00:00:00Z'], 'c0'],
  ['P2 a new case exactly 90 days after the last is a recurrence', ['2024-12-01T00:00:00Z'], 'c0'],
  ['P2 a new case 91 days after the last is not a recurrence', ['2024-11-30T00:00:00Z'], null],
  ['P2 the most recent earlier case is the one named', ['2024-12-20T00:00:00Z', '2025-01-20T00:00:00Z'], 'c1'],
  ['P2 a first complaint is not a recurrence', [], null],
];
for (const [name, earlier, expected] of repeats) {
  test(name, () => {
    const found = findRepeatComplaint(
      d('2025-03-01T00:00:00Z'),
      earlier.map((at, i) => ({ id: `c${i}`, receivedAt: d(at) })),
    );
    assert.equal(found?.previousCaseId ?? null, expected);
    if (found) assert.equal(found.principle, 'P2');
  });
}

test('weeks start on Monday in UTC', () => {
  assert.equal(weekStart(d('2025-03-09T23:00:00Z')).toISOString(), '2025-03-03T00:00:00.000Z');
  assert.equal(weekStart(d('2025-03-10T00:00:00Z')).toISOString(), '2025-03-10T00:00:00.000Z');
});

const now = d('2025-03-12T12:00:00Z');
const week = (offset: number) => new Date(weekStart(now).getTime() - offset * 7 * 86_400_000);
const spikes: [string, number[], boolean][] = [
  ['P3 a root cause jumping from 1 a week to 6 is flagged', [6, 1, 1, 1, 1], true],
  ['P3 a steady root cause is not flagged', [5, 5, 4, 6, 5], false],
  ['P3 a jump below the minimum count is not flagged', [2, 0, 0, 0, 0], false],
  ['P3 a new root cause with 3 cases this week is flagged', [3], true],
];
for (const [name, series, flagged] of spikes) {
  test(name, () => {
    const counts = series.map((count, i) => ({ rootCauseId: 'rc', weekStart: week(i), count }));
    const found = findRootCauseSpikes(counts, now);
    assert.equal(found.length, flagged ? 1 : 0);
    if (flagged) assert.equal(found[0]?.principle, 'P3');
  });
}
