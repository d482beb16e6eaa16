import type { AngerWeights } from '../../src/core/signals/anger/weights.ts';
import { bestThreshold, metricsAt, type BinaryMetrics } from './metrics.ts';

export interface DevScores {
  anger: Float64Array;
  cluster: Float64Array;
  isAnger: Uint8Array;
  isCluster: Uint8Array;
}

/** In-domain rows (twcs customer tweets) whose not-calm recall the 'annoyed' threshold may trade a little dev F1 for. */
export interface Calibration {
  cluster: Float64Array;
  anger: Float64Array;
  notCalm: Uint8Array;
}

/** How much GoEmotions dev cluster F1 the in-domain calibration may give up. */
export const CALIBRATION_TOLERANCE = 0.01;

/** Precision the anger head must reach on dev before a probability alone means 'furious'. */
export const FURIOUS_PRECISION = 0.75;

/** Cluster membership under the level rule: angry by the anger head, or annoyed by the cluster head. */
export function clusterDecision(s: DevScores, angry: number, annoyed: number): Float64Array {
  return Float64Array.from(s.anger, (a, i) => (a >= angry || s.cluster[i]! >= annoyed ? 1 : 0));
}

/**
 * Chooses the level thresholds on dev: 'angry' maximises anger F1; 'annoyed' maximises cluster F1, or, given an in-domain
 * calibration set, maximises its not-calm F1 among thresholds within CALIBRATION_TOLERANCE of the best dev cluster F1;
 * 'furious' is where anger precision reaches FURIOUS_PRECISION.
 */
export function chooseThresholds(
  s: DevScores,
  calibration?: Calibration,
): {
  thresholds: AngerWeights['thresholds'];
  anger: BinaryMetrics;
  cluster: BinaryMetrics;
  devBestCluster: BinaryMetrics;
  calibrated?: BinaryMetrics;
} {
  const anger = bestThreshold(s.anger, s.isAnger);
  const angry = Math.min(1, anger.threshold);
  const candidates = [...new Set(Array.from(s.cluster, (c) => Math.round(c * 2000) / 2000))].sort((a, b) => a - b);
  const onDev = candidates.map((t) => ({ ...metricsAt(clusterDecision(s, angry, t), s.isCluster, 0.5), threshold: t }));
  let cluster = onDev.reduce((best, m) => (m.f1 > best.f1 ? m : best), {
    threshold: 1,
    precision: 0,
    recall: 0,
    f1: -1,
  });
  const devBestCluster = cluster;
  let calibrated: BinaryMetrics | undefined;
  if (calibration) {
    const floor = cluster.f1 - CALIBRATION_TOLERANCE;
    for (const m of onDev.filter((d) => d.f1 >= floor)) {
      const inDomain = metricsAt(
        clusterDecision({ ...s, ...calibration }, angry, m.threshold),
        calibration.notCalm,
        0.5,
      );
      if (!calibrated || inDomain.f1 > calibrated.f1) {
        calibrated = { ...inDomain, threshold: m.threshold };
        cluster = m;
      }
    }
  }
  const sorted = Array.from(s.anger)
    .sort((a, b) => a - b)
    .filter((a) => a > angry);
  let furious = 1;
  for (const t of sorted) {
    if (metricsAt(s.anger, s.isAnger, t).precision >= FURIOUS_PRECISION) {
      furious = t;
      break;
    }
  }
  return {
    thresholds: { annoyed: cluster.threshold, angry, furious, furiousCues: 2 },
    anger,
    cluster,
    devBestCluster,
    ...(calibrated ? { calibrated } : {}),
  };
}
