/** One live WebSocket connection: turns in, the engine's cues out; alerts to subscribers (supervisors: their team). */
import { LIMITS } from '../../core/conversation/limits.ts';
import type { ConversationEvent, Turn } from '../../core/conversation/types.ts';
import { AppError } from '../../core/errors.ts';
import { findCustomer } from '../../store/repositories/customer.repository.ts';
import { can } from '../auth/permissions.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';
import { describeZodError, toErrorResponse } from '../http/error-handler.ts';
import type { AbusiveEndingInput } from '../services/abusive-ending.ts';
import { finishLiveConversation } from '../services/conversation.service.ts';
import { assertVisible } from '../services/visibility.ts';
import {
  appendEvent,
  appendTurn,
  createLiveConversation,
  loadLiveConversation,
} from '../../store/repositories/conversation.repository.ts';
import { ClientMessage } from './live-protocol.ts';

/** The part of a ws socket this handler uses (ws ships no types of its own). */
export interface LiveSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string): void;
  on(event: 'message', listener: (data: { toString(): string }, isBinary: boolean) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

interface Current {
  id: string;
  customerName: string | undefined;
  turns: Turn[];
  events: ConversationEvent[];
  angerPeakAlerted: boolean;
}

export function handleLiveConnection(ctx: ServerContext, principal: Principal, socket: LiveSocket): void {
  let current: Current | null = null;
  let unsubscribe: (() => void) | null = null;
  let queue = Promise.resolve();
  const send = (message: object) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(message));
  const session = (c: Current) => ctx.liveSessions.get(c.id, c, c.customerName);
  const requireStarted = () => {
    if (!current) throw new AppError('invalid_input', 'send {"type":"start"} first');
    return current;
  };
  const alert = (kind: 'abuse' | 'anger_peak' | 'hangup', message: string, data: Record<string, unknown>) =>
    ctx.alerts.publish({
      orgId: principal.orgId,
      teamId: principal.teamId,
      kind,
      conversationId: current?.id ?? null,
      agentId: principal.userId,
      message,
      at: ctx.now().toISOString(),
      data,
    });

  async function handle(message: ClientMessage): Promise<void> {
    switch (message.type) {
      case 'ping':
        return void send({ type: 'pong' });
      case 'subscribe': {
        unsubscribe?.();
        if (!can(principal.role, 'live:alerts')) {
          // Agents hear only about their own promises and conversations (F4): reminders, escalations, Chasers.
          unsubscribe = ctx.alerts.subscribe(principal.orgId, principal.teamId, (a) => {
            if (a.kind === 'event' && (a.data?.ownerId === principal.userId || a.data?.agentId === principal.userId))
              send({ type: 'alert', alert: a });
          });
          return void send({ type: 'subscribed', scope: 'mine', teamId: principal.teamId });
        }
        const teamId = principal.role === 'admin' ? null : principal.teamId;
        unsubscribe = ctx.alerts.subscribe(principal.orgId, teamId, (a) => send({ type: 'alert', alert: a }));
        return void send({ type: 'subscribed', scope: teamId ? 'team' : 'organization', teamId });
      }
      case 'start': {
        if (message.conversationId) {
          const row = assertVisible(
            principal,
            await loadLiveConversation(ctx.db, principal.orgId, message.conversationId),
            'conversation',
          );
          if (row.analysis) throw new AppError('conflict', 'this conversation has already ended');
          current = {
            id: row.id,
            customerName: message.customerName,
            turns: [...row.turns],
            events: [...row.events],
            angerPeakAlerted: false,
          };
          const last = session(current).turns.at(-1);
          return void send({
            type: 'started',
            conversationId: row.id,
            resumed: true,
            turns: row.turns.length,
            stage: last?.stage ?? 'listen',
            cues: last?.cues ?? [],
          });
        }
        if (message.customerId && !(await findCustomer(ctx.db, principal.orgId, message.customerId)))
          throw new AppError('not_found', 'no customer with that id', 'customerId');
        const row = await createLiveConversation(ctx.db, {
          orgId: principal.orgId,
          agentId: principal.userId,
          customerId: message.customerId ?? null,
          channel: message.channel,
          now: ctx.now(),
        });
        current = { id: row.id, customerName: message.customerName, turns: [], events: [], angerPeakAlerted: false };
        return void send({
          type: 'started',
          conversationId: row.id,
          resumed: false,
          turns: 0,
          stage: 'listen',
          cues: [],
        });
      }
      case 'turn': {
        const started = performance.now();
        const c = requireStarted();
        if (c.turns.length >= LIMITS.maxTurns)
          throw new AppError(
            'invalid_input',
            `a conversation holds at most ${LIMITS.maxTurns} turns; end it and start another`,
          );
        const turn: Turn = {
          speaker: message.speaker,
          text: message.text,
          ...(message.at === undefined ? {} : { at: message.at }),
          ...(message.end === undefined ? {} : { end: message.end }),
          ...(message.callback === undefined ? {} : { callback: message.callback }),
        };
        const live = session(c);
        // Stored before it is answered: a reconnect replays exactly what the agent was coached on.
        await appendTurn(ctx.db, principal.orgId, c.id, turn, ctx.now());
        const cues = live.addTurn(turn);
        c.turns.push(turn);
        const analysis = live.turns.at(-1)!;
        send({
          type: 'cues',
          turn: analysis.index,
          stage: analysis.stage,
          cues,
          ...(analysis.customer ? { customer: analysis.customer } : {}),
        });
        ctx.metrics.liveCueSeconds.observe((performance.now() - started) / 1000);
        if (analysis.customer?.abuse.length)
          alert('abuse', 'the customer is being abusive (B1–B3)', { turn: analysis.index });
        if (analysis.customer?.level === 'furious' && !c.angerPeakAlerted) {
          c.angerPeakAlerted = true;
          alert('anger_peak', 'the customer is furious', { turn: analysis.index, anger: analysis.customer.anger });
        }
        return;
      }
      case 'hangup': {
        const c = requireStarted();
        if (c.turns.length === 0) throw new AppError('invalid_input', 'a hang-up comes after at least one turn');
        if (message.abusive && message.by !== 'agent')
          throw new AppError('invalid_input', 'a documented abusive ending (B3) is the agent\'s: send "by": "agent"');
        const event: ConversationEvent = { type: 'hangup', by: message.by, afterTurn: c.turns.length - 1 };
        const live = session(c);
        await appendEvent(ctx.db, principal.orgId, c.id, event, ctx.now());
        const cues = live.addEvent(event);
        c.events.push(event);
        send({ type: 'cues', turn: event.afterTurn, stage: live.state.stage, cues });
        if (message.by === 'customer')
          alert('hangup', 'the customer hung up: a Chaser call-back is due (F5)', { afterTurn: event.afterTurn });
        // B3: the agent's documented ending ends the conversation at once.
        if (message.abusive) await end(c, message.abusive);
        return;
      }
      case 'end':
        return end(requireStarted(), message.abusive);
    }
  }

  /** Stores the analysis (and any B3 ending, alerting the supervisors) and tells the agent the call has ended. */
  async function end(c: Current, abusive: AbusiveEndingInput | undefined): Promise<void> {
    const { conversation, analysis, chasers } = await finishLiveConversation(ctx, principal, c.id, abusive);
    if (abusive)
      alert('abuse', 'the agent ended the call on a directly abusive customer (B3)', {
        reason: abusive.reason,
        boundary: abusive.boundary,
      });
    ctx.liveSessions.drop(c.id);
    current = null;
    send({
      type: 'ended',
      conversationId: conversation.id,
      score: analysis.score,
      rubric: analysis.rubric,
      hangup: analysis.hangup,
      abusive: conversation.abusive,
      ending: conversation.ending,
      commitments: chasers.map((x) => ({ id: x.id, kind: x.kind, dueAt: x.dueAt })),
    });
  }

  socket.on('message', (data, isBinary) => {
    queue = queue.then(async () => {
      try {
        if (isBinary) throw new AppError('invalid_input', 'send JSON text frames');
        let raw: unknown;
        try {
          raw = JSON.parse(data.toString());
        } catch {
          throw new AppError('invalid_input', 'a message must be JSON');
        }
        const parsed = ClientMessage.safeParse(raw);
        if (!parsed.success) throw new AppError('invalid_input', describeZodError(parsed.error, 'message'));
        await handle(parsed.data);
      } catch (error) {
        send({ type: 'error', ...toErrorResponse(error).body });
      }
    });
  });
  socket.on('close', () => unsubscribe?.());
}
