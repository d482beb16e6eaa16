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
  /** What the preset is for, in a sentence. */
  description?: string;
  clocks: RegulatoryClock[];
  /** A case resolved within this many business days may use a summary resolution (no final-response letter). */
  quickResolutionBusinessDays?: number;
}

/** Built-in presets; orgs may add their own with the same shape. */
export const REGULATORY_PRESETS = {
  'uk-fca-disp': {
    id: 'uk-fca-disp',
    name: 'UK FCA DISP',
    description:
      'UK Financial Conduct Authority complaint handling (DISP 1.6): prompt acknowledgement, final response within 8 weeks, summary resolution within 3 business days.',
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
    description:
      'US Consumer Financial Protection Bureau portal complaints: company response within 15 days, final response within 60 days.',
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

export type PresetId = keyof typeof REGULATORY_PRESETS;
export const PRESET_IDS = Object.keys(REGULATORY_PRESETS) as PresetId[];

/** The common names people use for the built-in presets; matched case-insensitively. */
export const PRESET_ALIASES: Readonly<Record<string, PresetId>> = {
  FCA: 'uk-fca-disp',
  DISP: 'uk-fca-disp',
  CFPB: 'us-cfpb',
};

/** The aliases of one built-in preset. */
export const aliasesOf = (id: string): string[] =>
  Object.entries(PRESET_ALIASES)
    .filter(([, target]) => target === id)
    .map(([alias]) => alias);

/** The preset id an alias stands for (`fca` → `uk-fca-disp`); any other id is returned unchanged. */
export function canonicalPresetId(id: string): string {
  const key = Object.keys(PRESET_ALIASES).find((alias) => alias.toLowerCase() === id.trim().toLowerCase());
  return key ? PRESET_ALIASES[key]! : id;
}

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

/** Finds a preset by id (or a built-in's alias, such as FCA or CFPB) among the org's custom ones and the built-ins. */
export function findPreset(id: string, custom: readonly RegulatoryPreset[] = []): Result<RegulatoryPreset> {
  const found =
    custom.find((p) => p.id === id) ?? (REGULATORY_PRESETS as Record<string, RegulatoryPreset>)[canonicalPresetId(id)];
  if (!found) {
    const known = [...custom.map((p) => p.id), ...PRESET_IDS, ...Object.keys(PRESET_ALIASES)].join(', ');
    return fail(
      new AppError('invalid_input', `unknown regulatory preset "${id}"; use one of ${known}`, 'regulatoryPreset'),
    );
  }
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
