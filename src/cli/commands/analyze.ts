import type { Command } from 'commander';
import { analyzeConversation } from '../../core/analyze.ts';
import { parseConversationJson } from '../../core/conversation/parse.ts';
import { looksLikeJson, parseTranscript } from '../../core/conversation/transcript.ts';
import type { Conversation } from '../../core/conversation/types.ts';
import { guarded } from '../exit.ts';
import { readInput } from '../io.ts';
import { startProgress } from '../progress.ts';
import { renderAnalysis } from '../render-analysis.ts';

interface AnalyzeOptions {
  json?: boolean;
  customerLabel?: string[];
  agentLabel?: string[];
  agentName?: string;
  agentPhone?: string;
  company?: string;
}

/** Reads JSON (one conversation or an array) or a plain "Customer: / Agent:" transcript. */
export function readConversations(text: string, options: AnalyzeOptions, source: string): Conversation[] {
  if (looksLikeJson(text)) return parseConversationJson(text);
  return [
    parseTranscript(text, {
      id: source === '-' ? 'transcript' : source,
      ...(options.customerLabel ? { customerNames: options.customerLabel } : {}),
      ...(options.agentLabel ? { agentNames: options.agentLabel } : {}),
    }),
  ];
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('Analyse conversations: per-turn signals, playbook moves, next cues and the QA scorecard.')
    .argument('[file]', 'JSON conversation(s) or a plain transcript; "-" or nothing reads stdin', '-')
    .option('--json', 'print JSON (one object, or an array for an array input)')
    .option('--customer-label <label...>', 'transcript labels that mean the customer (default: Customer, Caller, ...)')
    .option('--agent-label <label...>', 'transcript labels that mean the agent (default: Agent, Rep, ...)')
    .option('--agent-name <name>', "the agent's name, used in suggested words")
    .option('--agent-phone <number>', "the agent's direct number, used in suggested words")
    .option('--company <name>', 'the company name, used in suggested words')
    .action(
      guarded(async (file: string, options: AnalyzeOptions) => {
        const text = readInput(file);
        const conversations = readConversations(text, options, file);
        const agent = {
          ...(options.agentName ? { name: options.agentName } : {}),
          ...(options.agentPhone ? { phone: options.agentPhone } : {}),
          ...(options.company ? { company: options.company } : {}),
        };
        const progress = startProgress(conversations.length, 'analysing');
        const results = conversations.map((conversation) => {
          const result = analyzeConversation(conversation, { agent });
          progress.tick();
          return result;
        });
        progress.stop();
        const isArray = looksLikeJson(text) && text.trimStart().startsWith('[');
        if (options.json) {
          process.stdout.write(`${JSON.stringify(isArray ? results : results[0], null, 2)}\n`);
        } else {
          process.stdout.write(`${results.map(renderAnalysis).join('\n\n')}\n`);
        }
      }),
    );
}
