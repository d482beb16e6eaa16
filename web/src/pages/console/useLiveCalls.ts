/**
 * The console's live line: one WebSocket to /api/v1/live that watches for the live conversations an integration
 * (a call-transcription pipeline) starts for this agent, and follows one of them turn by turn. Reconnects with
 * backoff; after a reconnect it watches again and re-follows (the `following` snapshot carries every turn again).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
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

export type LineStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

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

/** Sends on the socket when it is open (a closed one re-sends `watch` and `follow` when it reconnects). */
function sendOn(socket: WebSocket | null, message: object): void {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

export function useLiveCalls(handlers: FollowHandlers) {
  const [calls, setCalls] = useState<LiveCall[]>([]);
  const [status, setStatus] = useState<LineStatus>('connecting');
  const [following, setFollowing] = useState<string | null>(null);
  const socket = useRef<WebSocket | null>(null);
  const followed = useRef<string | null>(null);
  const on = useRef(handlers);
  on.current = handlers;

  useEffect(() => {
    let retry = 0;
    let closed = false;
    let retryTimer: number | undefined;
    let pingTimer: number | undefined;
    const connect = () => {
      const ws = new WebSocket(
        `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/v1/live`,
      );
      socket.current = ws;
      ws.onopen = () => {
        retry = 0;
        ws.send(JSON.stringify({ type: 'watch' }));
        if (followed.current) ws.send(JSON.stringify({ type: 'follow', conversationId: followed.current }));
        pingTimer = window.setInterval(() => ws.send(JSON.stringify({ type: 'ping' })), 25_000);
      };
      ws.onmessage = (event) => {
        let message: Message;
        try {
          message = JSON.parse(String(event.data)) as Message;
        } catch {
          return;
        }
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
              on.current.onRefused(message.error?.message ?? 'this call cannot be followed');
            }
            return;
        }
      };
      ws.onclose = (event) => {
        window.clearInterval(pingTimer);
        if (closed) return;
        if (event.code === 1008 || event.code === 4401 || event.code === 4403) {
          setStatus('refused');
          return;
        }
        setStatus('reconnecting');
        retry += 1;
        retryTimer = window.setTimeout(connect, Math.min(30_000, 1000 * 2 ** Math.min(retry, 5)));
      };
    };
    connect();
    return () => {
      closed = true;
      window.clearTimeout(retryTimer);
      window.clearInterval(pingTimer);
      socket.current?.close();
    };
  }, []);

  const follow = useCallback((conversationId: string) => {
    followed.current = conversationId;
    setFollowing(conversationId);
    sendOn(socket.current, { type: 'follow', conversationId });
  }, []);
  const unfollow = useCallback(() => {
    if (!followed.current) return;
    followed.current = null;
    setFollowing(null);
    sendOn(socket.current, { type: 'unfollow' });
  }, []);

  return { calls, status, following, follow, unfollow };
}
