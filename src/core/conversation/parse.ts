import { z } from 'zod';
import { AppError } from '../errors.ts';
import { LIMITS } from './limits.ts';
import type { Conversation } from './types.ts';

const speaker = z.enum(['customer', 'agent'], { error: 'expected "customer" or "agent"' });
const seconds = z.number({ error: 'expected a number of seconds' }).finite().nonnegative();

const turnSchema = z
  .object(
    {
      speaker,
      text: z
        .string({ error: 'expected a string' })
        .refine((text) => text.trim().length > 0, { error: 'must not be empty' })
        .refine((text) => text.length <= LIMITS.maxTurnChars, {
          error: `a turn holds at most ${LIMITS.maxTurnChars} characters`,
        }),
      at: seconds.optional(),
      end: seconds.optional(),
      callback: z.boolean({ error: 'expected true or false' }).optional(),
    },
    { error: 'expected a turn object {speaker, text}' },
  )
  .refine((turn) => turn.at === undefined || turn.end === undefined || turn.end >= turn.at, {
    error: 'end must not be before at',
    path: ['end'],
  });

const eventSchema = z.object(
  {
    type: z.literal('hangup', { error: 'expected "hangup"' }),
    by: speaker,
    afterTurn: z.number({ error: 'expected a turn index' }).int({ error: 'expected a whole turn index' }).nonnegative(),
  },
  { error: 'expected an event object {type, by, afterTurn}' },
);

const conversationSchema = z
  .object(
    {
      id: z.union([z.string().min(1), z.number()], { error: 'expected a string id' }).optional(),
      industry: z.string().optional(),
      turns: z
        .array(turnSchema, { error: 'expected an array of turns' })
        .min(1, { error: 'a conversation needs at least one turn' })
        .max(LIMITS.maxTurns, { error: `more than ${LIMITS.maxTurns} turns` }),
      events: z.array(eventSchema, { error: 'expected an array of events' }).optional(),
    },
    { error: 'expected a conversation object {turns: [...]}' },
  )
  .superRefine((conversation, ctx) => {
    conversation.events?.forEach((event, i) => {
      if (event.afterTurn >= conversation.turns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'afterTurn'],
          message: `turn ${event.afterTurn} does not exist (the conversation has ${conversation.turns.length} turn${conversation.turns.length === 1 ? '' : 's'})`,
        });
      }
    });
  });

type ParsedConversation = z.infer<typeof conversationSchema>;

/** Formats a zod path as `turns[3].speaker`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(root)';
}

function toConversation(parsed: ParsedConversation, index: number): Conversation {
  return {
    id: parsed.id === undefined ? `conversation-${index + 1}` : String(parsed.id),
    ...(parsed.industry === undefined ? {} : { industry: parsed.industry }),
    turns: parsed.turns.map((turn) => ({
      speaker: turn.speaker,
      text: turn.text,
      ...(turn.at === undefined ? {} : { at: turn.at }),
      ...(turn.end === undefined ? {} : { end: turn.end }),
      ...(turn.callback === undefined ? {} : { callback: turn.callback }),
    })),
    events: parsed.events ?? [],
  };
}

function parseOne(value: unknown, index: number, prefix: string): Conversation {
  const result = conversationSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AppError('invalid_input', issue.message, formatPath(issue.path, prefix));
  }
  return toConversation(result.data, index);
}

/** Validates one conversation or an array of them (the JSON format of shared/data/conversations); throws AppError naming the path. */
export function parseConversations(input: unknown): Conversation[] {
  if (Array.isArray(input)) {
    if (input.length === 0) throw new AppError('invalid_input', 'expected at least one conversation', '(root)');
    const total = input.reduce<number>(
      (sum, item) =>
        sum + (Array.isArray((item as { turns?: unknown })?.turns) ? (item as { turns: unknown[] }).turns.length : 0),
      0,
    );
    if (total > LIMITS.maxTurns) {
      throw new AppError('invalid_input', `${total} turns in all; the limit is ${LIMITS.maxTurns}`, '(root)');
    }
    return input.map((item, i) => parseOne(item, i, `[${i}]`));
  }
  return [parseOne(input, 0, '')];
}

/** Parses JSON text into conversations; the error names the line and column of a syntax error. */
export function parseConversationJson(text: string): Conversation[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `invalid JSON (${(error as Error).message})`);
  }
  return parseConversations(value);
}
