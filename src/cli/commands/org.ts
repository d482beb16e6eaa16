/** `defuse org create NAME --admin-email E --admin-password P`: sets up a tenant without a browser. */
import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { CLI, unwrap } from '../../services/context.ts';
import { createOrg } from '../../services/tenant.service.ts';
import { openDatabase } from '../../store/database.ts';
import { guarded } from '../exit.ts';

export function register(program: Command): void {
  const org = program.command('org').description('manage organizations (tenants)');
  org
    .command('create')
    .argument('<name>', 'organization name')
    .requiredOption('--admin-email <email>', "the first admin's e-mail (their log-in)")
    .requiredOption('--admin-password <password>', "the first admin's password (at least 10 characters)")
    .option(
      '--instance-admin',
      'the first admin may also create organizations while the server runs (POST /api/v1/orgs)',
    )
    .description('create an organization with a default team and its first admin')
    .action(
      guarded(async (name: string, options: { adminEmail: string; adminPassword: string; instanceAdmin?: boolean }) => {
        const config = readConfig();
        const store = await openDatabase({
          databaseUrl: config.DATABASE_URL,
          dataDir: config.DEFUSE_DATA_DIR,
          holder: 'defuse org create',
          lockedHint: 'stop it, or create the org through the API/web app as an instance admin (POST /api/v1/orgs)',
        });
        try {
          // The CLI is a door: its options are the input, checked by the same use case as POST /api/v1/orgs.
          const ctx = { db: store.db, now: () => new Date() };
          const created = unwrap(
            await createOrg(ctx, CLI, {
              name,
              adminEmail: options.adminEmail,
              adminPassword: options.adminPassword,
              instanceAdmin: options.instanceAdmin === true,
            }),
          );
          process.stdout.write(
            `created organization "${created.org.name}" (${created.org.id}); admin ${created.admin.email}${created.admin.instanceAdmin ? ' (instance admin)' : ''} can log in\n`,
          );
        } finally {
          await store.close();
        }
      }),
    );
}
