/** Webhook signatures: HMAC-SHA256 over `${timestamp}.${body}`, sent as `t=<unix seconds>,v1=<hex>`. */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'defuse-signature';
export const DELIVERY_ID_HEADER = 'defuse-delivery-id';
export const EVENT_HEADER = 'defuse-event';
/** How old a signed timestamp may be before a receiver should reject it (replay window). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const digest = (secret: string, timestamp: number, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');

/** The signature header value for a body sent at `timestamp` (unix seconds). */
export const signPayload = (secret: string, timestamp: number, body: string): string =>
  `t=${timestamp},v1=${digest(secret, timestamp, body)}`;

export type VerifyResult = { valid: true } | { valid: false; reason: string };

/** Verifies a signature header as a receiver would: format, freshness, then a constant-time compare. */
export function verifySignature(
  secret: string,
  header: string | undefined,
  body: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): VerifyResult {
  if (!header) return { valid: false, reason: 'missing signature header' };
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const signature = parts.get('v1');
  if (!Number.isInteger(timestamp) || !signature) return { valid: false, reason: 'malformed signature header' };
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds)
    return { valid: false, reason: 'timestamp outside tolerance' };
  const expected = Buffer.from(digest(secret, timestamp, body), 'hex');
  const actual = Buffer.from(signature, 'hex');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { valid: false, reason: 'signature mismatch' };
  }
  return { valid: true };
}
