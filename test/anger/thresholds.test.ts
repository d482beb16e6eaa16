import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseThresholds, type DevScores } from '../../scripts/anger/thresholds.ts';

// Dev: cluster positives score 0.6–0.9 and two negatives 0.5–0.55, so 0.6 is the best cut (F1 1.0).
const dev: DevScores = {
  anger: Float64Array.from([0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]),
  cluster: Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.6, 0.6, 0.6, 0.55, 0.5, 0.1]),
  isAnger: Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  isCluster: Uint8Array.from([1, 1, 1, 1, 1, 1, 1, 0, 0, 0]),
};

test('thresholds (L1): without calibration, annoyed maximises dev cluster F1', () => {
  assert.equal(chooseThresholds(dev).thresholds.annoyed, 0.6);
});

test('thresholds (L1): in-domain calibration lowers annoyed only within the dev F1 tolerance', () => {
  // In-domain complaints score 0.52: a cut at 0.5 would catch them but costs dev F1 1.0 → 0.875, far over the 0.01 tolerance.
  const calibration = {
    anger: Float64Array.from([0.1, 0.1, 0.1]),
    cluster: Float64Array.from([0.52, 0.52, 0.1]),
    notCalm: Uint8Array.from([1, 1, 0]),
  };
  const chosen = chooseThresholds(dev, calibration);
  assert.equal(chosen.thresholds.annoyed, 0.6);
  assert.equal(chosen.cluster.f1, 1);
});

test('thresholds (L1): in-domain calibration picks the tolerated threshold with the best in-domain F1', () => {
  // 200 dev positives at 0.7 and one negative at 0.55: cutting at 0.55 costs dev F1 only 1.0 → 0.9975, within tolerance.
  const large: DevScores = {
    anger: new Float64Array(201).fill(0.1),
    cluster: Float64Array.from({ length: 201 }, (_, i) => (i < 200 ? 0.7 : 0.55)),
    isAnger: new Uint8Array(201),
    isCluster: Uint8Array.from({ length: 201 }, (_, i) => (i < 200 ? 1 : 0)),
  };
  const calibration = {
    anger: Float64Array.from([0.1, 0.1]),
    cluster: Float64Array.from([0.6, 0.1]),
    notCalm: Uint8Array.from([1, 0]),
  };
  assert.equal(chooseThresholds(large).thresholds.annoyed, 0.7);
  const chosen = chooseThresholds(large, calibration);
  assert.equal(chosen.thresholds.annoyed, 0.55);
  assert.equal(chosen.calibrated?.recall, 1);
});
