/**
 * R3 routing rules in the org policy: an ordered list, first match wins. Each rule tests a case's severity,
 * category and the customer's monthly value, and sends it to a team (optionally a role or a skill); the
 * least-loaded eligible person there becomes its owner.
 */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import type { ResponseOf } from '../../api/client';
import { ROLE_LABEL, type Role } from '../../auth/roles';
import { MoneyInput, SeverityMultiSelect } from '../../components/fields';
import { TeamSelect, useTeams } from '../../components/PersonSelect';
import { PrincipleBadge } from '../common/Principle';

export type RoutingRule = ResponseOf<'/api/v1/policy', 'get'>['routingRules'][number];

/** A rule as the API takes it: empty conditions and assignments left out. */
export function cleanRule(rule: RoutingRule): RoutingRule {
  const { categories, severities, minMonthlyRevenueCents } = rule.when;
  const { teamId, role, skill } = rule.assign;
  return {
    name: rule.name.trim(),
    when: {
      ...(categories?.length ? { categories } : {}),
      ...(severities?.length ? { severities } : {}),
      ...(minMonthlyRevenueCents !== undefined ? { minMonthlyRevenueCents } : {}),
    },
    assign: {
      ...(teamId ? { teamId } : {}),
      ...(role ? { role } : {}),
      ...(skill?.trim() ? { skill: skill.trim() } : {}),
    },
  };
}

/** What is missing before a rule can be saved, or null. */
export function ruleProblem(rule: RoutingRule): string | null {
  if (!rule.name.trim()) return 'Give it a name.';
  const clean = cleanRule(rule);
  if (Object.keys(clean.assign).length === 0) return 'Say where matching cases go: a team, a role or a skill.';
  return null;
}

/** A patch whose undefined values clear a field. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
const merge = <T extends object>(base: T, patch: Loose<T>): T =>
  Object.fromEntries(Object.entries({ ...base, ...patch }).filter(([, v]) => v !== undefined)) as T;

const roleOptions = (['agent', 'supervisor', 'admin'] as Role[]).map((r) => ({ value: r, label: `${ROLE_LABEL[r]}s` }));

/** The rule in one sentence, as the admin would say it. */
function useSentence() {
  const teams = useTeams().data?.items ?? [];
  return (rule: RoutingRule, currency: string) => {
    const { categories, severities, minMonthlyRevenueCents } = rule.when;
    const when = [
      severities?.length ? `severity is ${severities.join(' or ')}` : null,
      categories?.length ? `category is ${categories.map((c) => `“${c}”`).join(' or ')}` : null,
      minMonthlyRevenueCents !== undefined
        ? `the customer pays at least ${new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minMonthlyRevenueCents / 100)} a month`
        : null,
    ].filter(Boolean);
    const team = teams.find((t) => t.id === rule.assign.teamId)?.name;
    const to = [
      rule.assign.role ? `${rule.assign.role}s` : 'anyone',
      team ? `in the ${team} team` : null,
      rule.assign.skill ? `with the skill “${rule.assign.skill}”` : null,
    ]
      .filter(Boolean)
      .join(' ');
    return `${when.length ? `When ${when.join(' and ')}` : 'Every case'}: to ${to}.`;
  };
}

