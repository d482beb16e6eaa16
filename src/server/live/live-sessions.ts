/** Engine sessions for live conversations, rebuilt from the stored turns whenever this node's copy is missing or stale. */
import { createLiveSession, type LiveSession } from '../../core/analyze.ts';
import type { ConversationEvent, Turn } from '../../core/conversation/types.ts';

const MAX_CACHED = 1000;

export interface SessionCache {
  /** The session for a conversation whose stored state is `turns` and `events`; replays when out of step. */
  get(
    conversationId: string,
    stored: { turns: readonly Turn[]; events: readonly ConversationEvent[] },
    customerName?: string,
  ): LiveSession;
  drop(conversationId: string): void;
}

/** Replays stored turns and events in order through a fresh engine session (the engine is pure, so this is exact). */
export function replay(
  stored: { turns: readonly Turn[]; events: readonly ConversationEvent[] },
  customerName?: string,
): LiveSession {
  const session = createLiveSession(customerName ? { customerName } : {});
  stored.turns.forEach((turn, index) => {
    session.addTurn(turn);
    for (const event of stored.events) if (event.afterTurn === index) session.addEvent(event);
  });
  return session;
}

export function createSessionCache(): SessionCache {
  const sessions = new Map<string, LiveSession>();
  return {
    get(conversationId, stored, customerName) {
      const cached = sessions.get(conversationId);
      if (cached && cached.turns.length === stored.turns.length && cached.events.length === stored.events.length)
        return cached;
      const session = replay(stored, customerName);
      // Oldest first out: Map keeps insertion order.
      if (sessions.size >= MAX_CACHED) sessions.delete(sessions.keys().next().value!);
      sessions.set(conversationId, session);
      return session;
    },
    drop: (conversationId) => void sessions.delete(conversationId),
  };
}
