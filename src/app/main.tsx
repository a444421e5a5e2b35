import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import '../ui/styles.css';
import '../ui/forms.css';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// index.html's own shell (the header, and that the data is opening, in the URL's language) stays
// on screen until the first screen replaces it: drawing the same shell again with React cost a
// phone a render and a layout of Thai text before the dashboard. The rest of the app is evaluated
// in a task of its own after this one; one long task of evaluating every module kept a phone's
// first input waiting.
const reactRoot = createRoot(root);
const { startApp } = await import('./startApp');
await startApp(reactRoot);
