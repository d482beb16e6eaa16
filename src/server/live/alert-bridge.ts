/** Carries live alerts between server processes on PostgreSQL with LISTEN/NOTIFY (PGlite is one process). */
import pg from 'pg';
import type { Alert, AlertHub } from './alert-hub.ts';

const CHANNEL = 'defuse_alerts';

export interface AlertBridge {
  close(): Promise<void>;
}

/** Every node LISTENs; publishing NOTIFYs, so each alert reaches the subscribers on every node exactly once. */
export async function bridgeAlerts(
  hub: AlertHub,
  databaseUrl: string,
  onError: (error: unknown) => void,
): Promise<AlertBridge> {
  const listener = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  listener.on('error', onError);
  listener.on('notification', (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      hub.deliver(JSON.parse(message.payload) as Alert);
    } catch (error) {
      onError(error);
    }
  });
  await listener.query(`LISTEN ${CHANNEL}`);
  const sender = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  sender.on('error', onError);
  hub.setTransport((alert) => {
    // NOTIFY payloads are limited to 8000 bytes; an alert that large is trimmed to its summary.
    const payload = JSON.stringify(alert);
    const fitted = payload.length < 7900 ? payload : JSON.stringify({ ...alert, data: undefined });
    sender.query('select pg_notify($1, $2)', [CHANNEL, fitted]).catch(onError);
  });
  return {
    async close() {
      await listener.end().catch(onError);
      await sender.end().catch(onError);
    },
  };
}
