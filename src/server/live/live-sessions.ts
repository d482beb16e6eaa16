/**
 * Engine sessions for live conversations, kept by use (least recently used out) and brought back cheaply.
 *
 * Two bounded maps, both in recency order: the sessions themselves (`maxSessions`), and compact checkpoints of
 * sessions pushed out of the first (`maxCheckpoints`, each a few kB: the coach state and the last turn's analysis,
 * not every turn's). A turn for a conversation whose session was evicted restores it from its checkpoint and
 * replays only the turns stored since (normally none); only a conversation this node has never seen, or one whose
 * checkpoint was evicted too, is replayed from its first turn. The stored turns stay the truth: a session or
 * checkpoint out of step with them (another node took turns meanwhile) is brought level from them.
 */
import { createLiveSession, type LiveSession } from '../../core/analyze.ts';
import type { SessionCheckpoint } from '../../core/analysis/session.ts';
import type { ConversationEvent, Turn } from '../../core/conversation/types.ts';

export interface StoredConversation {
  turns: readonly Turn[];
  events: readonly ConversationEvent[];
}

export interface SessionCacheStats {
  /** Served from the cache as it was. */
  hits: number;
  /** Brought back from a checkpoint. */
  restored: number;
  /** Rebuilt from the first stored turn. */
  replayedFromStart: number;
  /** Turns fed through the engine again to bring sessions level (restores and full replays together). */
  turnsReplayed: number;
  sessions: number;
  checkpoints: number;
}

export interface SessionCache {
  /** The session for a conversation whose stored state is `turns` and `events`; replays only what it must. */
  get(conversationId: string, stored: StoredConversation, customerName?: string): LiveSession;
  drop(conversationId: string): void;
  stats(): SessionCacheStats;
}

export interface SessionCacheOptions {
  /** Live sessions kept whole (default 5,000). */
  maxSessions?: number;
  /** Checkpoints of evicted sessions kept (default 10 × maxSessions). */
  maxCheckpoints?: number;
  /** Called with the number of turns replayed each time a session is rebuilt or restored (e.g. for metrics). */
  onReplay?: (how: 'restored' | 'from_start', turns: number) => void;
}

/** Feeds `session` the stored turns and events it has not seen, in conversation order; returns the turns fed. */
function catchUp(session: LiveSession, stored: StoredConversation): number {
  const from = session.turnCount;
  const feedEvents = (afterTurn: number) => {
    stored.events.forEach((event, e) => {
      if (e >= session.events.length && event.afterTurn === afterTurn) session.addEvent(event);
    });
  };
  if (from > 0) feedEvents(from - 1);
  for (let index = from; index < stored.turns.length; index += 1) {
    session.addTurn(stored.turns[index]!);
    feedEvents(index);
  }
  return stored.turns.length - from;
}

/** Replays stored turns and events in order through a fresh engine session (the engine is pure, so this is exact). */
export function replay(stored: StoredConversation, customerName?: string): LiveSession {
  const session = createLiveSession(customerName ? { customerName } : {});
  catchUp(session, stored);
  return session;
}

/** Whether a session or checkpoint at (turns, events) can be brought level with `stored` by feeding it more. */
const behindOrLevel = (turns: number, events: number, stored: StoredConversation) =>
  turns <= stored.turns.length && events <= stored.events.length;

/** A Map used as an LRU: reading moves an entry to the back, the front is the least recently used. */
function touch<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

export function createSessionCache(options: SessionCacheOptions = {}): SessionCache {
  const maxSessions = Math.max(1, options.maxSessions ?? 5000);
  const maxCheckpoints = Math.max(0, options.maxCheckpoints ?? maxSessions * 10);
  const sessions = new Map<string, LiveSession>();
  const checkpoints = new Map<string, SessionCheckpoint>();
  const counts = { hits: 0, restored: 0, replayedFromStart: 0, turnsReplayed: 0 };

  const keepCheckpoint = (conversationId: string, checkpoint: SessionCheckpoint) => {
    if (maxCheckpoints === 0) return;
    checkpoints.delete(conversationId);
    checkpoints.set(conversationId, checkpoint);
    while (checkpoints.size > maxCheckpoints) checkpoints.delete(checkpoints.keys().next().value!);
  };

  const keep = (conversationId: string, session: LiveSession) => {
    sessions.delete(conversationId);
    sessions.set(conversationId, session);
    checkpoints.delete(conversationId);
    while (sessions.size > maxSessions) {
      const [oldestId, oldest] = sessions.entries().next().value!;
      sessions.delete(oldestId);
      keepCheckpoint(oldestId, oldest.checkpoint());
    }
  };

  return {
    get(conversationId, stored, customerName) {
      const cached = touch(sessions, conversationId);
      if (cached && cached.turnCount === stored.turns.length && cached.events.length === stored.events.length) {
        counts.hits += 1;
        return cached;
      }
      if (cached && behindOrLevel(cached.turnCount, cached.events.length, stored)) {
        // Another node took turns on this conversation: feed this copy the ones it missed.
        counts.turnsReplayed += catchUp(cached, stored);
        counts.restored += 1;
        return cached;
      }
      const checkpoint = cached ? undefined : checkpoints.get(conversationId);
      let session: LiveSession;
      if (checkpoint && behindOrLevel(checkpoint.turnCount, checkpoint.events.length, stored)) {
        session = createLiveSession(customerName ? { customerName } : {}, checkpoint);
        const fed = catchUp(session, stored);
        counts.restored += 1;
        counts.turnsReplayed += fed;
        options.onReplay?.('restored', fed);
      } else {
        session = replay(stored, customerName);
        counts.replayedFromStart += 1;
        counts.turnsReplayed += stored.turns.length;
        options.onReplay?.('from_start', stored.turns.length);
      }
      keep(conversationId, session);
      return session;
    },
    drop(conversationId) {
      sessions.delete(conversationId);
      checkpoints.delete(conversationId);
    },
    stats: () => ({ ...counts, sessions: sessions.size, checkpoints: checkpoints.size }),
  };
}
