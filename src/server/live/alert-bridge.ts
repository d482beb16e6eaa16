/**
 * Carries live alerts between server processes on PostgreSQL with LISTEN/NOTIFY (PGlite is one process).
 *
 * The LISTEN connection is the one long-lived connection in the product, so it is the one that notices a
 * PostgreSQL restart or `pg_terminate_backend`: when it ends, the bridge reports `reconnecting`, connects again
 * with capped exponential backoff (with jitter, so a fleet does not reconnect in lock-step), issues LISTEN again
 * and reports `listening`. NOTIFY is not durable: alerts other nodes raised while this node was not listening
 * are not replayed (the durable record of every event is the outbox and its webhooks). While NOTIFY cannot be
 * sent, an alert still reaches this node's own supervisors.
 */
import pg from 'pg';
import type { ServerContext } from '../context.ts';
import type { Alert, AlertHub } from './alert-hub.ts';

const CHANNEL = 'defuse_alerts';
/** Most alerts one NOTIFY statement carries (each payload is under 8,000 bytes). */
const MAX_BATCH = 100;
/** `application_name` of the LISTEN connection in pg_stat_activity. */
export const BRIDGE_APPLICATION_NAME = 'defuse-alert-bridge';

export type BridgeState = 'connecting' | 'listening' | 'reconnecting' | 'closed';

export interface AlertBridge {
  /** Where the LISTEN connection stands right now. */
  state(): BridgeState;
  close(): Promise<void>;
}

export interface BridgeObserver {
  /** Called on every state change (e.g. to set a gauge). */
  onState?(state: BridgeState): void;
  /** Called each time the LISTEN connection is re-established after a loss. */
  onReconnect?(): void;
}

export interface BridgeOptions {
  /** First retry delay; doubles per failed try up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** How long one connection attempt may take. */
  connectTimeoutMs?: number;
}

/** Delay before reconnect attempt `attempt` (1-based): exponential, capped, with ±25 % jitter. */
export function reconnectDelayMs(attempt: number, minDelayMs: number, maxDelayMs: number, random = Math.random) {
  const base = Math.min(maxDelayMs, minDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** Every node LISTENs; publishing NOTIFYs, so each alert reaches the subscribers on every node exactly once. */
export async function bridgeAlerts(
  hub: AlertHub,
  databaseUrl: string,
  onError: (error: unknown) => void,
  observer: BridgeObserver = {},
  options: BridgeOptions = {},
): Promise<AlertBridge> {
  const minDelayMs = options.minDelayMs ?? 100;
  const maxDelayMs = options.maxDelayMs ?? 5000;
  const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
  let state: BridgeState = 'connecting';
  let listener: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let attempt = 0;
  let everListened = false;

  const setState = (next: BridgeState) => {
    if (state === next) return;
    state = next;
    observer.onState?.(next);
  };

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      hub.deliver(JSON.parse(message.payload) as Alert);
    } catch (error) {
      onError(error);
    }
  };

  const scheduleReconnect = () => {
    if (state === 'closed' || retry) return;
    setState('reconnecting');
    attempt += 1;
    retry = setTimeout(
      () => {
        retry = null;
        void connect();
      },
      reconnectDelayMs(attempt, minDelayMs, maxDelayMs),
    );
  };

  /** Drops a client that failed or ended; the bridge schedules the next attempt once. */
  const lost = (client: pg.Client, error?: unknown) => {
    if (error) onError(error);
    if (listener !== client) return;
    listener = null;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    scheduleReconnect();
  };

  const connect = async (): Promise<void> => {
    if (state === 'closed') return;
    const client = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: connectTimeoutMs,
      keepAlive: true,
      // Named so an operator (and the fault scripts) can find it in pg_stat_activity.
      application_name: BRIDGE_APPLICATION_NAME,
    });
    listener = client;
    client.on('error', (error) => lost(client, error));
    client.on('end', () => lost(client));
    client.on('notification', onNotification);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      lost(client, error);
      return;
    }
    // close() may have run while connecting (state is read again, after the awaits).
    if ((state as BridgeState) === 'closed' || listener !== client) {
      await client.end().catch(() => undefined);
      return;
    }
    attempt = 0;
    if (everListened) observer.onReconnect?.();
    everListened = true;
    setState('listening');
  };

  const sender = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: connectTimeoutMs });
  sender.on('error', onError);
  // One NOTIFY statement at a time, carrying every alert raised while the previous one was in flight: an idle node
  // sends each alert at once, a busy one pays one round trip (and one PostgreSQL transaction) for many, and alerts
  // go out in the order they were raised. Sending one statement per alert cost a round trip per created case.
  let queued: Array<{ alert: Alert; payload: string }> = [];
  let sending = false;
  const flush = async () => {
    sending = true;
    while (queued.length > 0) {
      // PostgreSQL folds identical payloads sent in one transaction into one notification, so a batch never holds
      // the same payload twice (the second starts the next batch), nor more than MAX_BATCH alerts.
      const seen = new Set<string>();
      let size = 0;
      while (size < queued.length && size < MAX_BATCH && !seen.has(queued[size]!.payload))
        seen.add(queued[size++]!.payload);
      const batch = queued.slice(0, size);
      queued = queued.slice(size);
      try {
        await sender.query('select pg_notify($1, p) from unnest($2::text[]) as t(p)', [
          CHANNEL,
          batch.map((b) => b.payload),
        ]);
      } catch (error) {
        // The database is unreachable: other nodes miss these alerts, this node's supervisors still get them.
        onError(error);
        for (const b of batch) hub.deliver(b.alert);
      }
    }
    sending = false;
  };
  hub.setTransport((alert) => {
    // NOTIFY payloads are limited to 8000 bytes; an alert that large is trimmed to its summary.
    const payload = JSON.stringify(alert);
    const fitted = payload.length < 7900 ? payload : JSON.stringify({ ...alert, data: undefined });
    queued.push({ alert, payload: fitted });
    if (!sending) void flush();
  });

  // The first attempt is awaited so a healthy start is `listening` at once; a failed one keeps retrying.
  await connect();
  return {
    state: () => state,
    async close() {
      const client = listener;
      setState('closed');
      listener = null;
      if (retry) clearTimeout(retry);
      retry = null;
      hub.setTransport(hub.deliver);
      await client?.end().catch(onError);
      await sender.end().catch(onError);
    },
  };
}

/** Starts the bridge for a server: its state goes to `ctx.alertBridge` (for /healthz) and to /metrics. */
export async function startAlertBridge(
  ctx: Pick<ServerContext, 'alerts' | 'metrics' | 'alertBridge'>,
  databaseUrl: string,
  onError: (error: unknown) => void,
  options: BridgeOptions = {},
): Promise<AlertBridge> {
  ctx.metrics.alertBridgeUp.set(0);
  const bridge = await bridgeAlerts(
    ctx.alerts,
    databaseUrl,
    onError,
    {
      onState: (state) => ctx.metrics.alertBridgeUp.set(state === 'listening' ? 1 : 0),
      onReconnect: () => ctx.metrics.alertBridgeReconnects.inc(),
    },
    options,
  );
  ctx.metrics.alertBridgeUp.set(bridge.state() === 'listening' ? 1 : 0);
  ctx.alertBridge = bridge;
  return bridge;
}
