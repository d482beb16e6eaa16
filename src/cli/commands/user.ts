/** `defuse user create --org NAME --email E --role R --password P`. */
import { type Command, Option } from 'commander';
import { readConfig } from '../../config.ts';
import { CLI, systemActorIn, unwrap } from '../../services/context.ts';
import { createUser, findOrgNamed, findTeamNamed } from '../../services/tenant.service.ts';
import { USER_ROLES, type UserRole as Role } from '../../core/cases/types.ts';
import { AppError } from '../../core/errors.ts';
import { openDatabase } from '../../store/database.ts';
import { guarded } from '../exit.ts';

interface Options {
  org: string;
  email: string;
  role: Role;
  password: string;
  name?: string;
  team?: string;
  instanceAdmin?: boolean;
}

export function register(program: Command): void {
  const user = program.command('user').description('manage users');
  user
    .command('create')
    .requiredOption('--org <name>', 'organization name or slug')
    .requiredOption('--email <email>', 'e-mail (the log-in; unique within the organization)')
    .addOption(new Option('--role <role>', 'role').choices(USER_ROLES).makeOptionMandatory())
    .requiredOption('--password <password>', 'password (at least 10 characters)')
    .option('--name <name>', 'display name')
    .option('--team <team>', 'team name (default: none)')
    .option('--instance-admin', 'may also create organizations while the server runs (POST /api/v1/orgs)')
    .description('create a user in an organization')
    .action(
      guarded(async (options: Options) => {
        const config = readConfig();
        const store = await openDatabase({
          databaseUrl: config.DATABASE_URL,
          dataDir: config.DEFUSE_DATA_DIR,
          holder: 'defuse user create',
          lockedHint:
            'stop it, or add the user through the API/web app as an admin of the organization (POST /api/v1/users)',
        });
        try {
          // The CLI is a door: it names the org and team, and adds the user by the same use case as POST /api/v1/users.
          const ctx = { db: store.db, now: () => new Date() };
          const org = unwrap(await findOrgNamed(ctx, CLI, { name: options.org }));
          const actor = systemActorIn(org.id, 'cli');
          const team = options.team ? await findTeamNamed(ctx, actor, { name: options.team }) : undefined;
          if (team && !team.success)
            throw new AppError('not_found', `no team named "${options.team}" in ${org.name}`, 'team');
          const created = unwrap(
            await createUser(ctx, actor, {
              email: options.email,
              password: options.password,
              role: options.role,
              name: options.name,
              teamId: team?.data.id ?? null,
              instanceAdmin: options.instanceAdmin === true,
            }),
          );
          process.stdout.write(`created ${created.role} ${created.email} in "${org.name}"\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
