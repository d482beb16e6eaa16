/** /policy: the org's promise clocks, concession threshold and routing rules; anyone reads it, only admins change it. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  aliasesOf,
  canonicalPresetId,
  PRESET_ALIASES,
  PRESET_IDS,
  REGULATORY_PRESETS,
  type RegulatoryPreset,
} from '../../core/cases/regulatory-presets.ts';
import { SEVERITIES, USER_ROLES, type OrgPolicy } from '../../core/cases/types.ts';
import { checkRoutingRules } from '../../services/routing-rules.service.ts';
import { orThrow } from '../http/result.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { actorOf } from '../auth/actor.ts';
import { changePolicy, readPolicy } from '../../services/tenant.service.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';

const tags = ['admin'];

/** A preset name as requests give it: the built-ins and their aliases are enumerated; custom ids are any string. */
const PresetName = z.union([
  z
    .enum([...PRESET_IDS, ...Object.keys(PRESET_ALIASES)] as [string, ...string[]])
    .describe('A built-in preset id or alias'),
  z.string().trim().min(1).max(100).describe("The id of one of the organization's custom presets"),
]);

const ClockOut = z.object({
  kind: z.enum(['acknowledgement', 'final_response']).describe('Which deadline the clock sets'),
  calendarDays: z.number().int().optional().describe('Calendar days from receipt (one of calendarDays/businessDays)'),
  businessDays: z.number().int().optional().describe('Business days (Mon–Fri, UTC) from receipt'),
  basis: z.string().describe('Where the deadline comes from'),
});

const PresetOut = z.object({
  id: z.string().describe('The preset id to put in `regulatoryPreset`'),
  name: z.string().describe('Its display name'),
  description: z.string().nullable().describe('What it is for'),
  aliases: z.array(z.string()).describe('Common names accepted for it (case-insensitive), e.g. FCA'),
  builtIn: z.boolean().describe('true for the presets defuse ships; false for the organization’s own'),
  clocks: z.array(ClockOut).describe('The deadlines a new case gets, each a promise on the case'),
  quickResolutionBusinessDays: z
    .number()
    .int()
    .nullable()
    .describe('A case resolved within this many business days may use a summary resolution'),
});

const presetOut = (preset: RegulatoryPreset, builtIn: boolean) => ({
  id: preset.id,
  name: preset.name,
  description: preset.description ?? null,
  aliases: builtIn ? aliasesOf(preset.id) : [],
  builtIn,
  clocks: preset.clocks.map((clock) => ({ ...clock })),
  quickResolutionBusinessDays: preset.quickResolutionBusinessDays ?? null,
});

const PolicyOut = z.object({
  chaserMinutes: z.number().describe('F5: a Chaser call-back is due this many minutes after a customer hang-up'),
  supervisorFollowUpHours: z.number().describe('F6: a supervisor follows up an unresolved case within this many hours'),
  concessionApprovalThresholdCents: z.number().describe('R5: concessions above this need a supervisor'),
  currency: z.string(),
  regulatoryPreset: z
    .string()
    .nullable()
    .describe('The preset id new cases start their regulatory clocks from (see `GET /policy/presets`); null for none'),
  recurrenceWindowDays: z.number(),
  routingRules: z
    .array(
      z.object({
        name: z.string().describe('What the rule is for, e.g. "Critical billing to the escalations team"'),
        when: z
          .object({
            categories: z.array(z.string()).optional().describe('Matches cases in one of these categories'),
            severities: z.array(z.enum(SEVERITIES)).optional().describe('Matches cases of one of these severities'),
            minMonthlyRevenueCents: z
              .number()
              .optional()
              .describe('Matches customers paying at least this per month, in minor units (V1)'),
          })
          .describe('The conditions; all must hold, and a condition left out always holds'),
        assign: z
          .object({
            teamId: z.string().optional().describe('The team the case goes to'),
            skill: z.string().optional().describe('Only people with this skill take it'),
            role: z.enum(USER_ROLES).optional().describe('Only people with this role take it'),
          })
          .describe('Where a matching case goes; its least-loaded eligible person becomes the owner'),
      }),
    )
    .describe('R3: how a new case without an owner is routed; the first matching rule wins'),
});

