import Sentiment from 'sentiment';
import vader from 'vader-sentiment';

/** A baseline that gives one number per text, higher meaning angrier; thresholds are tuned on the eval split. */
export interface Baseline {
  name: string;
  score(text: string): number;
}

const afinn = new Sentiment();

/** VADER: negated compound polarity (the more negative, the angrier). */
export const VADER: Baseline = {
  name: 'VADER (vader-sentiment)',
  score: (text) => -vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
};

/** AFINN-165 via `sentiment`: negated total word score. */
export const AFINN: Baseline = {
  name: 'AFINN (sentiment)',
  score: (text) => -afinn.analyze(text).score,
};
