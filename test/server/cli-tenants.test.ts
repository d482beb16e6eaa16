// `defuse org create` and `defuse user create` set up tenants without a browser; bad input exits 2 with one line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { asc } from 'drizzle-orm';
import { openDatabase } from '../../src/store/database.ts';
import { auditEvents } from '../../src/store/schema/index.ts';
import { findLoginUser } from '../../src/store/repositories/auth.repository.ts';
import { verifyPassword } from '../../src/services/password.ts';

test('org create and user create, then refusals with exit code 2', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const defuse = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      env: { ...process.env, DEFUSE_DATA_DIR: dir },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const org = defuse(
    'org',
    'create',
    'Initech',
    '--admin-email',
    'boss@initech.test',
    '--admin-password',
    'a long admin password',
  );
  assert.equal(org.status, 0, org.stderr);
  assert.match(org.stdout, /created organization "Initech"/);
  const user = defuse(
    'user',
    'create',
    '--org',
    'initech',
    '--email',
    'milton@initech.test',
    '--role',
    'supervisor',
    '--password',
    'stapler stapler',
    '--team',
    'front line',
  );
  assert.equal(user.status, 0, user.stderr);

  for (const [args, pattern] of [
    [
      ['org', 'create', 'Initech', '--admin-email', 'other@initech.test', '--admin-password', 'a long admin password'],
      /already exists/,
    ],
    [
      [
        'user',
        'create',
        '--org',
        'Initech',
        '--email',
        'milton@initech.test',
        '--role',
        'agent',
        '--password',
        'stapler stapler',
      ],
      /already exists/,
    ],
    [
      [
        'user',
        'create',
        '--org',
        'Nowhere',
        '--email',
        'x@initech.test',
        '--role',
        'agent',
        '--password',
        'stapler stapler',
      ],
      /no organization named "Nowhere"/,
    ],
    [
      ['user', 'create', '--org', 'Initech', '--email', 'x@initech.test', '--role', 'agent', '--password', 'short'],
      /password: must be at least 10 characters/,
    ],
    [
      [
        'user',
        'create',
        '--org',
        'Initech',
        '--email',
        'x@initech.test',
        '--role',
        'owner',
        '--password',
        'stapler stapler',
      ],
      /Allowed choices are agent, supervisor, admin/,
    ],
  ] as const) {
    const refused = defuse(...args);
    assert.equal(refused.status, 2, `${args.join(' ')}: ${refused.stderr}`);
    assert.match(refused.stderr, pattern);
    assert.ok(!refused.stderr.includes('    at '), 'no stack trace');
  }

  const store = await openDatabase({ dataDir: dir });
  try {
    const milton = await findLoginUser(store.db, 'MILTON@initech.test');
    assert.equal(milton?.role, 'supervisor');
    assert.ok(milton?.teamId, 'placed in the named team');
    assert.ok(await verifyPassword('stapler stapler', milton!.passwordHash!), 'password stored as a scrypt hash');
    assert.match(milton!.passwordHash!, /^scrypt\$/);

    // Each CLI write is in the audit trail as the CLI's (no user), once; the refusals above wrote nothing.
    const trail = await store.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    assert.deepEqual(
      trail.map((r) => [r.entity, r.action, r.actorId, r.actorVia]),
      [
        ['organization', 'created', null, 'cli'],
        ['team', 'created', null, 'cli'],
        ['user', 'created', null, 'cli'],
        ['user', 'created', null, 'cli'],
      ],
    );
    assert.deepEqual(trail[3]!.after, {
      email: 'milton@initech.test',
      name: 'milton',
      role: 'supervisor',
      teamId: milton!.teamId,
      active: true,
    });
    const json = JSON.stringify(trail);
    for (const secret of ['stapler', 'a long admin password', 'scrypt'])
      assert.ok(!json.includes(secret), `no ${secret} in the trail`);
  } finally {
    await store.close();
  }
});
