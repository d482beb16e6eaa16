import type { AgentIdentity, DraftContext } from '../coach/drafts.ts';
import { readComplaint, type Complaint, type CustomerMessage } from '../coach/complaint.ts';
import type { Said } from '../coach/person.ts';
import { nextCues } from '../coach/rules.ts';
import { applyAgentTurn, applyCustomerTurn, applyHangup, initialCoachState, type CoachState } from '../coach/state.ts';
import type { ConversationEvent, Turn } from '../conversation/types.ts';
import { defaultAngerModel } from '../signals/anger/index.ts';
import type { AngerModel } from '../signals/types.ts';
import { analyzeAgentTurn } from './agent-turn.ts';
import { analyzeCustomerTurn } from './customer-turn.ts';
import type { Cue, TurnAnalysis } from './types.ts';

export interface SessionOptions {
  angerModel?: AngerModel;
  agent?: AgentIdentity;
  customerName?: string;
  supervisorName?: string;
}

export interface LiveSession {
  /** Analyses one turn and returns the cues for what to do next. */
  addTurn(turn: Turn): Cue[];
  /** Records an event (a hang-up) and returns the updated cues. */
  addEvent(event: ConversationEvent): Cue[];
  /**
   * The analyses of the turns this session analysed: every turn for a fresh session; for one restored from a
   * checkpoint, the checkpoint's last turn and those after it (`index` is always the turn's place in the conversation).
   */
  readonly turns: readonly TurnAnalysis[];
  /** How many turns the conversation has had (restored ones included). */
  readonly turnCount: number;
  readonly events: readonly ConversationEvent[];
  readonly state: Readonly<CoachState>;
  /** What the session needs to carry on exactly where it is, without its per-turn analyses (see `restoreFrom`). */
  checkpoint(): SessionCheckpoint;
}

/**
 * A session's compact state: the coach state, what the next turn looks back at, the complaint's first messages and
 * the last turn's analysis. A session restored from it answers every later turn and event exactly as the original
 * would (the engine is pure), without replaying the turns before it.
 */
export interface SessionCheckpoint {
  readonly turnCount: number;
  readonly events: readonly ConversationEvent[];
  readonly state: Readonly<CoachState>;
  readonly previous: Turn | undefined;
  readonly previousCustomerAbuse: boolean;
  readonly told: readonly CustomerMessage[];
  readonly last: TurnAnalysis | undefined;
}

// Corrections for anti-patterns in the agent's last reply, each with its rewrite.
const NO_CUES: readonly Cue[] = [];

function corrections(analysis: TurnAnalysis): readonly Cue[] {
  const signals = analysis.agent;
  if (!signals) return NO_CUES;
  if (signals.findings.length === 0 && !signals.interruption && signals.answeredInKind.length === 0) return NO_CUES;
  const cues: Cue[] = signals.findings
    .filter((f) => f.polarity === 'anti')
    .map((f) => {
      const cue: Cue = {
        principle: f.principle,
        stage: analysis.stage,
        message: f.message,
        why: `"${analysis.text.slice(f.span.start, f.span.end)}"`,
      };
      if (f.rewrite !== undefined) cue.suggestion = f.rewrite;
      return cue;
    });
  if (signals.interruption) {
    cues.unshift({
      principle: 'L1',
      stage: analysis.stage,
      message: 'You cut in before the customer finished; let them vent.',
      why: signals.interruption.evidence,
    });
  }
  if (signals.answeredInKind.length > 0) {
    cues.unshift({
      principle: 'B1',
      stage: analysis.stage,
      message: 'Never answer abuse in kind.',
      why: 'Your reply contains insults or profanity.',
    });
  }
  return cues;
}

/**
 * A live, incremental conversation: turn in, cues out. Pure: the caller owns time and storage. `restoreFrom` carries
 * on from a checkpoint (taken with the same options) instead of starting empty.
 */
