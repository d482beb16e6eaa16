// Bulk-loads cases (with customers and promises) into one org with set-based SQL, batch by batch behind a
// progress bar. Texts are drawn from a fixed list so searches have realistic selectivity: "refund" is in about
// one case in six, "chargeback" in one in a thousand.
import cliProgress from 'cli-progress';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/store/database.ts';

const ISSUES = [
  'Refund not received after three weeks',
  'Charged twice for the same order',
  'Router keeps dropping the connection',
  'Engineer never turned up for the appointment',
  'Parcel marked delivered but never arrived',
  'Refund promised on the phone never came',
  'Contract cancelled but still being billed',
  'Water off since Tuesday with no update',
  'Agent hung up in the middle of the call',
  'Bill doubled without any warning',
  'Waiting on hold for over an hour',
  'Wrong item delivered twice',
];
const CATEGORIES = ['billing', 'delivery', 'outage', 'service', 'refunds', 'technical'];

export interface SeedTarget {
  orgId: string;
  ownerId: string;
  teamId: string | null;
}

/** Adds `count` cases (one customer per 20 cases, one open promise per 5 cases), received over the last year. */
export async function seedCases(db: Database, target: SeedTarget, count: number, batch = 20_000): Promise<void> {
  const bar = new cliProgress.SingleBar(
    { format: 'seeding |{bar}| {percentage}% {value}/{total} cases {eta_formatted} left', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(count, 0);
  const issues = `(array[${ISSUES.map((i) => `'${i}'`).join(',')}])`;
  const categories = `(array[${CATEGORIES.map((c) => `'${c}'`).join(',')}])`;
  const { orgId, ownerId, teamId } = target;
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    const customers = Math.max(1, Math.ceil(n / 20));
    await db.transaction(async (tx) => {
      await tx.execute(
        sql.raw(`
        with new_customers as (
          insert into customers (org_id, name, email, external_ref)
          select '${orgId}', 'Customer ' || (${start} + g), 'c' || (${start} + g) || '@load.example', 'load-' || ${start} || '-' || g
          from generate_series(1, ${customers}) g
          returning id
        ), ids as (select array_agg(id) as a from new_customers),
        new_cases as (
          insert into cases (org_id, customer_id, owner_id, team_id, state, category, presenting_issue, severity,
                             received_at, created_at, updated_at)
          select '${orgId}', ids.a[1 + (g % ${customers})], '${ownerId}', ${teamId ? `'${teamId}'` : 'null'},
                 (array['received','acknowledged','investigating','resolved','closed'])[1 + (g % 5)]::case_state,
                 ${categories}[1 + (g % ${CATEGORIES.length})],
                 ${issues}[1 + ((g * 7) % ${ISSUES.length})]
                   || case when (${start} + g) % 1000 = 0 then ' after a chargeback' else '' end
                   || ' (ref ' || (${start} + g) || ')',
                 (array['low','medium','high'])[1 + (g % 3)]::severity,
                 now() - make_interval(secs => ((${start} + g) * 31.7)::int % 31536000),
                 now(), now()
          from generate_series(1, ${n}) g, ids
          returning id, received_at
        )
        insert into commitments (org_id, case_id, kind, owner_id, contact, steps, due_at, created_at, updated_at)
        select '${orgId}', id, 'callback', '${ownerId}', '{"phone":"+1 555 0100"}', '["Call back with the outcome"]',
               received_at + interval '2 days', now(), now()
        from new_cases where (extract(epoch from received_at)::bigint % 5) = 0`),
      );
    });
    bar.update(start + n);
  }
  bar.stop();
  await db.execute(sql`analyze`);
}
