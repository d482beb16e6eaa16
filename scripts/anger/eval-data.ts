import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
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

/**
 * The never-tuned real-tweet set (eval/never-tuned/twcs-anger/labels.jsonl, session 11): the project's own labels of 500
 * customer tweets of twcs_head_dev.csv outside the labelled 350, keyed by tweet_id. The tweet text (CC BY-NC-SA) is not in
 * the repository: it is joined from ../shared/data at run time. Tweets labelled not English (or with no level) are left out.
 */
export function readTwcsNeverTuned(labelsFile: string): LevelRow[] {
  const tweets = parse(readFileSync(sharedData('twcs-sample', 'twcs_head_dev.csv')), { columns: true }) as {
    tweet_id: string;
    text: string;
  }[];
  const text = new Map(tweets.map((t) => [t.tweet_id, t.text]));
  return joinLabels(labelsFile, 'twcs_head_dev.csv', (row) => ['tweet_id', text.get(String(row.tweet_id))]);
}

/**
 * Real airline customer tweets labelled by an independent labeller by the same LABELS.md (session 13,
 * eval/never-tuned/airline-anger), keyed by `row`: the 0-based data row of twitter-airline-sentiment/tweets_dev.csv. The
 * text (CC BY-NC-SA) is not in the repository; it is joined here at run time. English rows only.
 */
export function readAirlineNeverTuned(labelsFile: string): LevelRow[] {
  const tweets = parse(readFileSync(sharedData('twitter-airline-sentiment', 'tweets_dev.csv')), { columns: true }) as {
    text: string;
  }[];
  return joinLabels(labelsFile, 'tweets_dev.csv', (row) => ['row', tweets[Number(row.row)]?.text]);
}

/** Joins a never-tuned labels file to its text; `lookup` names the key and finds the text (undefined: not found). */
function joinLabels(
  labelsFile: string,
  source: string,
  lookup: (row: Record<string, unknown>) => [key: string, text: string | undefined],
): LevelRow[] {
  return readFileSync(labelsFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line, i) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      const [key, tweet] = lookup(row);
      if (tweet === undefined)
        throw new Error(`${labelsFile}:${i + 1}: ${key} ${String(row[key])} is not in ${source}`);
      if (row.lang !== undefined && row.lang !== 'en') return [];
      if (!ANGER_LEVELS.includes(row.level as AngerLevel)) return [];
      return [{ text: tweet, level: row.level as AngerLevel }];
    });
}

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
