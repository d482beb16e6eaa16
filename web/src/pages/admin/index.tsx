// Scaffold page: web2 replaces this file with the real Admin screen.
import { PageTitle } from '../../components/PageTitle';

export default function AdminPage() {
  return <PageTitle title="Admin" description="Users, teams, API tokens, webhooks, policy and the audit trail." />;
}
