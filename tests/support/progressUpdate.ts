import type { ProgressUpdate } from '../../src/domain/schemas/measure';

let serial = 0;

/** A progress update as a department head records it, recorded at 09:00 UTC on its day unless told. */
export function progressUpdate(
  measureId: string,
  date: string,
  percent: number,
  status: ProgressUpdate['status'] = 'in-progress',
  createdAt = `${date}T09:00:00.000Z`,
): ProgressUpdate {
  serial += 1;
  return {
    id: `upd-${measureId}-${date}-${serial}`,
    measureId,
    date,
    authorName: 'ผู้รายงาน',
    unitId: null,
    status,
    percent,
    note: '',
    evidenceUrl: '',
    createdAt,
  };
}
