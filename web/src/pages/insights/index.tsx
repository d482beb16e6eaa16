// Scaffold page: web2 replaces this file with the real Insights screen.
import { PageTitle } from '../../components/PageTitle';

export default function InsightsPage() {
  return <PageTitle title="Insights" description="Root causes, recurrence, promises kept and QA over time." />;
}
