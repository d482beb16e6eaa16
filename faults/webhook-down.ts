// The webhook receiver down, then up: events raised while it refuses connections must all arrive once it is back,
// in order per case, with valid signatures.
//
//   npm run fault:webhook-down -- [--down 600] [--cases 50] [--settle 600] [--quick]
//
// A lost event, a bad signature or an event that arrives before an earlier event of the same case fails the run
// (exit 1). The delivery worker holds a case's later deliveries behind its earliest pending one (per webhook), so
// the order holds through the outage and the retries (src/store/repositories/webhook.repository.ts).
import pg from 'pg';
import { args } from '../bench/lib/server.ts';
import { createScratchDatabase } from '../test/store/harness.ts';
import { startFaultReceiver, tally } from './lib/receiver.ts';
import { firstStart, sleep } from './lib/setup.ts';

const cli = args();
const quick = cli.flag('quick');
const DOWN_S = cli.number('down', quick ? 5 : 600);
const CASES = cli.number('cases', quick ? 10 : 50);
// First retry after 1 s, doubling: after a 10-minute outage a case's next try can be ~7 minutes after the receiver
// is back (tries at 511 s, then 1,023 s), so the full run waits up to 10 minutes for the last case.
const SETTLE_S = cli.number('settle', quick ? 25 : 600);

const scratch = await createScratchDatabase('defuse_fault_hook');
const receiver = await startFaultReceiver();
let exitCode = 0;
try {
  const { server, api } = await firstStart({
    DATABASE_URL: scratch.url,
    DEFUSE_SCHEDULER_INTERVAL_MS: '250',
    DEFUSE_WEBHOOK_FIRST_RETRY_SECONDS: '1',
    DEFUSE_WEBHOOK_TIMEOUT_MS: '2000',
  });
  const hook = await api.call<{ secret: string }>(server, 'POST', '/api/v1/webhooks', { url: receiver.url });
  receiver.setSecret(hook.secret);
  const customer = await api.call<{ id: string }>(server, 'POST', '/api/v1/customers', { name: 'Hook Customer' });
  await receiver.down();
  const downAt = Date.now();
  // Each case gets a history while the receiver is down: created, then updated twice.
  const caseIds: string[] = [];
  for (let i = 0; i < CASES; i += 1) {
    const opened = await api.call<{ id: string }>(server, 'POST', '/api/v1/cases', {
      customerId: customer.id,
      presentingIssue: `Down case ${i}`,
    });
    caseIds.push(opened.id);
    for (const severity of ['high', 'critical'] as const)
      await api.call(server, 'PATCH', `/api/v1/cases/${opened.id}`, { severity });
  }
  await sleep(Math.max(0, downAt + DOWN_S * 1000 - Date.now()));
  await receiver.up();
  const upAt = Date.now();
  const db = new pg.Client({ connectionString: scratch.url });
  await db.connect();
  let pending = -1;
  while (Date.now() < upAt + SETTLE_S * 1000) {
    await sleep(1000);
    pending = Number(
      (await db.query<{ n: string }>("select count(*) as n from webhook_deliveries where status = 'pending'")).rows[0]!
        .n,
    );
    if (pending === 0) break;
  }
  const { rows } = await db.query<{ key: string; type: string; case_id: string; occurred: string }>(
    "select idempotency_key as key, event as type, payload->'data'->>'caseId' as case_id, payload->>'occurredAt' as occurred from webhook_deliveries",
  );
  await db.end();
  await server.stop();
  const lastArrival = Math.max(...receiver.arrivals.map((a) => a.at));

  const expected = new Set(rows.map((r) => r.key));
  const result = tally(receiver.arrivals, expected, (a) => a.deliveryId);
  // Order per case: the first arrival of each delivery, compared with the order the events occurred in.
  const firstArrivals = new Map<string, (typeof receiver.arrivals)[number]>();
  for (const a of receiver.arrivals) if (!firstArrivals.has(a.deliveryId)) firstArrivals.set(a.deliveryId, a);
  let outOfOrder = 0;
  let example = '';
  for (const caseId of caseIds) {
    const seen = [...firstArrivals.values()].filter((a) => a.data.caseId === caseId || a.data.id === caseId);
    for (let i = 1; i < seen.length; i += 1)
      if (seen[i]!.occurredAt < seen[i - 1]!.occurredAt) {
        outOfOrder += 1;
        example ||= `${seen[i - 1]!.type} (${seen[i - 1]!.occurredAt}) arrived before ${seen[i]!.type} (${seen[i]!.occurredAt})`;
      }
  }
  console.log(
    `fault:webhook-down — receiver refused connections for ${DOWN_S} s while ${CASES} cases were created and updated (${expected.size} events), PostgreSQL`,
  );
  console.log(
    `  delivered: ${expected.size - result.lost.length} of ${expected.size}; still pending: ${pending}; last arrival ${((lastArrival - upAt) / 1000).toFixed(1)} s after the receiver came back`,
  );
  console.log(
    `  out of order within a case: ${outOfOrder}${example ? ` (e.g. ${example})` : ''}; bad signatures: ${result.badSignatures}; repeats of a delivery id: ${result.repeats}`,
  );
  if (outOfOrder) console.log(`  MISSED: ${outOfOrder} events arrived before an earlier event of the same case`);
  if (result.lost.length || result.badSignatures || outOfOrder) {
    exitCode = 1;
    console.log(
      `  MISSED: ${result.lost.length} not delivered, ${result.badSignatures} bad signatures, ${outOfOrder} out of order`,
    );
  } else console.log('  OK: every event delivered with a valid signature, in order per case');
} finally {
  await receiver.close();
  await scratch.drop();
}
process.exit(exitCode);
