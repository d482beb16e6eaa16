/**
 * What a live alert is, in words, with the playbook principles it concerns (PLAYBOOK.md): the engine's alerts by
 * their kind, and committed domain events (kind `event`) by their event type (`data.type`), so an abusive
 * conversation reads "Abusive conversation · B1 B2 B3", never "Promise · F4".
 */
export interface AlertLike {
  kind: string;
  message: string;
  data?: Record<string, unknown> | undefined;
}

export interface AlertLook {
  label: string;
  /** The hue (row tint, edge, toast). */
  color: string;
  /** A badge shade whose text passes AA contrast with autoContrast. */
  badge: string;
  principles: string[];
  /** What happened, in a sentence (committed events carry only their type as a message). */
  text: string;
}

const ABUSE = { color: 'red', badge: 'red.9', principles: ['B1', 'B2', 'B3'] };
const PROMISE = { color: 'blue', badge: 'blue.9' };

/** F5 for a Chaser, F6 for a supervisor's follow-up, F4 (execute the promise) for any other promise. */
function promisePrinciples(kind: unknown): string[] {
  if (kind === 'chaser') return ['F5'];
  if (kind === 'supervisor_follow_up') return ['F6'];
  return ['F4'];
}

const PROMISE_WORDS: Record<string, string> = {
  callback: 'call-back',
  corrective_step: 'corrective step',
  report_back: 'report back',
  chaser: 'Chaser call-back',
  supervisor_follow_up: 'supervisor follow-up',
  acknowledgement: 'regulatory acknowledgement',
  final_response: 'regulatory final response',
};

function eventLook(type: string, data: Record<string, unknown>): AlertLook {
  const promise = typeof data.kind === 'string' ? (PROMISE_WORDS[data.kind] ?? 'promise') : 'promise';
  // The customer by name when the event carries one (events stored before it did carry none).
  const named = typeof data.customerName === 'string' && data.customerName.trim() !== '' ? data.customerName : null;
  switch (type) {
    case 'conversation.abusive':
      return {
        label: 'Abusive conversation',
        ...ABUSE,
        text: data.ending
          ? `The agent ended a call on a directly abusive customer${named ? `, ${named}` : ''} (B3); the ending is documented.`
          : `A conversation with an abusive customer${named ? `, ${named},` : ''} was stored.`,
      };
    case 'conversation.escalated':
      return {
        label: 'Chaser owed',
        color: 'yellow',
        badge: 'yellow.4',
        principles: ['F5'],
        text: `${named ?? 'The customer'} hung up: a Chaser call-back is due.`,
      };
    case 'commitment.due':
      return {
        label: 'Promise due',
        ...PROMISE,
        principles: promisePrinciples(data.kind),
        text: `A ${promise} is due soon.`,
      };
    case 'commitment.overdue':
      return {
        label: 'Promise overdue',
        color: 'orange',
        badge: 'orange.9',
        principles: promisePrinciples(data.kind),
        text: `A ${promise} is overdue: follow it up now.`,
      };
    case 'commitment.completed':
      return {
        label: 'Promise kept',
        color: 'teal',
        badge: 'teal.9',
        principles: promisePrinciples(data.kind),
        text: `A ${promise} was completed.`,
      };
    case 'case.created':
      return { label: 'Case opened', color: 'gray', badge: 'gray.8', principles: ['P3'], text: 'A case was opened.' };
    case 'case.updated':
      return { label: 'Case updated', color: 'gray', badge: 'gray.8', principles: [], text: 'A case was updated.' };
    case 'case.closed':
      return { label: 'Case closed', color: 'gray', badge: 'gray.8', principles: ['P2'], text: 'A case was closed.' };
    default:
      return { label: 'Event', color: 'gray', badge: 'gray.8', principles: [], text: type };
  }
}

export function describeAlert(alert: AlertLike): AlertLook {
  switch (alert.kind) {
    case 'abuse':
      return { label: 'Abuse', ...ABUSE, text: alert.message };
    case 'anger_peak':
      return { label: 'Anger peak', color: 'orange', badge: 'orange.4', principles: ['L2'], text: alert.message };
    case 'hangup':
      return { label: 'Hang-up', color: 'yellow', badge: 'yellow.4', principles: ['F5'], text: alert.message };
    default: {
      const data = alert.data ?? {};
      return eventLook(typeof data.type === 'string' ? data.type : alert.message, data);
    }
  }
}

/**
 * The one thing on the floor an alert is about, when the live engine and the stored event both report it: the live
 * "Abuse" alert and the committed `conversation.abusive` event of the same conversation are one happening, as are the
 * live "Hang-up" and the committed `conversation.escalated` (Chaser owed). Other alerts stand alone (null).
 */
export function happening(alert: AlertLike & { conversationId: string | null }): string | null {
  if (!alert.conversationId) return null;
  const type = alert.kind === 'event' && typeof alert.data?.type === 'string' ? alert.data.type : alert.kind;
  if (type === 'abuse' || type === 'conversation.abusive') return `abuse:${alert.conversationId}`;
  if (type === 'hangup' || type === 'conversation.escalated') return `hangup:${alert.conversationId}`;
  return null;
}

/**
 * Puts a new alert on top of the list, newest first, keeping at most `max`. When it reports the same happening as an
 * earlier alert, the earlier row goes: a supervisor reads one row per abusive conversation or hang-up, and the stored
 * event (which links what was recorded) replaces the live signal that announced it.
 */
export function mergeAlert<T extends AlertLike & { conversationId: string | null }>(
  previous: readonly T[],
  alert: T,
  max: number,
): T[] {
  const key = happening(alert);
  const kept = key === null ? previous : previous.filter((earlier) => happening(earlier) !== key);
  return [alert, ...kept].slice(0, max);
}
