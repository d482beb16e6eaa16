// The console's trend sentence follows the level, not a few points of the number: a customer who repeats a demand at the
// same level is "still angry", never "calmer than at the start" (the bug: 45 % after 93 % read as calmer).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { angerTrend } from '../../web/src/pages/console/anger-trend.ts';

test('the trend compares the latest level with the first', () => {
  assert.equal(angerTrend(['angry']), null);
  assert.equal(angerTrend([]), null);
  assert.equal(angerTrend(['angry', 'angry', 'angry']), 'still angry, as at the start');
  assert.equal(angerTrend(['annoyed', 'furious']), 'angrier than at the start (annoyed then)');
  assert.equal(angerTrend(['furious', 'angry', 'calm']), 'calmer than at the start (furious then)');
  assert.equal(angerTrend(['calm', 'furious', 'calm']), 'still calm, as at the start');
});
