/** /api/v1/live: the WebSocket for live turns (agents, transcription pipelines) and supervisor alerts. */
import type { FastifyInstance } from 'fastify';
import { analyzeConversation } from '../../core/analyze.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { handleLiveConnection } from './live-connection.ts';

export async function liveRoutes(app: FastifyInstance): Promise<void> {
  // Warm the engine (model tables, lexicons, JIT) so the first live turn is answered in milliseconds too.
  analyzeConversation({ id: 'warm-up', turns: [{ speaker: 'customer', text: 'This is the third time it broke!' }, { speaker: 'agent', text: 'I am sorry, let me fix it now.' }], events: [] });
  app.get(
    '/api/v1/live',
    {
      websocket: true,
      config: { permission: 'live:use' },
      schema: {
        tags: ['live'],
        summary: 'WebSocket. Send {"type":"start"}, then {"type":"turn","speaker","text"}; each turn is answered with {"type":"cues"}. {"type":"hangup","by"}, {"type":"end"}; supervisors {"type":"subscribe"} for alerts. Resume after a reconnect with {"type":"start","conversationId"}.',
      },
    },
    (socket, request) => handleLiveConnection(app.ctx, requirePrincipal(request), socket),
  );
}
