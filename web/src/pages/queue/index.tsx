// Scaffold page: web2 replaces this file with the real Queue screen.
import { PageTitle } from '../../components/PageTitle';

export default function QueuePage() {
  return <PageTitle title="Queue" description="Escalations, approvals and overdue promises for your team." />;
}
