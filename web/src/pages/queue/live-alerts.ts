/** Supervisors' live alerts: one WebSocket to /api/v1/live, subscribed, kept alive, reconnected with backoff. */
import { useEffect, useRef, useState } from 'react';

export interface LiveAlert {
  kind: 'abuse' | 'anger_peak' | 'hangup' | 'event';
  conversationId: string | null;
  agentId: string | null;
  teamId: string | null;
  message: string;
  at: string;
  data?: Record<string, unknown>;
}

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

const MAX_KEPT = 50;

/** A short two-tone chime through Web Audio (no audio file to load; silent where audio is blocked). */
export function chime(): void {
  try {
    const audio = new AudioContext();
    const now = audio.currentTime;
    for (const [i, frequency] of [880, 660].entries()) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.2, now + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.16);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(now + i * 0.18);
      oscillator.stop(now + i * 0.18 + 0.17);
    }
    window.setTimeout(() => void audio.close(), 600);
  } catch {
    // No audio output: the visual cue is still there.
  }
}

export function useLiveAlerts(onAlert?: (alert: LiveAlert) => void) {
  const [alerts, setAlerts] = useState<LiveAlert[]>([]);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [scope, setScope] = useState<string | null>(null);
  const callback = useRef(onAlert);
  callback.current = onAlert;

  useEffect(() => {
    let socket: WebSocket | null = null;
    let retry = 0;
    let closed = false;
    let retryTimer: number | undefined;
    let pingTimer: number | undefined;
    const connect = () => {
      const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/v1/live`;
      socket = new WebSocket(url);
      socket.onopen = () => {
        retry = 0;
        socket?.send(JSON.stringify({ type: 'subscribe' }));
        pingTimer = window.setInterval(() => socket?.send(JSON.stringify({ type: 'ping' })), 25_000);
      };
      socket.onmessage = (event) => {
        let message: { type?: string; alert?: LiveAlert; scope?: string };
        try {
          message = JSON.parse(String(event.data));
        } catch {
          return;
        }
        if (message.type === 'subscribed') {
          setStatus('live');
          setScope(message.scope ?? null);
        } else if (message.type === 'alert' && message.alert) {
          const alert = message.alert;
          setAlerts((previous) => [alert, ...previous].slice(0, MAX_KEPT));
          callback.current?.(alert);
        }
      };
      socket.onclose = (event) => {
        window.clearInterval(pingTimer);
        if (closed) return;
        // 1008/4401-style refusals mean the session is gone: reconnecting would not help.
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
      socket?.close();
    };
  }, []);

  return { alerts, status, scope, clear: () => setAlerts([]) };
}
