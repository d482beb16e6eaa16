-- A live call's start may name the customer without a customer record (a call system that knows only the caller's
-- name): the conversation keeps that name, so a reload, another node and the stored conversation still show it.
ALTER TABLE "conversations" ADD COLUMN "customer_name" text;