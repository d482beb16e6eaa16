/** The conversation model every analyzer reads. */
export type Speaker = 'customer' | 'agent';

export interface Turn {
  speaker: Speaker;
  text: string;
  /** Seconds from the start of the conversation when the turn began. */
  at?: number;
  /** Seconds from the start when the turn ended (used to detect overlap/interruption). */
  end?: number;
  /** An agent turn that is a call back after a hang-up. */
  callback?: boolean;
}

export interface HangupEvent {
  type: 'hangup';
  by: Speaker;
  /** 0-based index of the turn after which the call was dropped. */
  afterTurn: number;
}

export type ConversationEvent = HangupEvent;

/**
 * B3: an agent's documented ending of a call on a directly abusive customer: why, the boundary said before
 * ending it, and that the team's supervisors were alerted.
 */
export interface AbusiveEnding {
  kind: 'abusive_customer';
  principle: 'B3';
  reason: string;
  /** What the agent said to set the boundary before ending the call. */
  boundary: string;
  /** The agent who ended it. */
  endedBy: string;
  /** ISO 8601 instant. */
  at: string;
  supervisorAlerted: boolean;
}

export interface Conversation {
  id: string;
  industry?: string;
  turns: Turn[];
  events: ConversationEvent[];
}

/** A half-open character range [start, end) into a text. */
export interface Span {
  start: number;
  end: number;
}
