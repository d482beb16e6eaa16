import type { AngerLevel } from './types.ts';

/**
 * In-domain complaint intensity: the cues a support agent hears in a complaint (repeat contacts, waiting,
 * stakes, accusations, shouting) that a model trained on Reddit comments reads as calm. Rules as data.
 */
interface IntensityCue {
  id: string;
  weight: number;
  pattern: RegExp;
  /** Count every match (global pattern) up to this many, instead of firing once. */
  cap?: number;
}

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless)`;

export const INTENSITY_CUES: readonly IntensityCue[] = [
  {
    id: 'hostility',
    weight: 0.35,
    cap: 2,
    pattern:
      /\b(?:lie[ds]?|lying|liars?|lied to|robb\w*|steal\w*|scam\w*|rip-?off|ridiculous|unacceptable|outrageous|disgusting|disgraceful|insane|a joke|this is a joke|worst|sucks?|pathetic|useless|incompetent|i'?m done|i am done|done being|fed up|sick (?:and tired )?of|had enough|unbelievable|switching|cancel+(?:ing)? my|take my business|never again|furious|livid|angry|how dare|absurd|shameful|appalling)\b/gi,
  },
  {
    id: 'repeat_contact',
    weight: 0.25,
    pattern: new RegExp(
      String.raw`\b(?:(?:called|rang|contacted|asked|emailed|written|chatted|complained|phoned|messaged|been told)\s+(?:\w+\s+){0,3}?${NUMBER}\s+times|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time|again)\b`,
      'i',
    ),
  },
  {
    id: 'waiting',
    weight: 0.2,
    pattern: new RegExp(
      String.raw`\b${NUMBER}\s+(?:(?:whole|full|more|straight)\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b|\bsince (?:last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d)`,
      'i',
    ),
  },
  { id: 'nobody', weight: 0.15, pattern: /\b(?:still|nobody|no one|never|nothing|no-one)\b/i },
  {
    id: 'stakes',
    weight: 0.2,
    pattern:
      /\b(?:kids?|children|daughter|son|baby|toddlers?|surgery|hospital|wedding|funeral|rent|mortgage|insulin|medication|prescription|work from home|lost (?:\w+ )?(?:pay|money|sales|business)|freezing|no heat\w*|evicted|overdraft|late fee|medical|elderly)\b/i,
  },
  {
    id: 'shouting',
    weight: 0.25,
    cap: 2,
    pattern:
      /\b(?!(?:ATM|USA|UK|PIN|SMS|TV|ID|OK|DM|PM|AM|GPS|WIFI|LTE|VPN|ISP|FAQ|CEO|HR|IT|API|URL|PDF|USB)\b)[A-Z]{3,}\b/g,
  },
  { id: 'exclaim', weight: 0.1, pattern: /!/ },
  { id: 'exclaim_run', weight: 0.2, pattern: /!{2,}|\?!|!\?|\?{2,}/ },
  {
    id: 'profanity',
    weight: 0.3,
    pattern: /\b(?:f[u*]c?k\w*|f\*+\w*|sh[i*]t\w*|bullsh\w*|damn\w*|hell|crap\w*|wtf|bs|screw\w*|pissed)\b/i,
  },
  {
    id: 'mild',
    weight: -0.3,
    pattern:
      /\b(?:kind of|kinda|a bit|a little|bit of|slightly|just a heads up|heads-up|no worries|tbh|i think|wondering|quick question|minor|not a big deal|no rush|when you get a chance)\b/i,
  },
];

/** Score to level; the cut-offs were set against the owned test sentences and checked on in-domain labelled tweets. */
const LEVELS: ReadonlyArray<[number, AngerLevel]> = [
  [1.1, 'furious'],
  [0.55, 'angry'],
  [0.2, 'annoyed'],
];

export interface Intensity {
  score: number;
  level: AngerLevel;
  cues: string[];
}

const count = (pattern: RegExp, text: string, cap: number): number => {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < cap && pattern.exec(text) !== null) n++;
  return n;
};

/** How intense a customer's complaint reads to a support agent, from cues a general-domain model misses. */
export function complaintIntensity(text: string): Intensity {
  let score = 0;
  const cues: string[] = [];
  for (const cue of INTENSITY_CUES) {
    const hits = cue.cap === undefined ? (cue.pattern.test(text) ? 1 : 0) : count(cue.pattern, text, cue.cap);
    if (hits > 0) {
      score += cue.weight * hits;
      cues.push(cue.id);
    }
  }
  const level = LEVELS.find(([min]) => score >= min)?.[1] ?? 'calm';
  return { score: Math.round(score * 100) / 100, level, cues };
}
