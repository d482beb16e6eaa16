import { detectAbuse } from '../signals/abuse.ts';
import type { AngerModel } from '../signals/types.ts';
import { angerRank } from '../signals/types.ts';
import { detectVenting } from '../signals/venting.ts';
import type { CustomerSignals } from './types.ts';

/**
 * Signals for one customer turn: anger, directed abuse, venting and the pause after it (L1, A1, B1). The anger is the
 * model's one calibrated reading, as `defuse score` gives it: the level is never adjusted here, so it always matches the
 * number. Abuse aimed at the agent is its own signal (B1), read beside the anger, not folded into it.
 */
export function analyzeCustomerTurn(text: string, model: AngerModel, wasVenting: boolean): CustomerSignals {
  const reading = model.score(text);
  const abuse = detectAbuse(text);
  const venting = detectVenting(text).venting;
  // The pause: the previous turn was an outburst and this one is not, or the anger has dropped to annoyed or below.
  const pause = wasVenting && (!venting || (reading.level !== null && angerRank(reading.level) <= 1));
  const signals: CustomerSignals = {
    anger: reading.anger,
    level: reading.level,
    language: reading.language,
    abuse,
    venting: venting && !pause,
    pause,
  };
  if (!reading.scored) signals.notScored = reading.reason;
  return signals;
}
