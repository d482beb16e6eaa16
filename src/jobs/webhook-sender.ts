/** One HTTP attempt of one delivery: signed JSON POST with a timeout; never throws. */
import { DELIVERY_ID_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signPayload } from '../webhooks/signature.ts';

export interface AttemptResult {
  ok: boolean;
  responseCode: number | null;
  error: string | null;
  durationMs: number;
}

export async function sendWebhook(input: {
  url: string;
  secret: string;
  event: string;
  idempotencyKey: string;
  payload: unknown;
  now: Date;
  timeoutMs: number;
}): Promise<AttemptResult> {
  const body = JSON.stringify(input.payload);
  const timestamp = Math.floor(input.now.getTime() / 1000);
  const started = performance.now();
  try {
    const response = await fetch(input.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'defuse-webhooks/1',
        [SIGNATURE_HEADER]: signPayload(input.secret, timestamp, body),
        [DELIVERY_ID_HEADER]: input.idempotencyKey,
        [EVENT_HEADER]: input.event,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(input.timeoutMs),
    });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      responseCode: response.status,
      error: ok ? null : `HTTP ${response.status}`,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const message =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return {
      ok: false,
      responseCode: null,
      error: message.split('\n')[0] ?? 'error',
      durationMs: Math.round(performance.now() - started),
    };
  }
}
