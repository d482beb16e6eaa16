/**
 * Form fields the screens share: severity, an amount of money kept in minor units, a policy setting headed by its
 * playbook principle, and a new password typed twice.
 */
import {
  MultiSelect,
  type MultiSelectProps,
  NumberInput,
  type NumberInputProps,
  Paper,
  PasswordInput,
  Select,
  type SelectProps,
  Stack,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { PrincipleBadge } from '../pages/common/Principle';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
const SEVERITY_OPTIONS = SEVERITIES.map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) }));

export function SeveritySelect({
  value,
  onChange,
  label = 'Severity',
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: Severity; onChange: (value: Severity) => void }) {
  return (
    <Select
      label={label}
      {...props}
      data={SEVERITY_OPTIONS}
      value={value}
      allowDeselect={false}
      onChange={(v) => v && onChange(v as Severity)}
    />
  );
}

export function SeverityMultiSelect({
  value,
  onChange,
  ...props
}: Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: Severity[];
  onChange: (value: Severity[]) => void;
}) {
  return <MultiSelect {...props} data={SEVERITY_OPTIONS} value={value} onChange={(v) => onChange(v as Severity[])} />;
}

/** An amount typed in major units (89.99) and kept in minor units (8999); empty is null. */
export function MoneyInput({
  cents,
  onChange,
  currency,
  label,
  ...props
}: Omit<NumberInputProps, 'value' | 'onChange' | 'label'> & {
  cents: number | null;
  onChange: (cents: number | null) => void;
  currency: string;
  label: string;
}) {
  return (
    <NumberInput
      label={`${label} (${currency})`}
      min={0}
      decimalScale={2}
      thousandSeparator=","
      {...props}
      value={cents === null ? '' : cents / 100}
      onChange={(value) => {
        const major = typeof value === 'number' ? value : value.trim() === '' ? null : Number(value);
        onChange(major === null || Number.isNaN(major) ? null : Math.round(major * 100));
      }}
    />
  );
}

/** A policy setting in its own box, headed by the playbook principle it tunes. */
export function PrincipleSetting({ principle, children }: { principle: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <div>
          <PrincipleBadge id={principle} withName />
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** The server's minimum password length. */
export const MIN_PASSWORD = 10;

/** A new password and its repetition; `valid` when both match and it is long enough. */
export function newPasswordState(password: string, repeat: string) {
  const mismatch = repeat !== '' && repeat !== password;
  return { mismatch, valid: password.length >= MIN_PASSWORD && password === repeat };
}

export function NewPasswordFields({
  password,
  repeat,
  onPassword,
  onRepeat,
  label = 'New password',
  description = `At least ${MIN_PASSWORD} characters.`,
}: {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  label?: string;
  description?: ReactNode;
}) {
  const { mismatch } = newPasswordState(password, repeat);
  return (
    <>
      <PasswordInput
        label={label}
        description={description}
        value={password}
        onChange={(e) => onPassword(e.currentTarget.value)}
        required
        minLength={MIN_PASSWORD}
        autoComplete="new-password"
      />
      <PasswordInput
        label={`Repeat the ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
        value={repeat}
        onChange={(e) => onRepeat(e.currentTarget.value)}
        required
        autoComplete="new-password"
        error={mismatch ? 'The two passwords differ.' : undefined}
      />
    </>
  );
}
