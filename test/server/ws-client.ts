// A WebSocket client for /api/v1/live over the app itself (no port), with a queue of received messages.
import type { SeededUser, TestServer } from './helpers.ts';

interface Socket {
  send(data: string): void;
  close(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
}

/** A WebSocket client over the app (no port), with a queue of received JSON messages. */
export async function connect(server: TestServer, user: SeededUser) {
  const socket = (await server.app.injectWS('/api/v1/live', {
    headers: { cookie: await server.cookie(user) },
  })) as unknown as Socket;
  const inbox: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    inbox.push(JSON.parse(data.toString()));
    for (const wake of waiters.splice(0)) wake();
  });
  const next = async (type: string): Promise<Record<string, unknown>> => {
    for (;;) {
      const index = inbox.findIndex((m) => m.type === type);
      if (index >= 0) return inbox.splice(index, 1)[0]!;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { send: (message: object) => socket.send(JSON.stringify(message)), next, inbox, close: () => socket.close() };
}
