import type { FastifyInstance } from 'fastify';
import { adminRoutes } from './admin.routes.ts';
import { alertRoutes } from './alert.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { caseRecordRoutes } from './case-records.routes.ts';
import { caseRoutes } from './case.routes.ts';
import { commitmentRoutes } from './commitment.routes.ts';
import { concessionRoutes } from './concession.routes.ts';
import { conversationRoutes } from './conversation.routes.ts';
import { customerRoutes } from './customer.routes.ts';
import { engineRoutes } from './engine.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { insightsRoutes } from './insights.routes.ts';
import { liveRoutes } from '../live/live.routes.ts';
import { orgRoutes } from './org.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { policyRoutes } from './policy.routes.ts';
import { rootCauseRoutes } from './root-cause.routes.ts';
import { webhookRoutes } from './webhook.routes.ts';

/** Every route module, one per resource. */
export const ROUTE_MODULES: Array<(app: FastifyInstance) => Promise<void>> = [
  healthRoutes,
  authRoutes,
  engineRoutes,
  conversationRoutes,
  customerRoutes,
  caseRoutes,
  caseRecordRoutes,
  commitmentRoutes,
  peopleRoutes,
  concessionRoutes,
  insightsRoutes,
  rootCauseRoutes,
  webhookRoutes,
  adminRoutes,
  orgRoutes,
  policyRoutes,
  liveRoutes,
  alertRoutes,
];
