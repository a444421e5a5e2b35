import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import '../ui/styles.css';
import '../ui/forms.css';
import { createRoot } from 'react-dom/client';
import { StartingShell, urlAsksForEnglish } from './StartingShell';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const reactRoot = createRoot(root);
const english = urlAsksForEnglish();
document.documentElement.lang = english ? 'en' : 'th';
reactRoot.render(<StartingShell english={english} />);
// The rest of the app is evaluated in a task of its own, after the shell: one long task of
// evaluating every module kept a phone's first paint and first input waiting.
const { startApp } = await import('./startApp');
await startApp(reactRoot);
