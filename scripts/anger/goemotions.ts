import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** GoEmotions label ids (0-based lines of emotions.txt) that make up the anger signals. */
export const ANGER_ID = 2;
export const CLUSTER_IDS: readonly number[] = [2, 3, 11]; // anger, annoyance, disgust

export interface LabelledText {
  text: string;
  labels: readonly number[];
}

/** The shared data folder, resolved relative to the repository root (never copied into the repo). */
export const sharedData = (...parts: string[]): string => resolve(process.cwd(), '..', 'shared', 'data', ...parts);

/** Parses GoEmotions TSV: `text<TAB>ids<TAB>comment id`, one row a line. */
export function parseGoEmotions(tsv: string, source: string): LabelledText[] {
  const rows: LabelledText[] = [];
  tsv.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const [text, ids] = line.split('\t');
    if (text === undefined || ids === undefined) throw new Error(`${source}:${i + 1}: expected text<TAB>labels`);
    rows.push({ text, labels: ids.split(',').map(Number) });
  });
  return rows;
}

/** GoEmotions `train` and `dev` ship in ../shared/data; `test` is kept aside and read only where it is present. */
export const goEmotionsFile = (split: 'train' | 'dev' | 'test'): string => sharedData('goemotions', `${split}.tsv`);

/** A GoEmotions TSV file by path (the kept-aside test split lives wherever the evaluator keeps it). */
export const readGoEmotionsFile = (file: string): LabelledText[] => parseGoEmotions(readFileSync(file, 'utf8'), file);

export const readGoEmotions = (split: 'train' | 'dev'): LabelledText[] => readGoEmotionsFile(goEmotionsFile(split));

/** Customer-service examples written for this project (project's own data, Apache-2.0 with the code). */
export const readCustomerServiceExamples = (): LabelledText[] => {
  const file = resolve(import.meta.dirname, 'examples', 'customer-service.tsv');
  return parseGoEmotions(readFileSync(file, 'utf8'), file);
};

export const isAnger = (row: LabelledText): boolean => row.labels.includes(ANGER_ID);
export const isCluster = (row: LabelledText): boolean => row.labels.some((id) => CLUSTER_IDS.includes(id));
