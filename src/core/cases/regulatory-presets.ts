import { AppError, fail, ok, type Result } from '../errors.ts';
import type { CommitmentDraft } from './commitment-rules.ts';

/** One deadline: `businessDays` skip Saturdays and Sundays (UTC; public holidays are not modelled). */
export interface RegulatoryClock {
  kind: 'acknowledgement' | 'final_response';
  calendarDays?: number;
  businessDays?: number;
  /** Where the deadline comes from, shown beside the promise. */
  basis: string;
}

export interface RegulatoryPreset {
  id: string;
  name: string;
  clocks: RegulatoryClock[];
  /** A case resolved within this many business days may use a summary resolution (no final-response letter). */
  quickResolutionBusinessDays?: number;
}

/** Built-in presets; orgs may add their own with the same shape. */
export const REGULATORY_PRESETS = {
  'uk-fca-disp': {
    id: 'uk-fca-disp',
    name: 'UK FCA DISP',
    clocks: [
      {
        kind: 'acknowledgement',
        businessDays: 1,
        basis: 'DISP 1.6.1R: prompt written acknowledgement (set here as 1 business day)',
      },
      { kind: 'final_response', calendarDays: 56, basis: 'DISP 1.6.2R: final response within 8 weeks of receipt' },
    ],
    quickResolutionBusinessDays: 3,
  },
  'us-cfpb': {
    id: 'us-cfpb',
    name: 'US CFPB complaint portal',
    clocks: [
      { kind: 'acknowledgement', calendarDays: 15, basis: 'CFPB portal: company response within 15 days' },
      {
        kind: 'final_response',
        calendarDays: 60,
        basis: 'CFPB portal: final response within 60 days when the response was "in progress"',
      },
    ],
  },
} as const satisfies Record<string, RegulatoryPreset>;

const DAY = 86_400_000;

/** Adds business days (Mon–Fri, UTC) to an instant, keeping its time of day. */
export function addBusinessDays(from: Date, days: number): Date {
  let t = from.getTime();
  let left = days;
  while (left > 0) {
    t += DAY;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(t);
}

/** The instant a clock started at `receivedAt` runs out. */
export function clockDeadline(clock: RegulatoryClock, receivedAt: Date): Date {
  if (clock.businessDays !== undefined) return addBusinessDays(receivedAt, clock.businessDays);
  return new Date(receivedAt.getTime() + (clock.calendarDays ?? 0) * DAY);
}

/** Finds a preset by id among the built-ins and the org's custom ones. */
export function findPreset(id: string, custom: readonly RegulatoryPreset[] = []): Result<RegulatoryPreset> {
  const found = custom.find((p) => p.id === id) ?? (REGULATORY_PRESETS as Record<string, RegulatoryPreset>)[id];
  if (!found) return fail(new AppError('invalid_input', `unknown regulatory preset "${id}"`, 'regulatoryPreset'));
  return validatePreset(found);
}

/** A custom preset needs an id and clocks with exactly one positive duration each. */
export function validatePreset(preset: RegulatoryPreset): Result<RegulatoryPreset> {
  if (!preset.id.trim()) return fail(new AppError('invalid_input', 'a preset needs an id', 'id'));
  for (const [i, clock] of preset.clocks.entries()) {
    const durations = [clock.calendarDays, clock.businessDays].filter((d) => d !== undefined);
    if (durations.length !== 1 || !durations.every((d) => Number.isInteger(d) && d > 0)) {
      return fail(
        new AppError(
          'invalid_input',
          'give exactly one of calendarDays or businessDays, a positive whole number',
          `clocks[${i}]`,
        ),
      );
    }
  }
  return ok(preset);
}

/** The promises a preset's clocks create for a case received at `receivedAt`. */
export function regulatoryCommitments(preset: RegulatoryPreset, receivedAt: Date): CommitmentDraft[] {
  return preset.clocks.map((clock) => ({
    kind: clock.kind,
    dueAt: clockDeadline(clock, receivedAt),
    steps: [clock.basis],
    source: `${preset.id}:${clock.kind}`,
  }));
}

/** FCA-style quick resolution: resolved by the close of the Nth business day after receipt. */
export function isQuickResolution(preset: RegulatoryPreset, receivedAt: Date, resolvedAt: Date): boolean {
  if (preset.quickResolutionBusinessDays === undefined) return false;
  const limit = addBusinessDays(receivedAt, preset.quickResolutionBusinessDays);
  const endOfDay = Date.UTC(limit.getUTCFullYear(), limit.getUTCMonth(), limit.getUTCDate() + 1);
  return resolvedAt.getTime() < endOfDay;
}
