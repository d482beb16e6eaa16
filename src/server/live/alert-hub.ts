/** Live alerts for supervisors (abuse, anger peak, hang-up, overdue promises), fanned out to subscribed sockets. */
/** `live`: a live conversation started, took a turn, hung up or ended (for its followers, never shown as an alert). */
export type AlertKind = 'abuse' | 'anger_peak' | 'hangup' | 'event' | 'live';

export interface Alert {
  orgId: string;
  teamId: string | null;
  kind: AlertKind;
  conversationId: string | null;
  agentId: string | null;
  message: string;
  at: string;
  data?: Record<string, unknown>;
}

type Listener = (alert: Alert) => void;

interface Subscription {
  orgId: string;
  /** null: every team of the org (admins). */
  teamId: string | null;
  listener: Listener;
}

export interface AlertHub {
  subscribe(orgId: string, teamId: string | null, listener: Listener): () => void;
  /** Sends an alert to every node's subscribers (through the transport, when one is set). */
  publish(alert: Alert): void;
  /** Hands an alert to this node's subscribers only (what a transport calls on receipt). */
  deliver(alert: Alert): void;
  /** Replaces local delivery with a transport shared by all nodes, e.g. PostgreSQL NOTIFY. */
  setTransport(send: (alert: Alert) => void): void;
}

export function createAlertHub(): AlertHub {
  const subscriptions = new Set<Subscription>();
  const deliver = (alert: Alert) => {
    for (const s of subscriptions) {
      // Never across orgs; a team subscriber gets its team's alerts and the org-wide ones (no team).
      if (s.orgId !== alert.orgId) continue;
      if (s.teamId !== null && alert.teamId !== null && s.teamId !== alert.teamId) continue;
      s.listener(alert);
    }
  };
  let send: (alert: Alert) => void = deliver;
  return {
    subscribe(orgId, teamId, listener) {
      const subscription = { orgId, teamId, listener };
      subscriptions.add(subscription);
      return () => void subscriptions.delete(subscription);
    },
    publish: (alert) => send(alert),
    deliver,
    setTransport: (transport) => {
      send = transport;
    },
  };
}
