import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complaintIntensity } from './intensity.ts';
import { angerRank, type AngerLevel } from './types.ts';

const AT_LEAST: Array<[string, AngerLevel]> = [
  ["I've called four times this week and nobody has fixed my internet. I work from home!", 'angry'],
  ['This is RIDICULOUS. Three weeks waiting for a refund!!', 'angry'],
  ['You lied to me about the contract and I am done with your company.', 'angry'],
  ['My prescription still is not ready after four days.', 'annoyed'],
  ['The delivery is late again.', 'annoyed'],
];
const AT_MOST: Array<[string, AngerLevel]> = [
  ['Hi, quick question: how do I change my billing address?', 'calm'],
  ['Thanks, that worked perfectly.', 'calm'],
  ['Just a heads up, my order came without the napkins. No worries.', 'calm'],
  ['My order arrived with the wrong colour, kind of annoying tbh.', 'annoyed'],
];

for (const [text, level] of AT_LEAST) {
  test(`L1 complaint intensity reads at least ${level}: ${JSON.stringify(text)}`, () => {
    const result = complaintIntensity(text);
    assert.ok(angerRank(result.level) >= angerRank(level), `${result.level} ${result.cues}`);
  });
}
for (const [text, level] of AT_MOST) {
  test(`L1 complaint intensity reads at most ${level}: ${JSON.stringify(text)}`, () => {
    const result = complaintIntensity(text);
    assert.ok(angerRank(result.level) <= angerRank(level), `${result.level} ${result.cues}`);
  });
}
