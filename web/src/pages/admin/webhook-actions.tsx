/** "Send a test event" (with no delivery) and "Redeliver" (with one). */
import type { Delivery } from './Deliveries';
import type { Webhook } from './Webhooks';

// POST /webhooks/:id/test and /deliveries/:id/redeliver are being added (issue #9): no button until they exist.
export function WebhookTestActions(_props: { webhook: Webhook; delivery?: Delivery }) {
  return null;
}
