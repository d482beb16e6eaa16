/** /cases/:id/notes and /cases/:id/timeline: what happened on a case, who did it and when. */
import type { FastifyInstance } from 'fastify';
import { addCaseNote, listNotes } from '../../services/case-note.service.ts';
import { caseTimeline } from '../../services/case-timeline.service.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { actorOf, loadVisibleCase } from '../auth/actor.ts';
import { CreateNoteBody, NoteList, NoteOut, TimelineOut } from './case-records.schemas.ts';
import { IdParams } from './common.schemas.ts';

const tags = ['cases'];

const presentNote = (note: {
  id: string;
  caseId: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: Date;
}) => ({
  id: note.id,
  caseId: note.caseId,
  author: { id: note.authorId, name: note.authorName },
  body: note.body,
  createdAt: note.createdAt,
});

export async function caseRecordRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.post(
    '/api/v1/cases/:id/notes',
    {
      config: { permission: 'case:write' },
      schema: {
        tags,
        summary: 'Add a note to a case',
        description:
          'The note is part of the case timeline. Its author is the caller; it is audited (`entity: case_note`, ' +
          '`action: created`). Notes cannot be edited or deleted. A case the caller may not see answers 404.',
        params: IdParams,
        body: CreateNoteBody,
        response: { 201: NoteOut },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      await loadVisibleCase(ctx, p, request.params.id);
      const note = orThrow(await addCaseNote(ctx, actorOf(p), { caseId: request.params.id, body: request.body.body }));
      return reply.status(201).send(presentNote({ ...note, authorName: p.name }));
    },
  );

  app.get(
    '/api/v1/cases/:id/notes',
    {
      config: { permission: 'case:read' },
      schema: {
        tags,
        summary: "List a case's notes",
        description: 'Oldest first, each with its author and time. A case the caller may not see answers 404.',
        params: IdParams,
        response: { 200: NoteList },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await loadVisibleCase(ctx, p, request.params.id);
      return { items: (await listNotes(ctx, p, request.params.id)).map(presentNote) };
    },
  );

  app.get(
    '/api/v1/cases/:id/timeline',
    {
      config: { permission: 'case:read' },
      schema: {
        tags,
        summary: "A case's history in time order",
        description:
          'Everything that happened on the case, oldest first, each entry typed by `kind`: `audit` (every change to ' +
          'the case, its promises and its concessions, with before/after), `note`, `conversation` (the one the case ' +
          'came from and any a promise came from), `commitment` (each promise, when it was made) and `concession`. ' +
          'Each names its actor (id and name; null for the system). A case the caller may not see answers 404.',
        params: IdParams,
        response: { 200: TimelineOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await loadVisibleCase(ctx, p, request.params.id);
      return { caseId: request.params.id, items: orThrow(await caseTimeline(ctx, p, { caseId: request.params.id })) };
    },
  );
}