function RuleCard({
  rule,
  index,
  count,
  currency,
  onChange,
  onMove,
  onRemove,
}: {
  rule: RoutingRule;
  index: number;
  count: number;
  currency: string;
  onChange: (rule: RoutingRule) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const sentence = useSentence();
  const problem = ruleProblem(rule);
  const label = rule.name.trim() || `rule ${index + 1}`;
  const when = (patch: Loose<RoutingRule['when']>) => onChange({ ...rule, when: merge(rule.when, patch) });
  const assign = (patch: Loose<RoutingRule['assign']>) => onChange({ ...rule, assign: merge(rule.assign, patch) });
  return (
    <Paper withBorder p="sm" data-testid="routing-rule">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-end">
          <Group gap="xs" wrap="nowrap" style={{ flex: 1 }} align="flex-end">
            <Badge variant="light" c="dark.8" size="lg" aria-hidden="true">
              {index + 1}
            </Badge>
            <TextInput
              label={`Rule ${index + 1} name`}
              placeholder="e.g. Critical cases to second line"
              value={rule.name}
              maxLength={100}
              onChange={(e) => onChange({ ...rule, name: e.currentTarget.value })}
              style={{ flex: 1 }}
              required
            />
          </Group>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Move up (checked earlier)">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Move ${label} up`}
                disabled={index === 0}
                onClick={() => onMove(-1)}
              >
                ↑
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down (checked later)">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Move ${label} down`}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
              >
                ↓
              </ActionIcon>
            </Tooltip>
            <Button variant="outline" color="red.9" size="xs" onClick={onRemove} aria-label={`Remove ${label}`}>
              Remove
            </Button>
          </Group>
        </Group>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          When a new case matches all of
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <SeverityMultiSelect
            label="Severity is one of"
            description="Empty: any severity"
            placeholder={rule.when.severities?.length ? undefined : 'Any severity'}
            value={rule.when.severities ?? []}
            onChange={(severities) => when({ severities })}
          />
          <TagsInput
            label="Category is one of"
            description="Empty: any; press Enter after each"
            placeholder={rule.when.categories?.length ? undefined : 'Any category'}
            value={rule.when.categories ?? []}
            onChange={(categories) => when({ categories })}
          />
          <MoneyInput
            label="Monthly spend at least"
            description="V1: empty for any customer"
            currency={currency}
            placeholder="Any customer"
            cents={rule.when.minMonthlyRevenueCents ?? null}
            onChange={(cents) => when({ minMonthlyRevenueCents: cents ?? undefined })}
          />
        </SimpleGrid>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          It goes to
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <TeamSelect
            label="Team"
            description="Empty: any team"
            placeholder="Any team"
            clearable
            value={rule.assign.teamId ?? null}
            onChange={(teamId) => assign({ teamId: teamId ?? undefined })}
          />
          <Select
            label="Only people who are"
            description="Empty: any role"
            placeholder="Any role"
            clearable
            data={roleOptions}
            value={rule.assign.role ?? null}
            onChange={(role) => assign({ role: (role as Role | null) ?? undefined })}
          />
          <TextInput
            label="Only people with the skill"
            description="Empty: any skill"
            placeholder="Any skill"
            value={rule.assign.skill ?? ''}
            maxLength={100}
            onChange={(e) => assign({ skill: e.currentTarget.value })}
          />
        </SimpleGrid>
        {problem ? (
          <Text size="sm" c="red.9" role="status">
            {problem}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {sentence(rule, currency)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function RoutingRules({
  rules,
  currency,
  onChange,
}: {
  rules: RoutingRule[];
  currency: string;
  onChange: (rules: RoutingRule[]) => void;
}) {
  const move = (index: number, by: -1 | 1) => {
    const next = [...rules];
    const [rule] = next.splice(index, 1);
    if (rule) next.splice(index + by, 0, rule);
    onChange(next);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="routing-title">
      <Group gap="xs" mb={4}>
        <Title order={2} size="h4" id="routing-title">
          Routing rules
        </Title>
        <PrincipleBadge id="R3" withName />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        A new case that nobody owns yet is checked against these rules from the top; the first that matches sends it to
        its team, and the person there with the fewest open cases owns it. With no match, the least-loaded active person
        takes it (an agent opening a case from their own call keeps it).
      </Text>
      <Stack gap="sm">
        {rules.length === 0 ? (
          <Alert color="gray" variant="light" title="No routing rule yet">
            Every new case goes to whoever has the fewest open cases. Add a rule to send, say, critical cases to your
            second line.
          </Alert>
        ) : (
          rules.map((rule, index) => (
            <RuleCard
              // Rules have no id; their position is their identity while editing.
              // biome-ignore lint/suspicious/noArrayIndexKey: reordering re-renders every card anyway
              key={index}
              rule={rule}
              index={index}
              count={rules.length}
              currency={currency}
              onChange={(changed) => onChange(rules.map((r, i) => (i === index ? changed : r)))}
              onMove={(by) => move(index, by)}
              onRemove={() => onChange(rules.filter((_, i) => i !== index))}
            />
          ))
        )}
        <Group>
          <Button
            variant="light"
            disabled={rules.length >= 50}
            onClick={() => onChange([...rules, { name: '', when: {}, assign: {} }])}
          >
            Add a rule
          </Button>
          {rules.length >= 50 ? (
            <Text size="sm" c="dimmed">
              50 rules at most.
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
