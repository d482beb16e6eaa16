// A webhook receiver for fault scripts: verifies every signature, records every arrival (a repeated delivery id
// is at-least-once, counted apart), and can be taken down (port closed: connections refused) and brought back.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DELIVERY_ID_HEADER, SIGNATURE_HEADER, verifySignature } from '../../src/webhooks/signature.ts';

export interface Arrival {
  deliveryId: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
  signatureValid: boolean;
  at: number;
}

export interface FaultReceiver {
  url: string;
  arrivals: Arrival[];
  setSecret(secret: string): void;
  /** Closes the port (senders get ECONNREFUSED) until `up()`. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultReceiver(options: { delayMs?: number } = {}): Promise<FaultReceiver> {
  let secret = '';
  const arrivals: Arrival[] = [];
  const handler: http.RequestListener = (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const raw = Buffer.concat(chunks).toString('utf8');
      const check = verifySignature(
        secret,
        request.headers[SIGNATURE_HEADER] as string | undefined,
        raw,
        Math.floor(Date.now() / 1000),
        86_400,
      );
      const body = JSON.parse(raw) as { type: string; occurredAt: string; data: Record<string, unknown> };
      arrivals.push({
        deliveryId: String(request.headers[DELIVERY_ID_HEADER] ?? ''),
        type: body.type,
        occurredAt: body.occurredAt,
        data: body.data,
        signatureValid: check.valid,
        at: Date.now(),
      });
      response.writeHead(check.valid ? 204 : 400).end();
    });
  };
  let server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const closeServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: `http://127.0.0.1:${port}/hook`,
    arrivals,
    setSecret: (value) => {
      secret = value;
    },
    down: closeServer,
    async up() {
      server = http.createServer(handler);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    close: closeServer,
  };
}

/** Lost, duplicated and repeated deliveries of `expected` effects (type + subject id), from what arrived. */
export function tally(arrivals: readonly Arrival[], expected: ReadonlySet<string>, effectOf: (a: Arrival) => string) {
  const validArrivals = arrivals.filter((a) => a.signatureValid);
  const idsByEffect = new Map<string, Set<string>>();
  const seenIds = new Map<string, number>();
  for (const a of validArrivals) {
    const effect = effectOf(a);
    if (!idsByEffect.has(effect)) idsByEffect.set(effect, new Set());
    idsByEffect.get(effect)!.add(a.deliveryId);
    seenIds.set(a.deliveryId, (seenIds.get(a.deliveryId) ?? 0) + 1);
  }
  const lost = [...expected].filter((effect) => !idsByEffect.has(effect));
  const duplicated = [...idsByEffect].filter(([, ids]) => ids.size > 1).map(([effect]) => effect);
  const repeats = [...seenIds.values()].reduce((sum, n) => sum + (n - 1), 0);
  const unexpected = [...idsByEffect.keys()].filter((effect) => !expected.has(effect));
  return {
    arrivals: arrivals.length,
    badSignatures: arrivals.length - validArrivals.length,
    lost,
    duplicated,
    repeats,
    unexpected,
  };
}
