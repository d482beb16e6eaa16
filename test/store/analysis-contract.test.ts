// Migration 0013: analyses stored before the contract had a version (snake_case) are rewritten to version 2, which
// is what the engine writes now; a second run changes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { ANALYSIS_VERSION, analyzeConversation, type ConversationAnalysis } from '../../src/core/analyze.ts';
import { findConversation, insertConversation } from '../../src/store/repositories/conversation.repository.ts';
import { seedOrg } from './fixtures.ts';
import { backends } from './harness.ts';

const CALL = {
  id: 'c-1',
  turns: [
    { speaker: 'customer' as const, text: 'This is ridiculous, I have been waiting for a week!' },
    { speaker: 'agent' as const, text: 'I am sorry about the wait. Let me check your order now.' },
    { speaker: 'customer' as const, text: 'Fine, thank you.' },
  ],
  events: [],
};

/** The shape rows had before 0013 (version 1), built from today's analysis. */
function asVersion1(analysis: ConversationAnalysis): Record<string, unknown> {
  const { version: _version, abusiveCustomer, peakAngerLevel, angerTrend, ...rest } = analysis;
  return {
    ...rest,
    abusive_customer: abusiveCustomer,
    peak_anger: peakAngerLevel,
    anger_trend: {
      start: angerTrend.startLevel,
      end: angerTrend.endLevel,
      startScore: angerTrend.startScore,
      endScore: angerTrend.endScore,
      direction: angerTrend.direction,
    },
  };
}

const migration = readFileSync(
  new URL('../../src/store/migrations/0013_analysis_contract_v2.sql', import.meta.url),
  'utf8',
);

for (const backend of await backends()) {
  test(`[${backend.name}] 0013 rewrites a version-1 analysis to the engine's version-2 shape, once`, {
    skip: backend.skipReason,
  }, async (t) => {
    const store = await backend.open();
    t.after(() => store.close());
    const org = await seedOrg(store.db);
    const analysis = analyzeConversation(CALL);
    assert.equal(analysis.version, ANALYSIS_VERSION);
    const old = await insertConversation(store.db, org.org.id, {
      agentId: org.agent.id,
      turns: CALL.turns,
      analysis: asVersion1(analysis) as unknown as ConversationAnalysis,
    });
    const current = await insertConversation(store.db, org.org.id, {
      agentId: org.agent.id,
      turns: CALL.turns,
      analysis,
    });
    const live = await insertConversation(store.db, org.org.id, { agentId: org.agent.id, turns: CALL.turns });

    await store.db.execute(sql.raw(migration));
    const rewritten = (await findConversation(store.db, org.org.id, old.id))!.analysis;
    assert.deepEqual(rewritten, JSON.parse(JSON.stringify(analysis)), 'the old row now reads as the engine writes');
    assert.deepEqual(
      (await findConversation(store.db, org.org.id, current.id))!.analysis,
      JSON.parse(JSON.stringify(analysis)),
    );
    assert.equal(
      (await findConversation(store.db, org.org.id, live.id))!.analysis,
      null,
      'a live conversation stays null',
    );

    await store.db.execute(sql.raw(migration));
    assert.deepEqual(
      (await findConversation(store.db, org.org.id, old.id))!.analysis,
      rewritten,
      'a second run changes nothing',
    );
  });
}
