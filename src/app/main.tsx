import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import '../ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createQueryClient } from './queryClient';
import { SeedError } from './SeedError';
import { createSeedStore } from './seedStore';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const seeded = createSeedStore();
createRoot(root).render(
  <StrictMode>
    {seeded.ok ? <App store={seeded.store} queryClient={createQueryClient()} /> : <SeedError issues={seeded.issues} />}
  </StrictMode>,
);
