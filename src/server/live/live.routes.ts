/** /api/v1/live: the WebSocket for live turns (agents, transcription pipelines) and supervisor alerts. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { analyzeConversation } from '../../core/analyze.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { transformZodSchemas } from '../http/zod-schemas.ts';
import { handleLiveConnection } from './live-connection.ts';
import { ClientMessage } from './live-protocol.ts';

/** The protocol as the OpenAPI document tells it (src/server/README.md says the same). */
const DESCRIPTION = `WebSocket upgrade (\`Connection: Upgrade\`, \`Upgrade: websocket\`; \`ws://\` or \`wss://\`). Nothing is served over plain HTTP here.

**Auth.** The upgrade request is authenticated like every other route: the \`defuse_session\` cookie (browsers) or \`Authorization: Bearer dfs_…\` (pipelines). Without either the upgrade is refused with 401 and the usual \`{"error":{"code","message"}}\` body; a socket acts for its user until it closes (any role; alerts depend on the role, see \`subscribe\`).

**Frames.** JSON text frames both ways (binary frames, bad JSON and unknown shapes answer \`{"type":"error","error":{"code","message"}}\` and the socket stays open). Messages on one socket are handled in order.

Client → server (the JSON Schema is in \`x-client-message\`):
- \`{"type":"start", "customerId"?, "customerName"?, "channel"?: "phone"|"chat"|"email"|"sms"|"social", "agentId"?}\` starts a conversation → \`{"type":"started","conversationId","resumed":false,"turns":0,"stage","cues":[]}\`. \`agentId\` names the agent the conversation is for (an integration, such as a call-transcription pipeline, starting it for that agent's console; default: the caller): agents may name only themselves, supervisors an agent of their team, admins any active user of the org (\`forbidden\` otherwise; an unknown or inactive user: \`not_found\`). The conversation is that agent's: it appears in their console's \`watch\` list, and its alerts go to that agent's team.
- \`{"type":"start","conversationId"}\` resumes one after a reconnect, on any server node (the engine session is rebuilt from the stored turns) → \`{"type":"started","conversationId","resumed":true,"turns":<stored>,"stage","cues":<last turn's cues>}\`; an ended conversation answers error \`conflict\`, another org's or team's \`not_found\`.
- \`{"type":"turn","speaker":"customer"|"agent","text", "at"?, "end"?, "callback"?}\` is stored before it is answered → \`{"type":"cues","turn","stage","cues":[{principle,stage,message,why,suggestion?}],"customer"?}\`.
- \`{"type":"hangup","by":"customer"|"agent"}\` (after at least one turn) → \`{"type":"cues",…}\`; a customer hang-up alerts supervisors.
- \`{"type":"end"}\` stores the analysis (and any Chaser call-back owed, F5) → \`{"type":"ended","conversationId","score","rubric","hangup","abusive","commitments":[{id,kind,dueAt}]}\`.
- \`{"type":"subscribe"}\` → \`{"type":"subscribed","scope":"mine"|"team"|"organization","teamId"}\`, then \`{"type":"alert","alert":{orgId,teamId,kind,conversationId,agentId,message,at,data}}\` as things happen: supervisors hear their team (admins the whole org: abuse, anger peak, hang-up, and committed events such as overdue promises); agents hear only events about their own promises and conversations.
- \`{"type":"watch"}\` → \`{"type":"watching","conversations":[{conversationId,agentId,customerName,channel,startedAt,turns}]}\`: the live conversations (started here, not ended, a turn within the last 2 hours) that are the caller's, and for supervisors and admins also those of their team's agents; then \`{"type":"live_started","conversation":{…same fields}}\` and \`{"type":"live_ended","conversationId"}\` as they start and end. This is how an agent's console learns that an integration started a conversation for them.
- \`{"type":"follow","conversationId"}\` → \`{"type":"following","conversationId","agentId","customerId","customerName","channel","startedAt","turns":[{speaker,text,at?,end?}],"events":[{type:"hangup",by,afterTurn}],"ended"}\`, then, as the conversation's own socket sends them, \`{"type":"live","change":"turn","conversationId","index","turn"}\`, \`{"type":"live","change":"event","conversationId","index","event"}\` (a hang-up) and \`{"type":"live","change":"ended","conversationId","score","hangup","commitments":[{id,kind,dueAt}]}\`, each turn exactly once and in order (read from the store, on any node). Only the conversation's agent and the supervisors (or admins) of that agent's team may follow it: anyone else in the org gets error \`forbidden\` when they may read the conversation, \`not_found\` otherwise; another org's conversation is always \`not_found\`. The follower computes cues itself (the engine runs in the browser) or reads them from the stored conversation. One conversation per socket: a new \`follow\` replaces the last; \`{"type":"unfollow"}\` → \`{"type":"unfollowed","conversationId"}\`.
- \`{"type":"ping"}\` → \`{"type":"pong"}\`.

**Reconnect.** Turns are stored as they arrive, so nothing acknowledged with \`cues\` is lost: reconnect, send \`start\` with the \`conversationId\` from \`started\`, and carry on from \`turns\`. Re-send \`subscribe\`, \`watch\` and \`follow\` after a reconnect (\`following\` carries the whole conversation again); alerts raised while disconnected are not replayed (committed events are also delivered by webhooks).`;

/** The JSON Schema of a client frame, from the same zod schema that validates them (so it cannot drift). */
function clientMessageSchema(): Record<string, unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(ClientMessage, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return json;
}

export async function liveRoutes(app: FastifyInstance): Promise<void> {
  // Warm the engine (model tables, lexicons, JIT) so the first live turn is answered in milliseconds too.
  analyzeConversation({
    id: 'warm-up',
    turns: [
      { speaker: 'customer', text: 'This is the third time it broke!' },
      { speaker: 'agent', text: 'I am sorry, let me fix it now.' },
    ],
    events: [],
  });
  app.get(
    '/api/v1/live',
    {
      websocket: true,
      config: {
        permission: 'live:use',
        // @fastify/websocket marks its routes `hide: true`; this one is documented on purpose.
        swaggerTransform: (input) => {
          const { schema, url } = transformZodSchemas(input);
          return { schema: { ...schema, hide: false }, url };
        },
      },
      schema: {
        tags: ['live'],
        summary:
          'Live coaching and alerts over a WebSocket: send turns, get cues per turn; consoles follow the live conversations started for their agent; supervisors subscribe to alerts',
        description: DESCRIPTION,
        response: {
          101: {
            description: 'Switching Protocols: the WebSocket is open; JSON text frames as described above',
            type: 'null',
          },
        },
        'x-client-message': clientMessageSchema(),
      },
    },
    (socket, request) => handleLiveConnection(app.ctx, requirePrincipal(request), socket),
  );
}
