/** Compact weight storage: int8 buckets with one scale per head, base64 so JSON can carry them. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as standard base64 (no Buffer/btoa, so it runs anywhere). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Decodes standard base64 four characters at a time; throws on a character outside the alphabet. */
export function decodeBase64(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61) length--; // '=' padding
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  const code = (i: number): number => {
    const c = text.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c]! : 255;
    if (v === 255) throw new Error(`invalid base64 at character ${i}`);
    return v;
  };
  const whole = length - (length % 4);
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const n = (code(i) << 18) | (code(i + 1) << 12) | (code(i + 2) << 6) | code(i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (length - whole >= 2) {
    const n = (code(whole) << 18) | (code(whole + 1) << 12) | (length - whole === 3 ? code(whole + 2) << 6 : 0);
    out[o++] = n >> 16;
    if (length - whole === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}

/** Quantises weights to int8 with a per-head scale (max |w| / 127). */
export function quantize(weights: Float32Array): { scale: number; bytes: Uint8Array } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round(weights[i]! / scale) & 255;
  return { scale, bytes };
}
