/** /api/v1/live: the WebSocket for live turns (agents, transcription pipelines) and supervisor alerts. */
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/guard.ts';
import { handleLiveConnection } from './live-connection.ts';

export async function liveRoutes(app: FastifyInstance): Promise<void> {
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
