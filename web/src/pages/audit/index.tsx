/** The audit trail as its own page: supervisors read the case domain (cases, promises, concessions, notes…), admins
 * everything (the same view as Admin → Audit trail). */
import { PageTitle } from '../../components/PageTitle';
import { AuditTrail } from '../admin/AuditTrail';

export default function AuditPage() {
  return (
    <>
      <PageTitle title="Audit trail" description="Who changed which case, promise or setting, and when." />
      <AuditTrail />
    </>
  );
}
