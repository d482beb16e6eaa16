/**
 * One live WebSocket connection: turns in, the engine's cues out; alerts to subscribers (supervisors: their team);
 * live conversations started for an agent (by an integration) announced to its console, and followed turn by turn.
 */
import { LIMITS } from '../../core/conversation/limits.ts';
import type { ConversationEvent, Turn } from '../../core/conversation/types.ts';
import type { AbuseKind } from '../../core/signals/types.ts';
import { AppError } from '../../core/errors.ts';
import { can } from '../auth/permissions.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';
import { describeZodError, toErrorResponse } from '../http/error-handler.ts';
import type { AbusiveEndingInput } from '../../core/conversation/abusive-ending.ts';
import { finishLiveConversation } from '../../services/conversation.service.ts';
import { actorOf } from '../auth/actor.ts';
import { orThrow } from '../http/result.ts';
import {
  customerName,
  listLive,
  readActiveAgent,
  readConversation,
  recordLiveEvent,
  recordLiveTurn,
  startLiveConversation,
} from '../../services/live.service.ts';
import type { Alert } from './alert-hub.ts';
import { ClientMessage } from './live-protocol.ts';

/** A conversation with no turn for this long is no longer listed as live (its pipeline has gone). */
const LIVE_WINDOW_MS = 2 * 60 * 60 * 1000;