const RoutingRuleIn = z.strictObject({
  name: z.string().trim().min(1, 'give the rule a name').max(100).describe('What the rule is for'),
  when: z
    .strictObject({
      categories: z
        .array(z.string().trim().min(1).max(100))
        .min(1)
        .max(50)
        .optional()
        .describe('Matches cases in one of these categories'),
      severities: z
        .array(z.enum(SEVERITIES))
        .min(1)
        .max(SEVERITIES.length)
        .optional()
        .describe('Matches cases of one of these severities'),
      minMonthlyRevenueCents: z
        .number()
        .int()
        .nonnegative()
        .optional()
        .describe('Matches customers paying at least this per month, in minor units (V1)'),
    })
    .default({})
    .describe('The conditions; all must hold, and one left out always holds (none: every case matches)'),
  assign: z
    .strictObject({
      teamId: z.uuid({ error: 'must be a UUID' }).optional().describe('The team the case goes to'),
      skill: z.string().trim().min(1).max(100).optional().describe('Only people with this skill take it'),
      role: z.enum(USER_ROLES).optional().describe('Only people with this role take it'),
    })
    .refine((a) => Object.keys(a).length > 0, 'name a team, a skill or a role to assign to')
    .describe('Where a matching case goes (at least one of team, skill, role)'),
});

const PolicyPatch = z
  .strictObject({
    chaserMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
    supervisorFollowUpHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    concessionApprovalThresholdCents: z.number().int().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
    regulatoryPreset: PresetName.nullable()
      .transform((value) => (value === null ? null : canonicalPresetId(value)))
      .describe(
        'The regulatory clocks new cases start with: a built-in preset id, its common name (FCA, CFPB; stored as the id), or the id of one of the organization’s custom presets; null for none. `GET /policy/presets` lists them.',
      ),
    recurrenceWindowDays: z.number().int().min(1).max(3650),
    routingRules: z
      .array(RoutingRuleIn)
      .max(50)
      .describe(
        'R3: the whole ordered list (it replaces the stored one; [] for none). The first rule whose conditions all ' +
          'hold routes the case; a rule with no condition catches every case, so put it last.',
      ),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one setting to change');

export async function policyRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get(
    '/api/v1/policy',
    { config: { permission: 'case:read' }, schema: { tags, response: { 200: PolicyOut } } },
    async (request) => (await readPolicy(ctx, requirePrincipal(request)))!,
  );

  app.get(
    '/api/v1/policy/presets',
    {
      config: { permission: 'case:read' },
      schema: {
        tags,
        summary: 'List the regulatory presets',
        description:
          'The built-in presets (with the common names accepted for them, such as FCA and CFPB) and the ' +
          'organization\'s custom ones. Set one for the organization with `PATCH /policy {"regulatoryPreset"}` or ' +
          'for one case with `regulatoryPreset` on `POST /cases`; its clocks become promises on each new case.',
        response: { 200: z.object({ items: z.array(PresetOut).describe('Built-ins first, then custom presets') }) },
      },
    },
    async (request) => {
      const policy = (await readPolicy(ctx, requirePrincipal(request)))!;
      return {
        items: [
          ...Object.values(REGULATORY_PRESETS as Record<string, RegulatoryPreset>).map((p) => presetOut(p, true)),
          ...policy.customPresets.map((p) => presetOut(p, false)),
        ],
      };
    },
  );

  app.patch(
    '/api/v1/policy',
    { config: { permission: 'policy:manage' }, schema: { tags, body: PolicyPatch, response: { 200: PolicyOut } } },
    async (request) => {
      const p = requirePrincipal(request);
      const changes = Object.fromEntries(
        Object.entries(request.body).filter(([, v]) => v !== undefined),
      ) as Partial<OrgPolicy>;
      if (changes.routingRules) changes.routingRules = orThrow(await checkRoutingRules(ctx, p, changes.routingRules));
      return orThrow(await changePolicy(ctx, actorOf(p), changes));
    },
  );
}
