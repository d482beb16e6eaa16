/** The app shell: header (who I am, my org and role, log out), navigation by role, and the page. */
import {
  AppShell,
  Badge,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { atLeast, ROLE_LABEL } from '../auth/roles';
import { type Me, useLogout, useMe } from '../auth/useMe';
import { Loading } from '../components/States';
import { ChangePassword } from './ChangePassword';
import { NAV } from './nav';

function UserMenu({ me }: { me: Me }) {
  const logout = useLogout();
  const navigate = useNavigate();
  const [passwordOpen, password] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton px="xs" py={4}>
            {/* The name is the visible text itself (axe label-content-name-mismatch), prefixed for screen readers. */}
            <VisuallyHidden>Account: </VisuallyHidden>
            <Group gap="xs" wrap="nowrap">
              <div style={{ textAlign: 'right' }}>
                <Text size="sm" fw={600} lh={1.2} data-testid="me-name">
                  {me.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} data-testid="me-org">
                  {me.orgName}
                </Text>
              </div>
              <Badge variant="light" data-testid="me-role">
                {ROLE_LABEL[me.role]}
              </Badge>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{me.email}</Menu.Label>
          <Menu.Item onClick={password.open}>Change password</Menu.Item>
          <Menu.Item
            color="red"
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
          >
            Log out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePassword opened={passwordOpen} onClose={password.close} />
    </>
  );
}

export function AppLayout() {
  const me = useMe().data;
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  if (!me) return null;
  const items = NAV.filter((item) => atLeast(me.role, item.least));
  const isActive = (to: string) =>
    to === '/' ? location.pathname === '/' : location.pathname === to || location.pathname.startsWith(`${to}/`);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text component="span" fw={800} size="lg" c="blue.8">
              defuse
            </Text>
          </Group>
          <UserMenu me={me} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <ScrollArea>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.to === '/'}
              label={item.label}
              active={isActive(item.to)}
              onClick={close}
              aria-current={isActive(item.to) ? 'page' : undefined}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
