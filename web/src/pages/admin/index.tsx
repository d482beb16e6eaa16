/** Administration: users and teams, API tokens, webhooks, org policy, the audit trail — one tab per URL. */
import { Tabs } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { AuditTrail } from './AuditTrail';
import { PolicySettings } from './Policy';
import { Tokens } from './Tokens';
import { UsersAndTeams } from './Users';
import { Webhooks } from './Webhooks';

const SECTIONS = [
  { path: 'users', label: 'Users and teams', element: <UsersAndTeams /> },
  { path: 'tokens', label: 'API tokens', element: <Tokens /> },
  { path: 'webhooks', label: 'Webhooks', element: <Webhooks /> },
  { path: 'policy', label: 'Policy', element: <PolicySettings /> },
  { path: 'audit', label: 'Audit trail', element: <AuditTrail /> },
] as const;

export default function AdminPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = SECTIONS.find((s) => location.pathname.startsWith(`/admin/${s.path}`))?.path ?? 'users';
  return (
    <>
      <PageTitle
        title="Admin"
        description="Who works here, how integrations connect, the rules your org runs on, and who changed what."
      />
      <Tabs value={current} onChange={(value) => value && navigate(`/admin/${value}`)}>
        <Tabs.List>
          {SECTIONS.map((s) => (
            <Tabs.Tab key={s.path} value={s.path}>
              {s.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SECTIONS.map((s) => (
          <Tabs.Panel key={s.path} value={s.path} pt="md">
            {current === s.path ? s.element : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
