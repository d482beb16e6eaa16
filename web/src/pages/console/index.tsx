import { PageTitle } from '../../components/PageTitle';

export default function ConsolePage() {
  return <PageTitle title="Console" />;
}
