/** Supervisors' live alerts: the live line (common/live-line.ts), subscribed to the team's alerts. */
import { useEffect, useRef, useState } from 'react';
import { type LiveLineStatus, openLiveLine } from '../common/live-line';
import { mergeAlert } from './alert-kinds';

export interface LiveAlert {
  kind: 'abuse' | 'anger_peak' | 'hangup' | 'event';
  conversationId: string | null;
  agentId: string | null;
  teamId: string | null;
  message: string;
  at: string;
  data?: Record<string, unknown>;
}

export type LiveStatus = LiveLineStatus;

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
    const line = openLiveLine({
      opening: () => [{ type: 'subscribe' }],
      onMessage: (raw) => {
        const message = raw as { type?: string; alert?: LiveAlert; scope?: string };
        if (message.type === 'subscribed') {
          setStatus('live');
          setScope(message.scope ?? null);
        } else if (message.type === 'alert' && message.alert) {
          const alert = message.alert;
          setAlerts((previous) => mergeAlert(previous, alert, MAX_KEPT));
          callback.current?.(alert);
        }
      },
      onDown: setStatus,
    });
    return line.close;
  }, []);

  return { alerts, status, scope, clear: () => setAlerts([]) };
}
