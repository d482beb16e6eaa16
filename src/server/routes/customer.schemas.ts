import { z } from 'zod';
import { DateTime, page } from './common.schemas.ts';

const cents = z.number().int().nonnegative();
const day = z.iso.date();

export const CreateCustomerBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).optional(),
  phone: z.string().trim().min(3).max(50).optional(),
  externalRef: z.string().trim().min(1).max(200).optional(),
  plan: z.string().trim().min(1).max(100).optional(),
  lifetimeRevenueCents: cents.optional(),
  monthlyRevenueCents: cents.optional(),
  customerSince: day.optional(),
  contractEndsOn: day.optional(),
  priorComplaints: z.number().int().nonnegative().optional(),
  priorConcessionsCents: cents.optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
});

export const UpdateCustomerBody = z
  .strictObject({
    name: CreateCustomerBody.shape.name,
    email: z.email().max(320).nullable(),
    phone: z.string().trim().min(3).max(50).nullable(),
    externalRef: z.string().trim().min(1).max(200).nullable(),
    plan: z.string().trim().min(1).max(100).nullable(),
    lifetimeRevenueCents: cents,
    monthlyRevenueCents: cents,
    customerSince: day.nullable(),
    contractEndsOn: day.nullable(),
    priorComplaints: z.number().int().nonnegative(),
    priorConcessionsCents: cents,
    attributes: z.record(z.string(), z.unknown()),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

export const CustomerOut = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  externalRef: z.string().nullable(),
  plan: z.string().nullable(),
  lifetimeRevenueCents: z.number(),
  monthlyRevenueCents: z.number(),
  customerSince: z.string().nullable(),
  contractEndsOn: z.string().nullable(),
  priorComplaints: z.number(),
  priorConcessionsCents: z.number(),
  attributes: z.record(z.string(), z.unknown()),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const CustomerListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().describe('search name, e-mail, phone or external ref'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const CustomerPage = page(CustomerOut);
