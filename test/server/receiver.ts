// A real local webhook receiver (127.0.0.1, port 0) that verifies signatures and deduplicates by delivery id.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DELIVERY_ID_HEADER, SIGNATURE_HEADER, verifySignature } from '../../src/webhooks/signature.ts';

export interface Received {
  deliveryId: string;
  event: string;
  body: Record<string, unknown>;
  signatureValid: boolean;
  reason?: string;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Distinct delivery ids accepted (a receiver's dedupe), in arrival order. */
  accepted: string[];
  setSecret(secret: string): void;
  /** Status codes to answer with, in order, before answering 200. */
  failNext(...statuses: number[]): void;
  close(): Promise<void>;
}

export async function startReceiver(options: { delayMs?: number } = {}): Promise<Receiver> {
  let secret = '';
  const failures: number[] = [];
  const received: Received[] = [];
  const accepted: string[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      // A slow receiver widens the window in which a sender can die mid-request.
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const raw = Buffer.concat(chunks).toString('utf8');
      const check = verifySignature(
        secret,
        request.headers[SIGNATURE_HEADER] as string | undefined,
        raw,
        Math.floor(Date.now() / 1000),
        10 * 365 * 86_400,
      );
      const deliveryId = String(request.headers[DELIVERY_ID_HEADER] ?? '');
      received.push({
        deliveryId,
        event: String(request.headers['defuse-event']),
        body: JSON.parse(raw),
        signatureValid: check.valid,
        ...(check.valid ? {} : { reason: check.reason }),
      });
      const status = failures.shift();
      if (status) return void response.writeHead(status).end();
      if (!check.valid) return void response.writeHead(400).end();
      if (!accepted.includes(deliveryId)) accepted.push(deliveryId);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    accepted,
    setSecret: (value) => {
      secret = value;
    },
    failNext: (...statuses) => void failures.push(...statuses),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
