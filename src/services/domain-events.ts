/** Events integrators can subscribe to; each is sent as JSON to every matching webhook. */
export const EVENT_TYPES = [
  'case.created',
  'case.updated',
  'case.closed',
  'commitment.due',
  'commitment.overdue',
  'commitment.completed',
  'commitment.handed_over',
  'conversation.escalated',
  'conversation.abusive',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Sent only by `POST /webhooks/:id/test`, to that one endpoint whatever events it subscribes to. */
export const TEST_EVENT_TYPE = 'webhook.test';

export interface DomainEvent {
  orgId: string;
  type: EventType;
  /** Unique per occurrence: with the webhook id it is the delivery's idempotency key. */
  key: string;
  /** Team the event concerns, for routing live alerts to that team's supervisors. */
  teamId?: string | null;
  data: Record<string, unknown>;
  occurredAt: Date;
}
