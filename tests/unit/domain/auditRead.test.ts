import { measureChanges, progressChanges } from '../../../src/domain/audit';
import { readAuditChange, type AuditLine } from '../../../src/domain/auditRead';
import type { Measure } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';
import type { FieldChange } from '../../../src/domain/schemas/audit';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';

const update: ProgressUpdate = {
  id: 'p1',
  measureId: 'm1',
  date: '2026-12-06',
  status: 'in-progress',
  percent: 40,
  note: 'ประชุมแล้ว · รอผล',
  evidenceUrl: '',
  unitId: null,
  authorName: 'สมศรี',
  createdAt: '2026-12-06T02:00:00.000Z',
};

describe('a stored change read back into its parts', () => {
  it.each<[string, FieldChange, AuditLine]>([
    [
      'a recorded update, its note keeping its own dots',
      { field: 'progress', from: '', to: '2026-12-06 · in-progress · 40% · ประชุมแล้ว · รอผล' },
      { kind: 'progress', date: '2026-12-06', status: 'in-progress', statusText: 'in-progress', percent: 40, note: 'ประชุมแล้ว · รอผล' },
    ],
    [
      'a withdrawn update without a note',
      { field: 'progress', from: '2026-11-30 · done · 100%', to: '' },
      { kind: 'progress', date: '2026-11-30', status: 'done', statusText: 'done', percent: 100, note: '' },
    ],
    [
      'a status this version does not know is kept as written',
      { field: 'progress', from: '', to: '2026-11-30 · paused · 12.5%' },
      { kind: 'progress', date: '2026-11-30', status: null, statusText: 'paused', percent: 12.5, note: '' },
    ],
    ['a progress text of another shape is shown as it was', { field: 'progress', from: '', to: 'ร้อยละ 40' }, { kind: 'text', field: 'progress', from: '', to: 'ร้อยละ 40' }],
    ['a step ticked', { field: 'steps.3.done', from: 'false', to: 'true' }, { kind: 'step', number: 3, done: true }],
    ['a step unticked', { field: 'steps.1.done', from: 'true', to: 'false' }, { kind: 'step', number: 1, done: false }],
    ['the archived flag says nothing the action does not', { field: 'archived', from: 'false', to: 'true' }, { kind: 'hidden' }],
    [
      'units added and removed',
      { field: 'unitIds', from: 'unit-palad, unit-works', to: 'unit-palad, unit-finance' },
      { kind: 'list', field: 'unitIds', added: ['unit-finance'], removed: ['unit-works'] },
    ],
    ['a finding set on a new measure', { field: 'links.findingIds', from: '', to: 'fnd-eit-2' }, { kind: 'list', field: 'links.findingIds', added: ['fnd-eit-2'], removed: [] }],
    ['indicators all taken off', { field: 'links.indicators', from: '1, 5', to: '' }, { kind: 'list', field: 'links.indicators', added: [], removed: ['1', '5'] }],
    ['a step added', { field: 'steps', from: 'ก / ข', to: 'ก / ข / ค' }, { kind: 'list', field: 'steps', added: ['ค'], removed: [] }],
    ['steps only reordered are told as text', { field: 'steps', from: 'ก / ข', to: 'ข / ก' }, { kind: 'text', field: 'steps', from: 'ก / ข', to: 'ข / ก' }],
    ['a text field', { field: 'title', from: 'เก่า', to: 'ใหม่' }, { kind: 'text', field: 'title', from: 'เก่า', to: 'ใหม่' }],
    ['files attached', { field: 'evidenceFiles', from: '', to: 'ก.pdf / ข 1.jpg' }, { kind: 'list', field: 'evidenceFiles', added: ['ก.pdf', 'ข 1.jpg'], removed: [] }],
    ['files withdrawn', { field: 'evidenceFiles', from: 'ก.pdf', to: '' }, { kind: 'list', field: 'evidenceFiles', added: [], removed: ['ก.pdf'] }],
  ])('%s', (_what, change, line) => {
    expect(readAuditChange(change)).toEqual(line);
  });

  it.each([false, true])('reads back what progressChanges stores (withdrawn: %s)', (withdrawn) => {
    const [change] = progressChanges(update, withdrawn);
    expect(change && readAuditChange(change)).toEqual({
      kind: 'progress',
      date: '2026-12-06',
      status: 'in-progress',
      statusText: 'in-progress',
      percent: 40,
      note: 'ประชุมแล้ว · รอผล',
    });
  });
});

describe('what an edit records, read back as the trail shows it', () => {
  const before = { ...(seedData().measures[0] as Measure), unitIds: ['unit-palad'] };

  it('a new measure: every field set from nothing, no tick listed', () => {
    const lines = measureChanges(null, { ...before, steps: [{ id: 's1', text: 'ก', done: true }] }).map(readAuditChange);
    expect(lines).toContainEqual({ kind: 'list', field: 'unitIds', added: ['unit-palad'], removed: [] });
    expect(lines.filter((line) => line.kind === 'step')).toEqual([]);
  });

  it('a step added already done is recorded as ticked', () => {
    const after = { ...before, steps: [...before.steps, { id: 'new', text: 'ใหม่', done: true }] };
    expect(measureChanges(before, after).map(readAuditChange)).toContainEqual({ kind: 'step', number: after.steps.length, done: true });
  });
});
