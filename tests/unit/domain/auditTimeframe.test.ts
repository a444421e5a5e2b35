import { describe, expect, it } from 'vitest';
import { auditEntry, progressChanges } from '../../../src/domain/audit';
import type { Actor } from '../../../src/domain/schemas/actor';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';

const update: ProgressUpdate = {
  id: 'upd-1',
  measureId: 'msr-1',
  date: '2026-10-20',
  authorName: 'ปลัดเทศบาล',
  unitId: 'unit-palad',
  status: 'in-progress',
  percent: 60,
  note: 'จัดอบรมแล้ว 1 ครั้ง',
  evidenceUrl: '',
  createdAt: '2026-10-20T09:00:00.000Z',
};

describe('what the history says of a progress report', () => {
  const withNote = '2026-10-20 · in-progress · 60% · จัดอบรมแล้ว 1 ครั้ง';
  const withoutNote = '2026-10-20 · in-progress · 60%';

  it.each<[string, ProgressUpdate, boolean, { from: string; to: string }]>([
    ['a report given appears as the new value', update, false, { from: '', to: withNote }],
    ['a report withdrawn appears as the old value', update, true, { from: withNote, to: '' }],
    ['a report without a note leaves the note out', { ...update, note: '' }, false, { from: '', to: withoutNote }],
    ['a withdrawn report without a note leaves the note out', { ...update, note: '' }, true, { from: withoutNote, to: '' }],
  ])('%s', (_what, given, withdrawn, change) => {
    expect(progressChanges(given, withdrawn)).toEqual([{ field: 'progress', ...change }]);
  });

  it.each([false, true])('names the files a report carries beside it (withdrawn: %s)', (withdrawn) => {
    const file = { id: 'f1', type: 'pdf', size: 10, sha256: 'a'.repeat(64) } as const;
    const given = { ...update, files: [{ ...file, name: 'บันทึก.pdf' }, { ...file, id: 'f2', name: 'ภาพอบรม 1.jpg', type: 'jpeg', width: 2, height: 1 } as const] };
    const names = 'บันทึก.pdf / ภาพอบรม 1.jpg';
    expect(progressChanges(given, withdrawn)).toEqual([
      { field: 'progress', from: withdrawn ? withNote : '', to: withdrawn ? '' : withNote },
      { field: 'evidenceFiles', from: withdrawn ? names : '', to: withdrawn ? '' : names },
    ]);
  });
});

describe('an audit entry', () => {
  it.each<[string, Actor]>([
    ['names a department head with the unit they act for', { name: 'ผอ.กองช่าง', role: 'department-head', unitId: 'unit-chang' }],
    ['names an officer who acts for the whole agency with no unit', { name: 'นักวิเคราะห์', role: 'planning-officer', unitId: null }],
  ])('%s', (_what, actor) => {
    const ids = ['aud-1', 'aud-2'];
    const ctx = { now: '2026-10-21T08:00:00.000Z', newId: () => ids.shift() ?? 'none' };
    const changes = progressChanges(update, false);
    expect(auditEntry('msr-1', 'progress-added', changes, actor, ctx)).toEqual({
      id: 'aud-1',
      measureId: 'msr-1',
      at: '2026-10-21T08:00:00.000Z',
      actorName: actor.name,
      actorRole: actor.role,
      actorUnitId: actor.unitId,
      action: 'progress-added',
      changes,
    });
    expect(ids).toEqual(['aud-2']);
  });
});
