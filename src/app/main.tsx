import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import '../ui/styles.css';
import '../ui/forms.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { seedDataSet } from '../../mocks/seedDataSet';
import { readPreferences } from '../data/preferences';
import { App } from './App';
import { createNoticeFeed } from './noticeFeed';
import { openStore } from './openStore';
import { createQueryClient } from './queryClient';
import { SeedError } from './SeedError';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root);

const seeded = seedDataSet();
if (!seeded.ok) {
  reactRoot.render(<SeedError issues={seeded.issues} />);
} else {
  const { preferences, problem } = readPreferences();
  const notices = problem ? [problem] : [];
  const versionNotice =
    'แอปรุ่นใหม่กว่าถูกเปิดในอีกแท็บหนึ่ง แท็บนี้จึงหยุดบันทึกข้อมูลเพื่อไม่ให้ข้อมูลเสียหาย กรุณาโหลดหน้านี้ใหม่';
  const later = createNoticeFeed();
  // Another tab upgraded the database; this tab's connection is closed and must say so, not fail quietly.
  const opened = await openStore(preferences.dataSource, () => seeded.data, () => later.publish(versionNotice));
  reactRoot.render(
    <StrictMode>
      <App
        store={opened.store}
        queryClient={createQueryClient()}
        preferences={preferences}
        notices={opened.failure ? [...notices, opened.failure.message] : notices}
        channel={opened.channel}
        noticeFeed={later}
        seed={() => {
          const fresh = seedDataSet();
          return fresh.ok ? fresh.data : seeded.data;
        }}
      />
    </StrictMode>,
  );
}