export function createLiveSession(options: SessionOptions = {}, restoreFrom?: SessionCheckpoint): LiveSession {
  const model = options.angerModel ?? defaultAngerModel;
  const turns: TurnAnalysis[] = restoreFrom?.last ? [structuredClone(restoreFrom.last)] : [];
  /** Turns before `turns[0]`: those only the checkpoint remembers. */
  const base = restoreFrom ? restoreFrom.turnCount - turns.length : 0;
  const events: ConversationEvent[] = restoreFrom ? [...restoreFrom.events] : [];
  let state: CoachState = restoreFrom ? structuredClone(restoreFrom.state) : initialCoachState();
  let previous: Turn | undefined = restoreFrom?.previous;
  let previousCustomerAbuse = restoreFrom?.previousCustomerAbuse ?? false;
  const told: CustomerMessage[] = restoreFrom ? [...restoreFrom.told] : [];
  const saidBack = new Map<string, Said | undefined>();
  let complaint: Complaint = readComplaint([...told], saidBack);

  const draftContext = (): DraftContext => {
    const name = options.customerName ?? state.customerName;
    const context: DraftContext = { complaint };
    if (name !== undefined) context.customerName = name;
    if (options.agent !== undefined) context.agent = options.agent;
    if (options.supervisorName !== undefined) context.supervisorName = options.supervisorName;
    return context;
  };

  const addTurn = (turn: Turn): Cue[] => {
    const index = base + turns.length;
    // One object shape for every turn analysis (optional fields set after), which keeps the hot path monomorphic.
    const analysis: TurnAnalysis = { index, speaker: turn.speaker, text: turn.text, stage: state.stage, cues: [] };
    if (turn.at !== undefined) analysis.at = turn.at;
    if (turn.callback) analysis.callback = true;
    if (turn.speaker === 'customer') {
      const customer = analyzeCustomerTurn(turn.text, model, state.customerVenting);
      state = applyCustomerTurn(state, turn.text, customer);
      previousCustomerAbuse = customer.abuse.length > 0;
      // The complaint is told in the first two customer messages; later ones are reactions. It is read only when a
      // draft asks for it.
      if (told.length < 2) {
        told.push({ text: turn.text, language: customer.language, abuse: customer.abuse });
        complaint = readComplaint([...told], saidBack);
      }
      analysis.customer = customer;
    } else {
      const agent = analyzeAgentTurn(turn, {
        previous,
        customerMessage: previous?.speaker === 'customer' ? previous.text : undefined,
        customerName: options.customerName ?? state.customerName,
        customerVenting: state.customerVenting,
        customerAbusive: previousCustomerAbuse,
      });
      state = applyAgentTurn(state, turn.text, agent, turn.callback === true);
      previousCustomerAbuse = false;
      analysis.agent = agent;
    }
    const next = nextCues(state, draftContext());
    // The apply* functions return a fresh state, so setting its stage in place is safe.
    state.stage = next.stage;
    analysis.stage = next.stage;
    // next.cues is this turn's own fresh array: used as it is when there is nothing to put before it.
    const fixes = corrections(analysis);
    analysis.cues = fixes.length === 0 ? next.cues : [...fixes, ...next.cues];
    turns.push(analysis);
    previous = turn;
    return analysis.cues;
  };

  const addEvent = (event: ConversationEvent): Cue[] => {
    events.push(event);
    state = applyHangup(state, event.by);
    const next = nextCues(state, draftContext());
    state.stage = next.stage;
    const last = turns[turns.length - 1];
    if (last) {
      last.stage = next.stage;
      last.cues = [...corrections(last), ...next.cues];
    }
    return next.cues;
  };

  return {
    addTurn,
    addEvent,
    get turns() {
      return turns;
    },
    get turnCount() {
      return base + turns.length;
    },
    get events() {
      return events;
    },
    get state() {
      return state;
    },
    checkpoint: () => ({
      turnCount: base + turns.length,
      events: [...events],
      state: structuredClone(state),
      previous,
      previousCustomerAbuse,
      told: [...told],
      last: turns.length > 0 ? structuredClone(turns[turns.length - 1]) : undefined,
    }),
  };
}
