/** Exponential backoff for webhook retries: first delay doubles each attempt, capped, until the retry window closes. */
const MAX_DELAY_SECONDS = 3 * 3600;

/** Seconds to wait after failed attempt number `attempt` (1-based). */
export const retryDelaySeconds = (attempt: number, firstSeconds: number): number =>
  Math.min(MAX_DELAY_SECONDS, firstSeconds * 2 ** Math.max(0, attempt - 1));

/** When the next try is due, or null when the window (e.g. 24 h after the event) has closed. */
export function nextAttemptAt(
  attempt: number,
  now: Date,
  createdAt: Date,
  options: { firstSeconds: number; windowHours: number },
): Date | null {
  const next = new Date(now.getTime() + retryDelaySeconds(attempt, options.firstSeconds) * 1000);
  const deadline = createdAt.getTime() + options.windowHours * 3_600_000;
  return next.getTime() > deadline ? null : next;
}
