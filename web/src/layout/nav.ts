/** The navigation by role: agents work the console, promises, cases and conversations; supervisors add the queue and
 * insights; admins add administration. */
import type { Role } from '../auth/roles';

export interface NavItem {
  to: string;
  label: string;
  least: Role;
  description: string;
}

export const NAV: NavItem[] = [
  { to: '/', label: 'Console', least: 'agent', description: 'Coach a live conversation' },
  { to: '/promises', label: 'Promises', least: 'agent', description: 'Call-backs and commitments due' },
  { to: '/cases', label: 'Cases', least: 'agent', description: 'Complaints and their timelines' },
  { to: '/conversations', label: 'Conversations', least: 'agent', description: 'Past conversations with their QA' },
  { to: '/queue', label: 'Queue', least: 'supervisor', description: 'Escalations, approvals, overdue' },
  { to: '/insights', label: 'Insights', least: 'supervisor', description: 'Root causes, recurrence, QA' },
  { to: '/audit', label: 'Audit trail', least: 'supervisor', description: 'Who changed which case or promise' },
  { to: '/admin', label: 'Admin', least: 'admin', description: 'Users, tokens, webhooks, policy' },
];
