/**
 * `tsx scripts/engine-golden.ts [--dump FILE]`: a golden check for engine speed work. Runs the full analysis over every
 * fixture conversation (the dev set beside the repository and test/fixtures), lints every fixture reply (with its
 * customer message, and bare, with and without the classifier), and scores every fixture message for anger, then prints
 * one SHA-256 per part and for the whole. An optimisation must leave every hash as it was (with the same rule files).
 * `--dump FILE` also writes every output, one JSON line each, to diff when a hash moves.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeConversation, createLiveSession } from '../src/core/analyze.ts';
import { lint } from '../src/core/coach/lint/index.ts';
import { parseConversations } from '../src/core/conversation/parse.ts';
import type { Conversation } from '../src/core/conversation/types.ts';
import { getDefaultAngerModel } from '../src/core/signals/anger/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// DEFUSE_SHARED_DATA points elsewhere when this runs in a copy of the repository.
const shared = process.env.DEFUSE_SHARED_DATA ?? resolve(root, '../shared/data');
const dumpAt = process.argv.indexOf('--dump');
const dump: string[] | null = dumpAt > 0 ? [] : null;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const readLines = (path: string): Array<Record<string, unknown>> =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const present = (paths: string[]): string[] => paths.filter((p) => existsSync(p));

const conversationFiles = present([
  resolve(shared, 'conversations/dev.json'),
  resolve(root, 'test/fixtures/conversations.json'),
  resolve(root, 'test/fixtures/conversations-blind.json'),
]);
const replyFiles = present([
  resolve(shared, 'agent-replies/dev.jsonl'),
  resolve(root, 'test/fixtures/agent-replies-blind.jsonl'),
]);
const conversations: Conversation[] = conversationFiles.flatMap((p) => parseConversations(readJson(p)));
const replies = replyFiles
  .flatMap(readLines)
  .map((r) => ({ context: String(r.context ?? ''), reply: String(r.reply) }));

// Messages for the anger reading: every turn and reply above, the labelled support tweets and the GoEmotions dev split.
const messages: string[] = [
  ...conversations.flatMap((c) => c.turns.map((t) => t.text)),
  ...replies.flatMap((r) => [r.context, r.reply]),
];
const tweets = resolve(shared, 'twcs-sample/anger_labels_dev.jsonl');
if (existsSync(tweets)) messages.push(...readLines(tweets).map((r) => String(r.text)));
const goemotions = resolve(shared, 'goemotions/dev.tsv');
if (existsSync(goemotions))
  messages.push(
    ...readFileSync(goemotions, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split('\t')[0]!),
  );

const parts: Array<[string, () => unknown[]]> = [
  ['analyzeConversation', () => conversations.map((c) => analyzeConversation(c))],
  [
    // The live path: each turn's cues as addTurn returns them, then the session's turns and state.
    'liveSession',
    () =>
      conversations.map((c) => {
        const session = createLiveSession({ customerName: 'Alex' });
        const cues = c.turns.map((t) => session.addTurn(t));
        return { cues, turns: session.turns, state: session.state };
      }),
  ],
  ['lint(reply, context)', () => replies.map((r) => lint(r.reply, { customerMessage: r.context }))],
  ['lint(reply)', () => replies.map((r) => lint(r.reply))],
  ['lint(reply, no classifier)', () => replies.map((r) => lint(r.reply, { customerMessage: r.context }, null))],
  [
    // Every message as a reply too (more text for the rule matcher), the venting and abuse guards on, the message
    // before it as the customer's.
    'lint(message, venting, abusive)',
    () =>
      messages.map((m, i) =>
        lint(m, { customerMessage: messages[i - 1] ?? '', customerVenting: true, customerAbusive: true }),
      ),
  ],
  ['anger.score', () => messages.map((m) => getDefaultAngerModel().score(m))],
];

const whole = createHash('sha256');
for (const [name, run] of parts) {
  const hash = createHash('sha256');
  const outputs = run();
  for (const output of outputs) {
    const line = JSON.stringify(output);
    hash.update(line);
    hash.update('\n');
    dump?.push(`${name}\t${line}`);
  }
  const digest = hash.digest('hex');
  whole.update(`${name}:${digest}\n`);
  console.log(`${digest.slice(0, 16)}  ${name} (${outputs.length})`);
}
console.log(`${whole.digest('hex').slice(0, 16)}  all`);
if (dump !== null) writeFileSync(process.argv[dumpAt + 1]!, `${dump.join('\n')}\n`);
