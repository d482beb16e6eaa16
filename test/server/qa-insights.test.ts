// GET /insights/qa?groupBy=agent|team: per-principle counts and mean score per agent and team; supervisors see their team.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { errorCode, startTestServer, type SeededUser } from './helpers.ts';

const GOOD_CALL = {
  turns: [
    { speaker: 'customer', text: 'I was charged twice for my order and I am furious about it!' },
    {
      speaker: 'agent',
      text: "I'm so sorry you were charged twice, that's not okay. I'm refunding the duplicate charge right now.",
    },
    { speaker: 'customer', text: 'Okay, thank you.' },
  ],
};

interface Principle {
  principle: string;
  met: number;
  violated: number;
  notApplicable: number;
}
interface Group {
  id: string | null;
  name: string;
  conversations: number;
  score: number | null;
  principles: Principle[];
}

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

for (const backend of await backends()) {
  test(`[${backend.name}] QA by agent and by team: counts, mean scores, supervisors limited to their team`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const store = async (user: SeededUser, conversation: object) => {
      const response = await server.call(user, {
        method: 'POST',
        url: '/api/v1/conversations',
        payload: { conversation },
      });
      assert.equal(response.statusCode, 201, response.body);
      return JSON.parse(response.body) as { score: number };
    };
    const a1 = await store(acme.agent, HANGUP_CONVERSATION);
    const a2 = await store(acme.agent, GOOD_CALL);
    const b1 = await store(acme.otherAgent, GOOD_CALL);
    await store(globex.agent, HANGUP_CONVERSATION);
    const get = async (user: SeededUser, query: string) => {
      const response = await server.call(user, { method: 'GET', url: `/api/v1/insights/qa${query}` });
      assert.equal(response.statusCode, 200, response.body);
      return JSON.parse(response.body) as {
        scope: string;
        conversations: number;
        score: number | null;
        principles: Principle[];
        groupBy?: string;
        groups?: Group[];
      };
    };

    // Admin, by agent: one group per agent of the org, each with its conversations, mean score and principles.
    const byAgent = await get(acme.admin, '?groupBy=agent&days=7');
    assert.equal(byAgent.scope, 'organization');
    assert.equal(byAgent.conversations, 3);
    assert.equal(byAgent.score, mean([a1.score, a2.score, b1.score]));
    assert.equal(byAgent.groupBy, 'agent');
    const agentGroups = new Map(byAgent.groups!.map((g) => [g.id, g]));
    assert.deepEqual([...agentGroups.keys()].sort(), [acme.agent.id, acme.otherAgent.id].sort());
    const mine = agentGroups.get(acme.agent.id)!;
    assert.equal(mine.conversations, 2);
    assert.equal(mine.score, mean([a1.score, a2.score]));
    assert.equal(agentGroups.get(acme.otherAgent.id)!.score, b1.score);
    const f5 = mine.principles.find((p) => p.principle === 'F5')!;
    assert.equal(f5.violated, 1, 'the hang-up without a Chaser yet violates F5 for this agent');
    // Group counts add up to the overall counts, principle by principle.
    for (const overall of byAgent.principles) {
      const sum = (key: 'met' | 'violated' | 'notApplicable') =>
        byAgent.groups!.reduce(
          (n, g) => n + (g.principles.find((p) => p.principle === overall.principle)?.[key] ?? 0),
          0,
        );
      assert.deepEqual(
        [sum('met'), sum('violated'), sum('notApplicable')],
        [overall.met, overall.violated, overall.notApplicable],
        overall.principle,
      );
    }

    // Admin, by team: the two teams of the org, named.
    const byTeam = await get(acme.admin, '?groupBy=team');
    assert.deepEqual(
      byTeam.groups!.map((g) => [g.id, g.conversations]).sort(),
      [
        [acme.teamId, 2],
        [acme.otherTeamId, 1],
      ].sort(),
    );
    assert.ok(byTeam.groups!.every((g) => g.name.length > 0));

    // A supervisor sees their team only; without groupBy there are no groups.
    const team = await get(acme.supervisor, '?groupBy=agent');
    assert.equal(team.scope, 'team');
    assert.deepEqual(
      team.groups!.map((g) => g.id),
      [acme.agent.id],
    );
    assert.equal(team.conversations, 2);
    const plain = await get(acme.supervisor, '');
    assert.equal(plain.groups, undefined);
    assert.equal(plain.conversations, 2);
    assert.equal((await get(globex.admin, '?groupBy=agent')).conversations, 1, 'another org counts only its own');

    for (const [user, query, status, code] of [
      [acme.agent, '?groupBy=agent', 403, 'forbidden'],
      [acme.admin, '?groupBy=department', 400, 'invalid_input'],
      [acme.admin, '?days=0&groupBy=team', 400, 'invalid_input'],
    ] as const) {
      const response = await server.call(user, { method: 'GET', url: `/api/v1/insights/qa${query}` });
      assert.equal(response.statusCode, status, response.body);
      assert.equal(errorCode(response.body), code);
    }
  });
}
