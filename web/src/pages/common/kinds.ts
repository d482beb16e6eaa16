/** What each kind of promise is, in words, and the playbook principles it serves. */
export const COMMITMENT_KIND: Record<string, { label: string; principles: string[] }> = {
  callback: { label: 'Call-back', principles: ['F1', 'F2'] },
  corrective_step: { label: 'Corrective step', principles: ['F1', 'F4'] },
  report_back: { label: 'Report back', principles: ['F4'] },
  chaser: { label: 'Chaser call-back', principles: ['F5'] },
  supervisor_follow_up: { label: 'Supervisor follow-up', principles: ['F6'] },
  acknowledgement: { label: 'Regulatory acknowledgement', principles: ['F1'] },
  final_response: { label: 'Regulatory final response', principles: ['F4'] },
};

export const kindLabel = (kind: string): string => COMMITMENT_KIND[kind]?.label ?? kind;
export const kindPrinciples = (kind: string): string[] => COMMITMENT_KIND[kind]?.principles ?? [];

export const CASE_STATE_COLOR: Record<string, string> = {
  received: 'gray',
  acknowledged: 'blue',
  investigating: 'indigo',
  resolution_proposed: 'violet',
  resolved: 'teal.9',
  closed: 'dark',
};

export const SEVERITY_COLOR: Record<string, string> = {
  low: 'gray',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export const ANGER_COLOR: Record<string, string> = { calm: 'teal', annoyed: 'yellow', angry: 'orange', furious: 'red' };
