// The live session cache: least recently used out, evicted sessions come back from a compact checkpoint replaying
// only what was stored since (normally nothing), and a restored session coaches exactly as an unbroken one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createLiveSession } from '../../src/core/analyze.ts';
import type { ConversationEvent, Turn } from '../../src/core/conversation/types.ts';
import { createSessionCache, replay } from '../../src/server/live/live-sessions.ts';

const fixtures = JSON.parse(readFileSync(new URL('../fixtures/conversations.json', import.meta.url), 'utf8')) as Array<{
  id: string;
  turns: Turn[];
  events: ConversationEvent[];
}>;
const stored = (turns: number, from = fixtures[0]!) => ({
  turns: from.turns.slice(0, turns),
  events: from.events.filter((e) => e.afterTurn < turns),
});

test('a session restored from a checkpoint at any turn answers every later turn and event as an unbroken one', () => {
  for (const conversation of fixtures) {
    const unbroken = replay(conversation);
    for (let split = 0; split <= conversation.turns.length; split += 1) {
      const before = replay(stored(split, conversation), undefined);
      const checkpoint = structuredClone(before.checkpoint());
      const restored = createLiveSession({}, checkpoint);
      assert.equal(restored.turnCount, split);
      const cues: unknown[] = [];
      conversation.turns.slice(split).forEach((turn, offset) => {
        const index = split + offset;
        cues.push(restored.addTurn(turn));
        for (const event of conversation.events) if (event.afterTurn === index) cues.push(restored.addEvent(event));
      });
      const expected = unbroken.turns.slice(split).map((analysis) => analysis.index);
      assert.deepEqual(
        restored.turns.slice(split === 0 ? 0 : 1).map((analysis) => analysis.index),
        expected,
        `${conversation.id} split at ${split}: turn indexes`,
      );
      assert.deepEqual(restored.state, unbroken.state, `${conversation.id} split at ${split}: coach state`);
      assert.deepEqual(
        restored.turns.at(-1)?.cues,
        unbroken.turns.at(-1)?.cues,
        `${conversation.id} split at ${split}: last cues`,
      );
      assert.ok(cues.length >= conversation.turns.length - split);
    }
  }
});

test('least recently used out; an evicted session comes back from its checkpoint replaying nothing', () => {
  const replays: Array<[string, number]> = [];
  const cache = createSessionCache({ maxSessions: 2, maxCheckpoints: 1, onReplay: (how, n) => replays.push([how, n]) });
  const [a, b, c] = fixtures as [(typeof fixtures)[0], (typeof fixtures)[0], (typeof fixtures)[0]];
  cache.get('a', a);
  cache.get('b', b);
  cache.get('a', a); // a is now the most recently used
  cache.get('c', c); // evicts b, not a
  assert.deepEqual(cache.stats(), {
    hits: 1,
    restored: 0,
    replayedFromStart: 3,
    turnsReplayed: a.turns.length + b.turns.length + c.turns.length,
    sessions: 2,
    checkpoints: 1,
  });
  const hit = cache.get('a', a);
  assert.equal(cache.stats().hits, 2, 'a was kept');
  assert.equal(hit.turnCount, a.turns.length);

  // b was evicted: it comes back from its checkpoint, replaying no turn, and carries on.
  const back = cache.get('b', b);
  assert.equal(cache.stats().restored, 1);
  assert.equal(cache.stats().turnsReplayed, a.turns.length + b.turns.length + c.turns.length, 'no turn replayed');
  assert.deepEqual(back.state, replay(b).state);
  assert.deepEqual(replays.at(-1), ['restored', 0]);

  // Restoring b evicted c (LRU), and its checkpoint pushed out b's old one; d pushes a out, whose checkpoint
  // pushes c's out: c then has to be replayed from the start.
  cache.get('d', fixtures[3]!);
  cache.get('c', c);
  assert.deepEqual(replays.at(-1), ['from_start', c.turns.length]);
});

test('a session or checkpoint behind the stored turns (another node took turns) is fed only the missing ones', () => {
  const conversation = fixtures[0]!;
  const cache = createSessionCache({ maxSessions: 1 });
  cache.get('x', stored(3, conversation));
  const caught = cache.get('x', stored(5, conversation));
  assert.equal(caught.turnCount, 5);
  assert.equal(cache.stats().turnsReplayed, 3 + 2);
  cache.get('y', fixtures[1]!); // x -> checkpoint at 5 turns
  const restored = cache.get('x', stored(7, conversation));
  assert.equal(restored.turnCount, 7);
  assert.equal(cache.stats().turnsReplayed, 3 + 2 + fixtures[1]!.turns.length + 2, 'only turns 5 and 6 replayed');
  assert.deepEqual(restored.state, replay(stored(7, conversation)).state);
  // A hang-up stored after the checkpoint's last turn is fed too.
  const hangup = fixtures[3]!;
  cache.get('h', { turns: hangup.turns, events: [] });
  cache.get('y', fixtures[1]!);
  const withEvent = cache.get('h', hangup);
  assert.equal(withEvent.events.length, 1);
  assert.deepEqual(withEvent.state, replay(hangup).state);
  cache.drop('h');
  cache.drop('x');
  assert.deepEqual(
    [cache.stats().sessions, cache.stats().checkpoints],
    [0, 1],
    'drop forgets the session and the checkpoint (y keeps its own)',
  );
});
