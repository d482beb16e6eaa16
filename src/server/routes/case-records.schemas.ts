/** Case notes and the case timeline. */
import { z } from 'zod';
import { DateTime } from './common.schemas.ts';

const Actor = z
  .object({ id: z.uuid().describe('The user id'), name: z.string().describe("The user's display name") })
  .describe('Who did it');

export const CreateNoteBody = z
  .strictObject({
    body: z
      .string()
      .trim()
      .min(1, 'a note needs text')
      .max(10_000)
      .describe('The note, in plain text (at most 10 000 characters)'),
  })
  .meta({ example: { body: 'Customer called back: the engineer visit on Friday suits them.' } });

export const NoteOut = z.object({
  id: z.uuid().describe('The note id'),
  caseId: z.uuid().describe('The case it belongs to'),
  author: Actor.describe('Who wrote it'),
  body: z.string().describe('The note'),
  createdAt: DateTime.describe('When it was written'),
});

export const NoteList = z.object({ items: z.array(NoteOut).describe("The case's notes, oldest first") });

const at = DateTime.describe('When it happened');
const id = z.uuid().describe('The id of the audit entry, note, conversation, commitment or concession');
const actor = Actor.nullable().describe('Who did it; null for the system (scheduler, rules)');

export const TimelineEntryOut = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('audit'),
      at,
      id,
      actor,
      entity: z.string().describe('What changed: case, commitment or concession'),
      entityId: z.uuid().describe('Its id'),
      action: z.string().describe('created, updated, acknowledged, completed, waived, approved, reminded, …'),
      before: z.record(z.string(), z.unknown()).nullable().describe('The changed fields before (null on create)'),
      after: z.record(z.string(), z.unknown()).nullable().describe('The changed fields after'),
    })
    .describe('An entry of the audit trail of the case, its promises or its concessions'),
  z.object({ kind: z.literal('note'), at, id, actor, body: z.string().describe('The note') }).describe('A case note'),
  z
    .object({
      kind: z.literal('conversation'),
      at,
      id,
      actor,
      channel: z.string().nullable().describe('phone, chat, email, sms or social'),
      turnCount: z.number().int().describe('How many turns it has'),
      peakAngerLevel: z.string().nullable().describe("The customer's highest anger level"),
      abusive: z.boolean().describe('The customer was abusive'),
      hangup: z.boolean().describe('It ended in a hang-up'),
      qaScore: z.number().nullable().describe('Its QA score (0–100)'),
    })
    .describe('The conversation the case was opened from, or one a promise of the case came from'),
  z
    .object({
      kind: z.literal('commitment'),
      at,
      id,
      actor,
      commitmentKind: z.string().describe('callback, chaser, follow_up, action, …'),
      dueAt: DateTime.describe('When it is due'),
      state: z.enum(['open', 'done', 'missed', 'waived']).describe('Where it stands now'),
      ownerId: z.uuid().nullable().describe('Who owns it'),
      source: z.string().nullable().describe('The principle or regulatory clock that created it'),
    })
    .describe('A promise made on the case (its changes are audit entries)'),
  z
    .object({
      kind: z.literal('concession'),
      at,
      id,
      actor,
      concessionKind: z.string().describe('none, apology, service_credit, refund or goodwill'),
      amountCents: z.number().int().describe('Amount in minor units'),
      currency: z.string().describe('ISO 4217 code'),
      status: z.string().describe('proposed, approved, rejected, …'),
    })
    .describe('A concession proposed on the case (its decision is an audit entry)'),
]);

export const TimelineOut = z.object({
  caseId: z.uuid().describe('The case'),
  items: z.array(TimelineEntryOut).describe('Oldest first'),
});
