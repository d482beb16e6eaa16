/** Formatting shared by the work screens: times (relative and absolute), money, enum labels. */

const absolute = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dayOnly = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "Mon, 7 Dec 2026, 17:05" in the viewer's time zone. */
export const formatDateTime = (iso: string): string => absolute.format(new Date(iso));
export const formatDay = (iso: string): string => dayOnly.format(new Date(iso));

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours", "12 minutes ago", "now". */
export function formatRelative(iso: string, now: number): string {
  const delta = new Date(iso).getTime() - now;
  for (const [unit, ms] of STEPS) {
    if (Math.abs(delta) >= ms) return relativeFormat.format(Math.round(delta / ms), unit);
  }
  return 'now';
}

/** Minor units as money in the org's currency: 8999 USD → "$89.99". */
export function formatMoney(cents: number, currency = 'USD'): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/** A share 0..1 as "62%"; null (nothing to count) as "—". */
export const formatRate = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;

/** An API enum as words: "resolution_proposed" → "Resolution proposed". */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The end of the viewer's local day, as an ISO instant (for "due today"). */
export function endOfToday(now: number): string {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end.toISOString();
}

/** "1 case", "3 cases": a count with its noun, singular for one. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A correction's suggestion is advice followed by quoted words ('Lead with …: "Here's what I can do …"'), not words to say. */
export const isAdvice = (suggestion: string): boolean => /^[^"]{0,80}: "/.test(suggestion);

/** A rewrite as a person reads it: its straight quotes as typographic ones. */
export const readableRewrite = (rewrite: string): string => rewrite.replace(/"([^"]*)"/g, '“$1”');
