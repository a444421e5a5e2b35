import type { DataSet } from '../domain/schemas/dataSet';

/**
 * The seed document, parsed at this boundary like any file a user would import. Loaded only
 * when a new database waits for it, a reset asks for it, or a first run chooses the sample, so
 * other visits never download it.
 */
export async function seed(): Promise<DataSet> {
  const { seedDataSet } = await import('../../mocks/seedDataSet');
  const seeded = seedDataSet();
  if (!seeded.ok) {
    const issues = seeded.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new Error(`อ่านข้อมูลตั้งต้นไม่ได้ ต้องแก้ไขรายการต่อไปนี้ก่อน: ${issues}`);
  }
  return seeded.data;
}
