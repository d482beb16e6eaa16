/** What each kind of promise is, in words, the playbook principles it serves, and whether it is kept by ringing. */
export const COMMITMENT_KIND: Record<string, { label: string; principles: string[]; rings?: true }> = {
  callback: { label: 'Call-back', principles: ['F1', 'F2'], rings: true },
  corrective_step: { label: 'Corrective step', principles: ['F1', 'F4'] },
  report_back: { label: 'Report back', principles: ['F4'] },
  chaser: { label: 'Chaser call-back', principles: ['F5'], rings: true },
  supervisor_follow_up: { label: 'Supervisor follow-up', principles: ['F6'], rings: true },
  acknowledgement: { label: 'Regulatory acknowledgement', principles: ['F1'] },
  final_response: { label: 'Regulatory final response', principles: ['F4'] },
};

export const kindLabel = (kind: string): string => COMMITMENT_KIND[kind]?.label ?? kind;
/** A promise kept by ringing the customer (F2, F5, F6): without a phone number its owner must reach them another way. */
export const kindRings = (kind: string): boolean => COMMITMENT_KIND[kind]?.rings === true;
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
