/**
 * One WebSocket to /api/v1/live for a screen (the Queue's alerts, the console's live calls): it sends its opening
 * frames on every (re)connect, pings every 25 s, reconnects with backoff, and stops for good when the server refuses
 * the session (reconnecting would not help).
 */

export type LiveLineStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface LiveLineHandlers {
  /** The frames to send each time the socket opens (subscribe, watch, re-follow, …). */
  opening(): object[];
  /** A frame from the server, parsed; frames that are not JSON are dropped. */
  onMessage(message: unknown): void;
  /** The line dropped (it reconnects by itself) or was refused (it does not). */
  onDown(status: 'reconnecting' | 'refused'): void;
}

export interface LiveLine {
  /** Sends when the socket is open; a closed one sends its opening frames again when it reconnects. */
  send(message: object): void;
  close(): void;
}

/** Close codes that mean the session is gone or not allowed: 1008 policy, 4401/4403 from the server. */
const REFUSED = new Set([1008, 4401, 4403]);
const PING_MS = 25_000;

export function openLiveLine(handlers: LiveLineHandlers): LiveLine {
  let socket: WebSocket | null = null;
  let retry = 0;
  let closed = false;
  let retryTimer: number | undefined;
  let pingTimer: number | undefined;
  const send = (message: object) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };
  const connect = () => {
    const ws = new WebSocket(
      `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/v1/live`,
    );
    socket = ws;
    ws.onopen = () => {
      retry = 0;
      for (const frame of handlers.opening()) ws.send(JSON.stringify(frame));
      pingTimer = window.setInterval(() => send({ type: 'ping' }), PING_MS);
    };
    ws.onmessage = (event) => {
      let message: unknown;
      try {
        message = JSON.parse(String(event.data));
      } catch {
        return;
      }
      handlers.onMessage(message);
    };
    ws.onclose = (event) => {
      window.clearInterval(pingTimer);
      if (closed) return;
      if (REFUSED.has(event.code)) {
        handlers.onDown('refused');
        return;
      }
      handlers.onDown('reconnecting');
      retry += 1;
      retryTimer = window.setTimeout(connect, Math.min(30_000, 1000 * 2 ** Math.min(retry, 5)));
    };
  };
  connect();
  return {
    send,
    close: () => {
      closed = true;
      window.clearTimeout(retryTimer);
      window.clearInterval(pingTimer);
      socket?.close();
    },
  };
}
