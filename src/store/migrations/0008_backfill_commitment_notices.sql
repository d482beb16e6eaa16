-- Reminders and escalations sent before commitment_notices existed were marked only in audit_events
-- (`after->>'dueAtMs'`): copy them, so an upgraded scheduler does not send them again.
INSERT INTO "commitment_notices" ("org_id", "commitment_id", "kind", "due_at", "sent_at")
SELECT DISTINCT ON (a."org_id", a."entity_id", a."action", a."after"->>'dueAtMs')
  a."org_id",
  a."entity_id",
  CASE a."action" WHEN 'reminder_sent' THEN 'reminder' ELSE 'escalation' END,
  to_timestamp((a."after"->>'dueAtMs')::bigint / 1000.0),
  a."at"
FROM "audit_events" a
JOIN "commitments" c ON c."org_id" = a."org_id" AND c."id" = a."entity_id"
WHERE a."entity" = 'commitment'
  AND a."action" IN ('reminder_sent', 'overdue_escalated')
  AND a."after"->>'dueAtMs' IS NOT NULL
ORDER BY a."org_id", a."entity_id", a."action", a."after"->>'dueAtMs', a."at"
ON CONFLICT DO NOTHING;
