import { readFileSync } from 'node:fs';
import { ANGER_LEVELS, type AngerLevel } from '../../src/core/signals/types.ts';
import { sharedData } from './goemotions.ts';

export interface IntensityRow {
  text: string;
  intensity: number;
}

/** WASSA-2017 EmoInt anger dev: `id<TAB>tweet<TAB>anger<TAB>score`. */
export function readWassaDev(): IntensityRow[] {
  const file = sharedData('wassa2017_emoint', 'anger-ratings-0to1.dev.gold.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const [, text, , score] = line.split('\t');
      const intensity = Number(score);
      if (text === undefined || !Number.isFinite(intensity))
        throw new Error(`${file}:${i + 1}: expected id, tweet, anger, score`);
      return { text, intensity };
    });
}

export interface LevelRow {
  text: string;
  level: AngerLevel;
}

/** The twcs-sample labelled half: `dev` ships in ../shared/data; `test` is kept aside and read only where it is present. */
export const twcsLevelsFile = (half: 'dev' | 'test'): string => sharedData('twcs-sample', `anger_labels_${half}.jsonl`);

/** twcs-sample customer tweets with hand labels calm/annoyed/angry/furious (CC BY-NC-SA: calibration and evaluation only); the dev half unless a file is given. */
export function readTwcsLevels(file = twcsLevelsFile('dev')): LevelRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as { text?: unknown; level?: unknown };
      if (typeof row.text !== 'string' || !ANGER_LEVELS.includes(row.level as AngerLevel)) {
        throw new Error(`${file}:${i + 1}: expected text and level`);
      }
      return { text: row.text, level: row.level as AngerLevel };
    });
}
