/** "Send a test event" (for an endpoint) and "Redeliver" (for one delivery): both queue a signed delivery now. */
import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, unwrap } from '../../api/client';
import type { Delivery } from './Deliveries';
import type { Webhook } from './Webhooks';
import { notify } from '../common/notify';

export function WebhookTestActions({ webhook, delivery }: { webhook: Webhook; delivery?: Delivery }) {
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: () =>
      delivery
        ? unwrap(
            api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
              params: { path: { id: webhook.id, deliveryId: delivery.id } },
            }),
          )
        : unwrap(api.POST('/api/v1/webhooks/{id}/test', { params: { path: { id: webhook.id } } })),
    onSuccess: () => {
      notify({
        color: 'teal',
        title: delivery ? 'Queued to send again' : 'Test event queued',
        message: 'It is sent within seconds; its status appears in the delivery log.',
      });
      void client.invalidateQueries({ queryKey: ['webhooks', webhook.id, 'deliveries'] });
    },
    onError: (error) => notify({ color: 'red', title: 'Nothing was sent', message: errorMessage(error) }),
  });
  if (delivery && delivery.status === 'pending') return null;
  return (
    <Button
      size="xs"
      variant={delivery ? 'subtle' : 'light'}
      loading={send.isPending}
      disabled={!webhook.active}
      title={webhook.active ? undefined : 'Resume the endpoint first'}
      onClick={() => send.mutate()}
      aria-label={delivery ? `Redeliver ${delivery.event}` : undefined}
    >
      {delivery ? 'Redeliver' : 'Send a test event'}
    </Button>
  );
}
