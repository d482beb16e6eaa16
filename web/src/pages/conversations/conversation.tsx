// Scaffold page: web2 replaces this file with the real Conversation page.
import { useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';

export default function ConversationPage() {
  const { id } = useParams();
  return <PageTitle title="Conversation" description={id} />;
}
