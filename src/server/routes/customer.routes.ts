/** /customers: search, create, read (V1: what keeping them is worth). */
import type { FastifyInstance } from 'fastify';
import {
  createCustomer,
  readCustomer,
  searchCustomers,
  updateCustomerDetails,
} from '../../services/customer.service.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { actorOf } from '../auth/actor.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { IdParams } from './common.schemas.ts';
import {
  CreateCustomerBody,
  CustomerListQuery,
  CustomerOut,
  CustomerPage,
  UpdateCustomerBody,
} from './customer.schemas.ts';

const tags = ['customers'];

export async function customerRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get(
    '/api/v1/customers',
    {
      config: { permission: 'customer:read' },
      schema: { tags, querystring: CustomerListQuery, response: { 200: CustomerPage } },
    },
    async (request) => searchCustomers(ctx, requirePrincipal(request), request.query),
  );

  app.post(
    '/api/v1/customers',
    {
      config: { permission: 'customer:write' },
      schema: { tags, body: CreateCustomerBody, response: { 201: CustomerOut } },
    },
    async (request, reply) => {
      return reply.status(201).send(orThrow(await createCustomer(ctx, requirePrincipal(request), request.body)));
    },
  );

  app.get(
    '/api/v1/customers/:id',
    { config: { permission: 'customer:read' }, schema: { tags, params: IdParams, response: { 200: CustomerOut } } },
    async (request) => orThrow(await readCustomer(ctx, requirePrincipal(request), request.params.id)),
  );

  app.patch(
    '/api/v1/customers/:id',
    {
      config: { permission: 'customer:write' },
      schema: {
        tags,
        summary: "Change a customer's details",
        description:
          'Send only the fields to change; `null` clears an optional one (e-mail, phone, plan, dates, external ref). ' +
          'The change is audited (`entity: customer`, `action: updated`, before/after of the fields that changed); a ' +
          'patch that changes nothing writes no audit entry. An external reference another customer has is a 409.',
        params: IdParams,
        body: UpdateCustomerBody,
        response: { 200: CustomerOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      return orThrow(await updateCustomerDetails(ctx, actorOf(p), { ...request.body, customerId: request.params.id }));
    },
  );
}
