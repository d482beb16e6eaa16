import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addBusinessDays,
  canonicalPresetId,
  findPreset,
  isQuickResolution,
  REGULATORY_PRESETS,
  regulatoryCommitments,
} from './regulatory-presets.ts';

// Friday 2025-03-07 15:00 UTC
const friday = new Date('2025-03-07T15:00:00Z');

test('business days skip the weekend', () => {
  assert.equal(addBusinessDays(friday, 1).toISOString(), '2025-03-10T15:00:00.000Z');
  assert.equal(addBusinessDays(friday, 3).toISOString(), '2025-03-12T15:00:00.000Z');
  assert.equal(addBusinessDays(new Date('2025-03-08T09:00:00Z'), 1).toISOString(), '2025-03-10T09:00:00.000Z');
});

const presets: [string, string, string][] = [
  ['uk-fca-disp', 'acknowledgement', '2025-03-10T15:00:00.000Z'],
  ['uk-fca-disp', 'final_response', '2025-05-02T15:00:00.000Z'],
  ['us-cfpb', 'acknowledgement', '2025-03-22T15:00:00.000Z'],
  ['us-cfpb', 'final_response', '2025-05-06T15:00:00.000Z'],
];
for (const [id, kind, due] of presets) {
  test(`F1 preset ${id} turns its ${kind} clock into a commitment due ${due}`, () => {
    const preset = findPreset(id);
    assert.ok(preset.success);
    const drafts = regulatoryCommitments(preset.data, friday);
    const draft = drafts.find((d) => d.kind === kind);
    assert.equal(draft?.dueAt.toISOString(), due);
    assert.equal(draft?.source, `${id}:${kind}`);
  });
}

test('FCA quick resolution: resolved by the close of the third business day', () => {
  const fca = REGULATORY_PRESETS['uk-fca-disp'];
  assert.equal(isQuickResolution(fca, friday, new Date('2025-03-12T23:59:00Z')), true);
  assert.equal(isQuickResolution(fca, friday, new Date('2025-03-13T00:00:00Z')), false);
  assert.equal(isQuickResolution(REGULATORY_PRESETS['us-cfpb'], friday, friday), false);
});

test('custom presets are found before the built-ins and validated', () => {
  const custom = {
    id: 'ombudsman-au',
    name: 'AU AFCA',
    clocks: [{ kind: 'final_response' as const, calendarDays: 30, basis: 'RG 271: 30 days' }],
  };
  const found = findPreset('ombudsman-au', [custom]);
  assert.ok(found.success);
  assert.equal(regulatoryCommitments(found.data, friday)[0]?.dueAt.toISOString(), '2025-04-06T15:00:00.000Z');
  const broken = findPreset('bad', [
    { id: 'bad', name: 'x', clocks: [{ kind: 'acknowledgement', calendarDays: 2, businessDays: 1, basis: '' }] },
  ]);
  assert.ok(!broken.success);
  assert.equal(broken.error.path, 'clocks[0]');
});

test('an unknown preset is refused by name', () => {
  const result = findPreset('atlantis');
  assert.ok(!result.success);
  assert.equal(result.error.code, 'invalid_input');
  assert.match(result.error.message, /atlantis/);
});

test('the common names FCA and CFPB (any case) stand for the built-in presets; ids and custom ids pass through', () => {
  for (const [alias, id] of [
    ['FCA', 'uk-fca-disp'],
    ['fca', 'uk-fca-disp'],
    [' CFPB ', 'us-cfpb'],
    ['uk-fca-disp', 'uk-fca-disp'],
    ['ombudsman-au', 'ombudsman-au'],
  ]) {
    assert.equal(canonicalPresetId(alias!), id, alias);
  }
  const fca = findPreset('FCA');
  assert.ok(fca.success);
  assert.equal(fca.data.id, 'uk-fca-disp');
  const cfpb = findPreset('cfpb');
  assert.ok(cfpb.success);
  assert.equal(cfpb.data.id, 'us-cfpb');
  const unknown = findPreset('SEC');
  assert.ok(!unknown.success);
  assert.match(
    unknown.error.message,
    /unknown regulatory preset "SEC"; use one of uk-fca-disp, us-cfpb, FCA, DISP, CFPB/,
  );
});
