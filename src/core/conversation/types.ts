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
