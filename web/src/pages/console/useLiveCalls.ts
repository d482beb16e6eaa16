/**
 * The console's live line: one WebSocket to /api/v1/live that watches for the live conversations an integration
 * (a call-transcription pipeline) starts for this agent, and follows one of them turn by turn, over the live line
 * (common/live-line.ts), which reconnects with backoff.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type LiveLine, type LiveLineStatus, openLiveLine } from '../common/live-line';
import type { ConversationEvent, Turn } from './engine';

export interface LiveCall {
  conversationId: string;
  agentId: string | null;
  customerName: string | null;
  channel: string | null;
  startedAt: string | null;
  turns: number;
}

/** The whole conversation so far, when following starts (and again after a reconnect). */
export interface FollowSnapshot {
  conversationId: string;
  customerId: string | null;
  customerName: string | null;
  channel: string | null;
  turns: Turn[];
  events: ConversationEvent[];
  ended: boolean;
}

export interface CallEnded {
  conversationId: string;
  score: number | null;
  hangup: boolean;
  commitments: Array<{ id: string; kind: string; dueAt: string }>;
}

/** The live call a console follows. */
export interface FollowedCall {
  conversationId: string;
  customerId: string | null;
  customerName: string | null;
  channel: string | null;
  /** Set when the call system ended it: the stored analysis and the Chaser it created (F5). */
  ended: CallEnded | null;
}

export interface FollowHandlers {
  onSnapshot(snapshot: FollowSnapshot): void;
  onTurn(index: number, turn: Turn): void;
  onEvent(event: ConversationEvent): void;
  onEnded(ended: CallEnded): void;
  /** The server refused to follow (not this agent's call, or gone). */
  onRefused(message: string): void;
  /** A call was started for this agent while the console is open. */
  onIncoming?(call: LiveCall): void;
}

export type LineStatus = LiveLineStatus;

type Message =
  | { type: 'watching'; conversations: LiveCall[] }
  | { type: 'live_started'; conversation: LiveCall }
  | { type: 'live_ended'; conversationId: string }
  | ({ type: 'following' } & FollowSnapshot)
  | { type: 'live'; change: 'turn'; conversationId: string; index: number; turn: Turn }
  | { type: 'live'; change: 'event'; conversationId: string; index: number; event: ConversationEvent }
  | ({ type: 'live'; change: 'ended' } & CallEnded)
  | { type: 'error'; error?: { code?: string; message?: string } }
  | { type: 'pong' | 'unfollowed' };

/** The followed call survives a reload of this tab (sessionStorage: per tab, gone when the tab closes). */
const FOLLOWED_KEY = 'defuse.console.following';
function remembered(): string | null {
  try {
    return window.sessionStorage.getItem(FOLLOWED_KEY);
  } catch {
    return null;
  }
}
function remember(conversationId: string | null): void {
  try {
    if (conversationId) window.sessionStorage.setItem(FOLLOWED_KEY, conversationId);
    else window.sessionStorage.removeItem(FOLLOWED_KEY);
  } catch {
    // Storage blocked: following still works, it just does not survive a reload.
  }
}

export function useLiveCalls(handlers: FollowHandlers) {
  const [calls, setCalls] = useState<LiveCall[]>([]);
  const [status, setStatus] = useState<LineStatus>('connecting');
  // After a reload the line opens by following the call this tab followed (its `following` snapshot redraws it).
  const [following, setFollowing] = useState<string | null>(remembered);
  const lineRef = useRef<LiveLine | null>(null);
  const followed = useRef<string | null>(following);
  const on = useRef(handlers);
  on.current = handlers;

  useEffect(() => {
    const line = openLiveLine({
      // After a reconnect: watch again and re-follow (the `following` snapshot carries every turn again).
      opening: () => [
        { type: 'watch' },
        ...(followed.current ? [{ type: 'follow', conversationId: followed.current }] : []),
      ],
      onMessage: (raw) => {
        const message = raw as Message;
        switch (message.type) {
          case 'watching':
            setStatus('live');
            setCalls(message.conversations);
            return;
          case 'live_started':
            setCalls((previous) => [
              message.conversation,
              ...previous.filter((c) => c.conversationId !== message.conversation.conversationId),
            ]);
            on.current.onIncoming?.(message.conversation);
            return;
          case 'live_ended':
            setCalls((previous) => previous.filter((c) => c.conversationId !== message.conversationId));
            return;
          case 'following':
            if (message.conversationId === followed.current) on.current.onSnapshot(message);
            return;
          case 'live':
            if (message.conversationId !== followed.current) return;
            if (message.change === 'turn') on.current.onTurn(message.index, message.turn);
            else if (message.change === 'event') on.current.onEvent(message.event);
            else on.current.onEnded(message);
            return;
          case 'error':
            // The only requests this socket makes that can be refused are follows.
            if (followed.current && (message.error?.code === 'forbidden' || message.error?.code === 'not_found')) {
              followed.current = null;
              setFollowing(null);
              remember(null);
              on.current.onRefused(message.error?.message ?? 'this call cannot be followed');
            }
            return;
        }
      },
      onDown: setStatus,
    });
    lineRef.current = line;
    return line.close;
  }, []);

  const follow = useCallback((conversationId: string) => {
    followed.current = conversationId;
    setFollowing(conversationId);
    remember(conversationId);
    lineRef.current?.send({ type: 'follow', conversationId });
  }, []);
  const unfollow = useCallback(() => {
    if (!followed.current) return;
    followed.current = null;
    setFollowing(null);
    remember(null);
    lineRef.current?.send({ type: 'unfollow' });
  }, []);

  return { calls, status, following, follow, unfollow };
}
