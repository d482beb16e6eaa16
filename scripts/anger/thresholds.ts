import type { AngerWeights } from '../../src/core/signals/anger/weights.ts';
import { bestThreshold, metricsAt, type BinaryMetrics } from './metrics.ts';

export interface DevScores {
  anger: Float64Array;
  cluster: Float64Array;
  isAnger: Uint8Array;
  isCluster: Uint8Array;
}

/** Precision the anger head must reach on dev before a probability alone means 'furious'. */
export const FURIOUS_PRECISION = 0.75;

/** Cluster membership under the level rule: angry by the anger head, or annoyed by the cluster head. */
export function clusterDecision(s: DevScores, angry: number, annoyed: number): Float64Array {
  return Float64Array.from(s.anger, (a, i) => (a >= angry || s.cluster[i]! >= annoyed ? 1 : 0));
}

/** Chooses the level thresholds on dev: each maximises its F1; 'furious' is where anger precision reaches FURIOUS_PRECISION. */
export function chooseThresholds(s: DevScores): { thresholds: AngerWeights['thresholds']; anger: BinaryMetrics; cluster: BinaryMetrics } {
  const anger = bestThreshold(s.anger, s.isAnger);
  const angry = Math.min(1, anger.threshold);
  let cluster: BinaryMetrics = { threshold: 1, precision: 0, recall: 0, f1: -1 };
  const candidates = [...new Set(Array.from(s.cluster, (c) => Math.round(c * 2000) / 2000))].sort((a, b) => a - b);
  for (const t of candidates) {
    const m = metricsAt(clusterDecision(s, angry, t), s.isCluster, 0.5);
    if (m.f1 > cluster.f1) cluster = { ...m, threshold: t };
  }
  const sorted = Array.from(s.anger).sort((a, b) => a - b).filter((a) => a > angry);
  let furious = 1;
  for (const t of sorted) {
    if (metricsAt(s.anger, s.isAnger, t).precision >= FURIOUS_PRECISION) {
      furious = t;
      break;
    }
  }
  return { thresholds: { annoyed: cluster.threshold, angry, furious, furiousCues: 2 }, anger, cluster };
}
