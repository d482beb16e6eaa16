/** The conversation on the console: an in-browser engine session, replayed or grown turn by turn. */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AngerLevel } from './anger-trend';
import {
  type Conversation,
  type ConversationEvent,
  type Cue,
  createLiveSession,
  type LiveSession,
  type Speaker,
  type Stage,
  type Turn,
  type TurnAnalysis,
} from './engine';

export interface ConversationView {
  session: LiveSession;
  turns: readonly TurnAnalysis[];
  events: readonly ConversationEvent[];
  cues: readonly Cue[];
  stage: Stage;
  /** Anger of each customer turn whose anger was read, in order (0–1). */
  angerSeries: number[];
  /** The level of the same turns, in the same order. */
  levelSeries: AngerLevel[];
  lastCustomer: TurnAnalysis | undefined;
  /** True while the customer's latest message abused the agent and no boundary was set yet. */
  abusive: boolean;
  /** The customer hung up and is owed a Chaser call-back (F5). */
  chaserOwed: boolean;
  customerHungUp: boolean;
  agentEnded: boolean;
  /** Bumped on every change: lets effects fire once per new cue. */
  version: number;
}

export function useConversation() {
  const session = useRef<LiveSession>(createLiveSession());
  const [version, setVersion] = useState(0);

  const addTurn = useCallback((speaker: Speaker, text: string) => {
    session.current.addTurn({ speaker, text });
    setVersion((v) => v + 1);
  }, []);
  const hangup = useCallback((by: Speaker) => {
    if (session.current.turns.length === 0) return;
    session.current.addEvent({ type: 'hangup', by, afterTurn: session.current.turns.length - 1 });
    setVersion((v) => v + 1);
  }, []);
  /** A turn exactly as a live call sent it (speaker, text and any timing). */
  const appendTurn = useCallback((turn: Turn) => {
    session.current.addTurn(turn);
    setVersion((v) => v + 1);
  }, []);
  const addEvent = useCallback((event: ConversationEvent) => {
    session.current.addEvent(event);
    setVersion((v) => v + 1);
  }, []);
  /** Replaces the conversation (replayed through a fresh session); `customerName` lets the cues use it (L3). */
  const load = useCallback((conversation: Pick<Conversation, 'turns' | 'events'>, customerName?: string) => {
    const next = createLiveSession(customerName ? { customerName } : {});
    const events = [...conversation.events].sort((a, b) => a.afterTurn - b.afterTurn);
    conversation.turns.forEach((turn, index) => {
      next.addTurn(turn);
      for (const event of events) if (event.afterTurn === index) next.addEvent(event);
    });
    session.current = next;
    setVersion((v) => v + 1);
  }, []);
  const reset = useCallback(() => {
    session.current = createLiveSession();
    setVersion((v) => v + 1);
  }, []);

  const view = useMemo<ConversationView>(() => {
    const s = session.current;
    const turns = s.turns;
    const last = turns.at(-1);
    const customerTurns = turns.filter((t) => t.customer);
    // The meter shows the latest turn whose anger was read (a message in another language is not read).
    const lastCustomer = customerTurns.filter((t) => t.customer?.anger !== null).at(-1);
    return {
      session: s,
      turns,
      events: s.events,
      cues: last?.cues ?? [],
      stage: s.state.stage,
      angerSeries: customerTurns.flatMap((t) => (typeof t.customer?.anger === 'number' ? [t.customer.anger] : [])),
      levelSeries: customerTurns.flatMap((t) => (t.customer?.level ? [t.customer.level] : [])),
      lastCustomer,
      abusive: s.state.openAbuse !== null,
      chaserOwed: s.state.chaserOwed,
      customerHungUp: s.events.some((e) => e.by === 'customer'),
      agentEnded: s.events.some((e) => e.by === 'agent'),
      version,
    };
  }, [version]);

  /** How many turns the session holds right now (between renders too). */
  const size = useCallback(() => session.current.turns.length, []);

  return { view, addTurn, appendTurn, addEvent, hangup, load, reset, size };
}
