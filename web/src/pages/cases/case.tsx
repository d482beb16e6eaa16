// Scaffold page: web2 replaces this file with the real Case page.
import { useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';

export default function CasePage() {
  const { id } = useParams();
  return <PageTitle title="Case" description={id} />;
}
