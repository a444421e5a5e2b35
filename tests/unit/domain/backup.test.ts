import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  buildBackup,
  readBackup,
  readBackupWith,
  serialiseBackup,
  type BackupRead,
} from '../../../src/domain/backup';
import { seedData } from '../../support/seed';

const EXPORTED = new Date('2026-11-24T07:30:00.000Z');
const good = () => buildBackup(seedData(), EXPORTED);
const text = (value: unknown) => JSON.stringify(value);

function problemOf(read: BackupRead) {
  if (read.ok) throw new Error('expected the file to be refused');
  return read.problem;
}

describe('backup files', () => {
  it('round-trip the whole data set, Thai byte for byte', () => {
    const file = good();
    const serialised = serialiseBackup(file);
    expect(serialised).toContain('เทศบาลตำบลพอกน้อย');
    expect(serialised).not.toMatch(/\\u0e/i);
    const read = readBackup(serialised);
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.file).toEqual(file);
    expect(new TextEncoder().encode(read.file.organisationName)).toEqual(new TextEncoder().encode('เทศบาลตำบลพอกน้อย'));
  });

  it('accept a file that starts with a byte-order mark', () => {
    expect(readBackup(`\uFEFF${serialiseBackup(good())}`).ok).toBe(true);
  });

  it('summarise what a restore would bring in', () => {
    const data = seedData();
    const first = data.measures[0];
    if (!first) throw new Error('no measure');
    first.archived = true;
    const read = readBackup(serialiseBackup(buildBackup(data, EXPORTED)));
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.summary).toEqual({
      organisationName: 'เทศบาลตำบลพอกน้อย',
      exportedAt: '2026-11-24T07:30:00.000Z',
      counts: { units: 2, frameworks: 2, assessments: 1, findings: 4, measures: 6, progressUpdates: 0 },
      fiscalYears: [2565],
      archivedMeasures: 1,
    });
  });

  it('list the fiscal years newest first, once each', () => {
    const data = seedData();
    const [asm] = data.assessments;
    if (!asm) throw new Error('no assessment');
    data.assessments.push({ ...asm, id: 'asm-2564', fiscalYear: 2564 }, { ...asm, id: 'asm-2566', fiscalYear: 2566 });
    const read = readBackup(serialiseBackup(buildBackup(data, EXPORTED)));
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.summary.fiscalYears).toEqual([2566, 2565, 2564]);
  });

  it('are named by the Buddhist Era date and local time, sortable and plain ASCII', () => {
    expect(backupFileName(new Date(2026, 10, 4, 9, 5))).toBe('ita-backup-2569-11-04-0905.json');
  });

  it.each([
    ['an empty file', '', 'empty', 'ไฟล์ว่างเปล่า'],
    ['only white space', '  \n ', 'empty', 'ไฟล์ว่างเปล่า'],
    ['cut-off JSON', '{"format": ', 'not-json', 'ไม่ใช่ไฟล์ JSON'],
    ['some other JSON', text({ hello: 'world' }), 'not-backup', 'ไม่ใช่ไฟล์สำรองข้อมูลของแดชบอร์ดมาตรการ ITA'],
    ['a JSON array', text([1, 2]), 'not-backup', 'ไม่ใช่ไฟล์สำรองข้อมูล'],
    ['a newer version', text({ ...good(), version: BACKUP_VERSION + 1 }), 'newer-version', `รูปแบบไฟล์รุ่น ${BACKUP_VERSION + 1}`],
    ['a version that is text', text({ ...good(), version: '1' }), 'bad-version', 'ไม่ระบุรุ่นของรูปแบบไฟล์'],
    ['version 0', text({ ...good(), version: 0 }), 'bad-version', 'ไม่ระบุรุ่นของรูปแบบไฟล์'],
  ])('refuse %s, saying so in Thai', (_what, input, code, words) => {
    const problem = problemOf(readBackup(input));
    expect(problem.code).toBe(code);
    expect(problem.message).toContain(words);
  });

  it('refuse the seed document itself: it is not a backup', async () => {
    const seed = await import('../../../mocks/fixtures/phok-noi-2565.json');
    expect(problemOf(readBackup(text(seed.default))).code).toBe('not-backup');
  });

  it('name the record, its id and the field of each invalid value', () => {
    const file = good();
    const measure = file.data.measures[2];
    if (!measure) throw new Error('no measure');
    measure.title = '';
    file.data.settings.improvementMark = 140;
    const problem = problemOf(readBackup(text(file)));
    expect(problem.code).toBe('invalid-record');
    expect(problem.message).toContain('มาตรการ รายการที่ 3 (รหัส msr-plan-3) ช่อง "title": ต้องระบุชื่อมาตรการ');
    expect(problem.message).toContain('การตั้งค่า ช่อง "improvementMark": เกณฑ์ที่ต้องปรับปรุงต้องไม่เกิน 100');
    expect(problem.issues).toHaveLength(2);
  });

  it('name a record without an id by its place, and a missing collection by name', () => {
    const file = good() as unknown as { data: Record<string, unknown> };
    file.data.units = [{ name: 'กองช่าง' }];
    delete file.data.findings;
    file.data.organisation = 'เทศบาล';
    const problem = problemOf(readBackup(text(file)));
    expect(problem.message).toContain('ส่วนราชการ รายการที่ 1 ช่อง "id"');
    expect(problem.message).toContain('ข้อบกพร่อง:');
    expect(problem.message).toContain('ข้อมูลหน่วยงาน:');
  });

  it('say so when the data part is not a data set at all', () => {
    const problem = problemOf(readBackup(text({ ...good(), data: 'ไม่ใช่ข้อมูล' })));
    expect(problem.code).toBe('invalid-record');
    expect(problem.issues[0]?.path).toBe('ข้อมูล');
  });

  it('list five problems and say how many more there are', () => {
    const file = good();
    file.data.measures.forEach((m) => (m.title = ''));
    file.data.units.forEach((u) => (u.name = ''));
    const problem = problemOf(readBackup(text(file)));
    expect(problem.issues).toHaveLength(8);
    expect(problem.message).toContain('และอีก 3 รายการ');
  });

  it('refuse records that refer to what the file does not hold, or repeat an id', () => {
    const file = good();
    const [first, second] = file.data.measures;
    if (!first || !second) throw new Error('no measures');
    second.id = first.id;
    first.assessmentId = 'asm-none';
    first.unitIds = ['unit-none'];
    const finding = file.data.findings[0];
    if (!finding) throw new Error('no finding');
    finding.assessmentId = 'asm-none';
    finding.unitIds = ['unit-none'];
    file.data.units.push({ ...file.data.units[0], id: 'unit-palad', name: 'ซ้ำ', aliases: [] });
    file.data.assessments.push({ ...file.data.assessments[0], id: 'asm-2565' } as (typeof file.data.assessments)[0]);
    file.data.progressUpdates.push({
      id: 'upd-1',
      measureId: 'msr-none',
      date: '2023-01-01',
      authorName: 'ก',
      unitId: null,
      status: 'in-progress',
      percent: 10,
      note: '',
      evidenceUrl: '',
      createdAt: '2023-01-01T00:00:00.000Z',
    });
    file.data.progressUpdates.push({ ...file.data.progressUpdates[0], measureId: first.id } as (typeof file.data.progressUpdates)[0]);
    const problem = problemOf(readBackup(text(file)));
    expect(problem.code).toBe('inconsistent');
    const paths = problem.issues.map((i) => `${i.path}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'มาตรการ รายการที่ 2 (รหัส msr-plan-1): รหัส msr-plan-1 ซ้ำกับรายการก่อนหน้า',
        'มาตรการ รายการที่ 1 (รหัส msr-plan-1) ช่อง "assessmentId": อ้างถึงผลการประเมินรหัส asm-none ซึ่งไม่มีในไฟล์',
        'มาตรการ รายการที่ 1 (รหัส msr-plan-1) ช่อง "unitIds": อ้างถึงส่วนราชการรหัส unit-none ซึ่งไม่มีในไฟล์',
        'ความคืบหน้า รายการที่ 1 (รหัส upd-1) ช่อง "measureId": อ้างถึงมาตรการรหัส msr-none ซึ่งไม่มีในไฟล์',
        'ความคืบหน้า รายการที่ 2 (รหัส upd-1): รหัส upd-1 ซ้ำกับรายการก่อนหน้า',
      ]),
    );
    expect(paths.some((p) => p.startsWith('ข้อบกพร่อง รายการที่ 1'))).toBe(true);
    expect(paths.some((p) => p.startsWith('ส่วนราชการ รายการที่ 3'))).toBe(true);
    expect(paths.some((p) => p.startsWith('ผลการประเมิน รายการที่ 2'))).toBe(true);
  });

  describe('migrations', () => {
    const oldFile = () => ({ ...good(), version: 1, data: { ...good().data, settings: undefined, legacyMark: 88 } });
    const toV2 = (data: unknown) => {
      const { legacyMark, ...rest } = data as { legacyMark: number };
      return { ...rest, settings: { improvementMark: legacyMark } };
    };

    it('bring an older file up to the current version before checking it', () => {
      const read = readBackupWith(text(oldFile()), { 2: toV2 }, 2);
      if (!read.ok) throw new Error(read.problem.message);
      expect(read.file.version).toBe(2);
      expect(read.file.data.settings).toEqual({ improvementMark: 88 });
    });

    it('leave a file of the current version as it is', () => {
      const migrate = vi.fn(toV2);
      expect(readBackupWith(text({ ...good(), version: 2 }), { 2: migrate }, 2).ok).toBe(true);
      expect(migrate).not.toHaveBeenCalled();
    });

    it('refuse a file no migration can bring forward', () => {
      expect(problemOf(readBackupWith(text(oldFile()), {}, 2)).message).toContain('ไม่มีวิธีแปลงไฟล์สำรองข้อมูลรุ่น 1 เป็นรุ่น 2');
    });
  });

  it('declare the format they are', () => {
    expect(good()).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, organisationName: 'เทศบาลตำบลพอกน้อย' });
  });
});
