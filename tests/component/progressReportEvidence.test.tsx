import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { Store } from '../../src/data/store';
import { StoreProvider } from '../../src/data/storeContext';
import type { EvidenceFile } from '../../src/domain/evidence/schema';
import type { Measure, ProgressUpdate } from '../../src/domain/schemas/measure';
import { progressReport } from '../../src/domain/reports/progressReport';
import { ProgressReportView } from '../../src/features/reports/ProgressReportView';
import type { ProgressReport } from '../../src/domain/reports/progressReport';
import { seedData } from '../support/seed';

const file = (id: string, name: string, type: EvidenceFile['type']): EvidenceFile => ({
  id,
  name,
  type,
  size: 2048,
  sha256: 'a'.repeat(64),
  ...(type === 'jpeg' ? { width: 1600, height: 1200 } : {}),
});
const photo = file('ev-photo', 'อบรม 15 พ.ย.jpg', 'jpeg');
const memo = file('ev-memo', 'บันทึกข้อความ.pdf', 'pdf');

const data = seedData();
const measures = data.measures.filter((m) => m.assessmentId === data.assessments[0]?.id);
const target = measures.find((m) => !m.archived) as Measure;
const period = { from: '2022-10-01', to: '2023-03-31' };
const update = (over: Partial<ProgressUpdate>): ProgressUpdate => ({
  id: 'prg-1',
  measureId: target.id,
  date: '2022-11-15',
  status: 'in-progress',
  percent: 40,
  note: 'จัดอบรมคณะกรรมการตรวจการจ้างแล้ว',
  evidenceUrl: 'https://phoknoi.go.th/news/7',
  createdAt: '2022-11-15T09:00:00.000Z',
  createdBy: 'usr-1',
  ...over,
} as ProgressUpdate);
const updates = [
  update({ files: [photo, memo] }),
  update({ id: 'prg-2', date: '2022-12-20', percent: 60, note: 'ประกาศผลแล้ว', evidenceUrl: '', createdAt: '2022-12-20T09:00:00.000Z' }),
];
const report: ProgressReport = progressReport(2565, data.organisation, data.units, measures, updates, period);
const signatures = { signer: '', signerTitle: '', approver: '', approverTitle: '' };

function renderReport(store: Pick<Store, 'evidenceUrl' | 'readEvidence'>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <StoreProvider store={store as Store}>
        <ProgressReportView report={report} signatures={signatures} />
      </StoreProvider>
    </QueryClientProvider>,
  );
  return within(screen.getByRole('row', { name: new RegExp(`^1\\. ${target.title}`) }));
}

const server = { evidenceUrl: (id: string) => `/api/v1/evidence/${encodeURIComponent(id)}`, readEvidence: () => Promise.reject(new Error('not asked')) };

describe('the progress report’s evidence', () => {
  it('names each update’s files after its link, each name opening its file from the server', () => {
    const row = renderReport(server);
    const cell = row.getByText(/15 พ\.ย\. 2565: ร้อยละ 40/);
    expect(cell).toHaveTextContent('15 พ.ย. 2565: ร้อยละ 40 จัดอบรมคณะกรรมการตรวจการจ้างแล้ว หลักฐาน: https://phoknoi.go.th/news/7 ไฟล์: อบรม 15 พ.ย.jpg, บันทึกข้อความ.pdf');
    expect(row.getByRole('link', { name: 'อบรม 15 พ.ย.jpg' })).toHaveAttribute('href', '/api/v1/evidence/ev-photo');
    expect(row.getByRole('link', { name: 'บันทึกข้อความ.pdf' })).toHaveAttribute('target', '_blank');
    // The update without files says nothing of files.
    expect(row.getByText(/20 ธ\.ค\. 2565: ร้อยละ 60/)).not.toHaveTextContent('ไฟล์:');
  });

  it('links each name to its bytes read from the browser’s storage, and names alone a file that cannot be read', async () => {
    const made: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => `blob:file-${made.push(blob)}`, revokeObjectURL: () => undefined });
    const photoBytes = new Blob(['jpeg bytes'], { type: 'image/jpeg' });
    const row = renderReport({
      evidenceUrl: () => null,
      readEvidence: (id) => (id === photo.id ? Promise.resolve({ file: photo, blob: photoBytes }) : Promise.reject(new Error('ไม่พบไฟล์'))),
    });
    expect(await row.findByRole('link', { name: 'อบรม 15 พ.ย.jpg' })).toHaveAttribute('href', 'blob:file-1');
    expect(made).toEqual([photoBytes]);
    expect(row.getByText(/15 พ\.ย\. 2565/)).toHaveTextContent('ไฟล์: อบรม 15 พ.ย.jpg, บันทึกข้อความ.pdf');
    expect(row.queryByRole('link', { name: 'บันทึกข้อความ.pdf' })).toBeNull();
  });

  it('gives each update in the period the files it was sent with, in the report’s order', () => {
    const mine = report.measures.find((m) => m.title === target.title);
    expect(mine?.updates.map((u) => [u.date, u.files?.map((f) => f.name)])).toEqual([
      ['2022-11-15', ['อบรม 15 พ.ย.jpg', 'บันทึกข้อความ.pdf']],
      ['2022-12-20', []],
    ]);
  });
});
