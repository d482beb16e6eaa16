import { detectAbuse } from '../signals/abuse.ts';
import type { AngerModel } from '../signals/types.ts';
import { ANGER_LEVELS, angerRank } from '../signals/types.ts';
import { complaintIntensity } from '../signals/intensity.ts';
import { detectVenting } from '../signals/venting.ts';
import type { CustomerSignals } from './types.ts';

// Above this anger probability the model's 'angry' stands even against hedged wording.
const HEDGED_ANGER_CEILING = 0.5;

/** Signals for one customer turn: anger, directed abuse, venting and the pause after it (L1, A1, B1). */
export function analyzeCustomerTurn(text: string, model: AngerModel, wasVenting: boolean): CustomerSignals {
  const scored = model.score(text);
  const abuse = detectAbuse(text);
  // The model reads general-domain anger; complaint cues lift it where it reads a support complaint as calm.
  const intensity = complaintIntensity(text);
  // Hedged words ("a bit", "kind of", "just wondering") with no complaint cue to outweigh them read as annoyance,
  // even where the general-domain model leans to anger without conviction.
  const modelLevel =
    scored.level === 'angry' && scored.anger < HEDGED_ANGER_CEILING && intensity.score < 0 ? 'annoyed' : scored.level;
  // Abuse aimed at the agent is the top of the scale whatever the words' anger score (B1).
  const level =
    abuse.length > 0 ? 'furious' : ANGER_LEVELS[Math.max(angerRank(modelLevel), angerRank(intensity.level))]!;
  const anger = scored.anger;
  const venting = detectVenting(text).venting;
  // The pause: the previous turn was an outburst and this one is not, or the anger has dropped to annoyed or below.
  const pause = wasVenting && (!venting || angerRank(level) <= 1);
  return { anger, level, abuse, venting: venting && !pause, pause };
}