/** The part of a ws socket this handler uses (ws ships no types of its own). */
export interface LiveSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string): void;
  on(event: 'message', listener: (data: { toString(): string }, isBinary: boolean) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** An abuse finding's kind in an alert's words. */
const ABUSE_WORDS: Record<AbuseKind, string> = {
  insult: 'insults',
  profanity_at_agent: 'swearing at the agent',
  threat: 'a threat',
  slur: 'a slur',
};

interface Current {
  id: string;
  /** The agent the conversation is for (the caller, or the agent an integration named) and that agent's team. */
  agentId: string;
  teamId: string | null;
  customerName: string | undefined;
  turns: Turn[];
  events: ConversationEvent[];
  angerPeakAlerted: boolean;
}

/** What this socket has sent of the conversation it follows. */
interface Following {
  id: string;
  turns: number;
  events: number;
  ended: boolean;
  stop: () => void;
}

/** Who may follow a live conversation: its agent, and the supervisors (and admins) of that agent's team. */
const mayFollow = (principal: Principal, row: { agentId: string | null; teamId: string | null }): boolean =>
  row.agentId === principal.userId ||
  (can(principal.role, 'live:alerts') && row.teamId !== null && row.teamId === principal.teamId);

export function handleLiveConnection(ctx: ServerContext, principal: Principal, socket: LiveSocket): void {
  const actor = actorOf(principal);
  let current: Current | null = null;
  let unsubscribe: (() => void) | null = null;
  let unwatch: (() => void) | null = null;
  let following: Following | null = null;
  let queue = Promise.resolve();
  const send = (message: object) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(message));
  /** Runs after every message and sync already queued on this socket, so frames go out in order. */
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(async () => {
      try {
        await work();
      } catch (error) {
        send({ type: 'error', ...toErrorResponse(error).body });
      }
    });
  };
  const session = (c: Current) => ctx.liveSessions.get(c.id, c, c.customerName);
  const requireStarted = () => {
    if (!current) throw new AppError('invalid_input', 'send {"type":"start"} first');
    return current;
  };
  /** The customer in an alert's words: the name the record or the call system gave, else "the customer". */
  const who = (c: Current | null) => c?.customerName ?? 'the customer';
  const alert = (kind: 'abuse' | 'anger_peak' | 'hangup', message: string, data: Record<string, unknown>) =>
    ctx.alerts.publish({
      orgId: principal.orgId,
      teamId: current ? current.teamId : principal.teamId,
      kind,
      conversationId: current?.id ?? null,
      agentId: current ? current.agentId : principal.userId,
      message,
      at: ctx.now().toISOString(),
      data,
    });
  /** Tells the conversation's followers (and its agent's console, for `started`/`ended`) on every node. */
  const notice = (c: Current, change: 'started' | 'turn' | 'event' | 'ended', data: Record<string, unknown> = {}) =>
    ctx.alerts.publish({
      orgId: principal.orgId,
      teamId: c.teamId,
      kind: 'live',
      conversationId: c.id,
      agentId: c.agentId,
      message: `live conversation: ${change}`,
      at: ctx.now().toISOString(),
      data: { change, ...data },
    });

  /** Sends the followed conversation's turns and events not sent yet, in conversation order, read from the store
   * (so a notice trimmed in transit, or one that overtook another, still delivers every turn exactly once). */
  async function sync(f: Following, alert: Alert): Promise<void> {
    if (following !== f) return;
    const read = await readConversation(ctx, actor, f.id);
    if (!read.success && read.error.code !== 'not_found') throw read.error;
    if (!read.success || following !== f) return;
    const row = read.data;
    row.turns.forEach((turn, index) => {
      if (index >= f.turns) send({ type: 'live', change: 'turn', conversationId: f.id, index, turn });
      row.events.forEach((event, e) => {
        if (event.afterTurn === index && e >= f.events)
          send({ type: 'live', change: 'event', conversationId: f.id, index: e, event });
      });
    });
    f.turns = row.turns.length;
    f.events = Math.max(f.events, row.events.filter((e) => e.afterTurn < row.turns.length).length);
    if (alert.data?.change === 'ended' && !f.ended) {
      f.ended = true;
      send({
        type: 'live',
        change: 'ended',
        conversationId: f.id,
        score: row.score,
        hangup: row.hangup,
        commitments: Array.isArray(alert.data.commitments) ? alert.data.commitments : [],
      });
    }
  }

  const stopFollowing = () => {
    following?.stop();
    following = null;
  };

  /** The agent a new conversation is for: the caller, or a user of the org the caller may start one for. */
  async function agentFor(agentId: string | undefined): Promise<{ id: string; teamId: string | null }> {
    if (!agentId || agentId === principal.userId) return { id: principal.userId, teamId: principal.teamId };
    const member = orThrow(await readActiveAgent(ctx, actor, agentId));
    if (principal.role === 'agent')
      throw new AppError('forbidden', 'agents start live conversations only for themselves; omit agentId', 'agentId');
    if (principal.role === 'supervisor' && member.teamId !== principal.teamId)
      throw new AppError('forbidden', "supervisors start live conversations only for their team's agents", 'agentId');
    return { id: member.id, teamId: member.teamId };
  }

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
        unsubscribe = ctx.alerts.subscribe(principal.orgId, teamId, (a) => {
          if (a.kind !== 'live') send({ type: 'alert', alert: a });
        });
        return void send({ type: 'subscribed', scope: teamId ? 'team' : 'organization', teamId });
      }
      case 'watch': {
        unwatch?.();
        // Agents: conversations started for them; supervisors and admins: also those of their team's agents.
        const teamId = can(principal.role, 'live:alerts') ? principal.teamId : null;
        const mine = (a: Alert) => a.agentId === principal.userId || (teamId !== null && a.teamId === teamId);
        unwatch = ctx.alerts.subscribe(principal.orgId, null, (a) => {
          if (a.kind !== 'live' || !mine(a)) return;
          if (a.data?.change === 'started')
            send({
              type: 'live_started',
              conversation: {
                conversationId: a.conversationId,
                agentId: a.agentId,
                customerName: a.data.customerName ?? null,
                channel: a.data.channel ?? null,
                startedAt: a.data.startedAt ?? a.at,
                turns: 0,
              },
            });
          else if (a.data?.change === 'ended') send({ type: 'live_ended', conversationId: a.conversationId });
        });
        const since = new Date(ctx.now().getTime() - LIVE_WINDOW_MS);
        const rows = await listLive(ctx, actor, { teamId, since });
        return void send({
          type: 'watching',
          conversations: rows.map((r) => ({
            conversationId: r.conversationId,
            agentId: r.agentId,
            customerName: r.customerName,
            channel: r.channel,
            startedAt: r.startedAt?.toISOString() ?? null,
            turns: r.turns,
          })),
        });
      }
      case 'follow': {
        stopFollowing();
        // Another org's conversation, or one the caller may not even read, does not exist for them.
        const row = orThrow(await readConversation(ctx, actor, message.conversationId));
        if (!mayFollow(principal, row))
          throw new AppError('forbidden', "only the conversation's agent and its team's supervisors may follow it");
        const f: Following = {
          id: row.id,
          turns: row.turns.length,
          events: row.events.length,
          ended: row.analysis !== null,
          stop: () => {},
        };
        // Notices queue behind this handler: the snapshot below goes first, then only what it did not hold.
        f.stop = ctx.alerts.subscribe(principal.orgId, null, (a) => {
          if (a.kind === 'live' && a.conversationId === f.id) enqueue(() => sync(f, a));
        });
        following = f;
        const name = await customerName(ctx, actor, row);
        return void send({
          type: 'following',
          conversationId: row.id,
          agentId: row.agentId,
          customerId: row.customerId,
          customerName: name,
          channel: row.channel,
          startedAt: row.startedAt?.toISOString() ?? null,
          turns: row.turns,
          events: row.events,
          ended: f.ended,
        });
      }
      case 'unfollow': {
        const id = following?.id ?? null;
        stopFollowing();
        return void send({ type: 'unfollowed', conversationId: id });
      }
      case 'start': {
        if (message.conversationId) {
          const row = orThrow(await readConversation(ctx, actor, message.conversationId));
          if (row.analysis) throw new AppError('conflict', 'this conversation has already ended');
          current = {
            id: row.id,
            agentId: row.agentId ?? principal.userId,
            teamId: row.teamId,
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
        const agent = await agentFor(message.agentId);
        const { conversation: row, customerName: storedName } = orThrow(
          await startLiveConversation(ctx, actor, {
            agentId: agent.id,
            customerId: message.customerId,
            customerName: message.customerName,
            channel: message.channel,
          }),
        );
        current = {
          id: row.id,
          agentId: agent.id,
          teamId: agent.teamId,
          customerName: message.customerName,
          turns: [],
          events: [],
          angerPeakAlerted: false,
        };
        notice(current, 'started', {
          customerName: message.customerName ?? storedName,
          channel: message.channel,
          startedAt: (row.startedAt ?? ctx.now()).toISOString(),
        });
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
        orThrow(await recordLiveTurn(ctx, actor, { conversationId: c.id, turn }));
        const cues = live.addTurn(turn);
        c.turns.push(turn);
        notice(c, 'turn', { index: c.turns.length - 1 });
        const analysis = live.turns.at(-1)!;
        send({
          type: 'cues',
          turn: analysis.index,
          stage: analysis.stage,
          cues,
          ...(analysis.customer ? { customer: analysis.customer } : {}),
        });
        ctx.metrics.liveCueSeconds.observe((performance.now() - started) / 1000);
        if (analysis.customer?.abuse.length) {
          const kinds = [...new Set(analysis.customer.abuse.map((f) => ABUSE_WORDS[f.kind]))].join(' and ');
          alert('abuse', `${who(c)} is being abusive: ${kinds} (B1–B3)`, {
            turn: analysis.index,
            customerName: c.customerName ?? null,
          });
        }
        if (analysis.customer?.level === 'furious' && !c.angerPeakAlerted) {
          c.angerPeakAlerted = true;
          alert('anger_peak', `${who(c)} is furious (${Math.round((analysis.customer.anger ?? 0) * 100)} %)`, {
            turn: analysis.index,
            anger: analysis.customer.anger,
            customerName: c.customerName ?? null,
          });
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
        orThrow(await recordLiveEvent(ctx, actor, { conversationId: c.id, event }));
        const cues = live.addEvent(event);
        c.events.push(event);
        notice(c, 'event', { index: c.events.length - 1 });
        send({ type: 'cues', turn: event.afterTurn, stage: live.state.stage, cues });
        if (message.by === 'customer')
          alert('hangup', `${who(c)} hung up: a Chaser call-back is due (F5)`, {
            afterTurn: event.afterTurn,
            customerName: c.customerName ?? null,
          });
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
    const { conversation, analysis, chasers } = orThrow(
      await finishLiveConversation(ctx, actor, { conversationId: c.id, ending: abusive }),
    );
    if (abusive)
      alert(
        'abuse',
        `the agent ended the call on a directly abusive customer (B3)${c.customerName ? `: ${c.customerName}` : ''}`,
        {
          reason: abusive.reason,
          boundary: abusive.boundary,
          customerName: c.customerName ?? null,
        },
      );
    ctx.liveSessions.drop(c.id);
    current = null;
    notice(c, 'ended', { commitments: chasers.map((x) => ({ id: x.id, kind: x.kind, dueAt: x.dueAt })) });
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

  socket.on('message', (data, isBinary) =>
    enqueue(async () => {
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
    }),
  );
  socket.on('close', () => {
    unsubscribe?.();
    unwatch?.();
    stopFollowing();
  });
}
