/** Builds one weights file from labels of several (the session-10b rule ships a label from the candidate or the incumbent). */
import { REPLY_LABEL_NAMES, type ReplyLabel } from '../../src/core/coach/labels.ts';
import { type LintClassifierFile, loadLintClassifier } from '../../src/core/coach/lint/classifier/classifier.ts';

/**
 * A file holding, for each label of `pick` (label → index into `files`), that file's weights, bias, threshold, scale
 * and feature families, in the labels' canonical order. Files must share their base space (hashBits) and carry no deep
 * half; the extra space is the files' own where any picked label uses it. Scores of a picked label are the same as in
 * its own file.
 */
export function mergeFiles(
  files: readonly LintClassifierFile[],
  pick: ReadonlyMap<ReplyLabel, number>,
): LintClassifierFile {
  const models = files.map(loadLintClassifier);
  const hashBits = models[0]?.hashBits ?? 14;
  if (files.some((f) => f.deep !== undefined) || models.some((m) => m.hashBits !== hashBits))
    throw new Error('merge: files differ in hashBits or carry a deep half');
  const labels = REPLY_LABEL_NAMES.filter((l) => pick.has(l));
  const source = labels.map((l) => {
    const k = pick.get(l) ?? 0;
    const m = models[k];
    const i = m?.labels.indexOf(l) ?? -1;
    if (m === undefined || i < 0) throw new Error(`merge: file ${k} has no ${l}`);
    return { m, i };
  });
  const flags = source.map(({ m, i }) => m.labelFeatures[i] ?? 0);
  const extra = flags.some((f) => f !== 0);
  const extraBits = source.find(({ m, i }) => (m.labelFeatures[i] ?? 0) !== 0)?.m.extraBits ?? hashBits;
  if (extra && source.some(({ m, i }) => (m.labelFeatures[i] ?? 0) !== 0 && m.extraBits !== extraBits))
    throw new Error('merge: picked labels use extra spaces of different sizes');
  const rows = (1 << hashBits) + (extra ? 1 << extraBits : 0);
  const width = labels.length;
  const buckets: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let b = 0; b < rows; b++) {
    const row = source.map(({ m, i }) => {
      const w = m.labels.length;
      return b * w + i < m.weights.length ? (m.weights[b * w + i] ?? 0) : 0;
    });
    if (row.every((q) => q === 0)) continue;
    buckets.push(b - last);
    last = b;
    weights.push(...row);
  }
  const pickOf = (k: keyof Pick<LintClassifierFile, 'bias' | 'thresholds' | 'scales'>): number[] =>
    labels.map((l) => {
      const f = files[pick.get(l) ?? 0] as LintClassifierFile;
      return f[k][f.labels.indexOf(l)] ?? 0;
    });
  if (width === 0) throw new Error('merge: no labels picked');
  const vetoes = labels.map((l) => {
    const f = files[pick.get(l) ?? 0] as LintClassifierFile;
    return f.vetoes?.[f.labels.indexOf(l)] ?? null;
  });
  return {
    hashBits,
    ...(extra ? { labelFeatures: flags, extraBits } : {}),
    labels: [...labels],
    bias: pickOf('bias'),
    thresholds: pickOf('thresholds'),
    ...(vetoes.some((v) => v !== null) ? { vetoes } : {}),
    scales: pickOf('scales'),
    buckets,
    weights,
  };
}
