import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { PRERENDERED_ATTRIBUTE, readBootData } from './app/boot';
import { holdEarlyInput } from './app/early-input';

// The entry is small on purpose. When the sign-in page came rendered in the HTML (the server found no session), the
// browser paints it first and only then fetches and runs the portal's scripts (start.tsx), which take it over: on a
// fast connection Chrome would otherwise run them all before its first frame, on a slow one they would share the
// line with the stylesheet. Signed-in pages wait for the same frame only to run them: the server has the browser
// fetch their chunks with the HTML (modulepreload).
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const boot = readBootData();

function afterFirstPaint(): Promise<void> {
  // A frame's callback runs before its paint, a task queued from it after; a hidden tab paints nothing, and never
  // waits more than a moment.
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resume) => {
    const fallback = setTimeout(resume, 200);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resume();
      }, 0),
    );
  });
}

async function main(element: HTMLElement) {
  // The form is on screen before it works: what is typed and sent now is kept for the page once live.
  if (element.hasAttribute(PRERENDERED_ATTRIBUTE)) holdEarlyInput();
  // Signed-in pages too: their chunks are already on their way (modulepreload); the loader's words paint first.
  await afterFirstPaint();
  // Three imports of one graph at once: the same files, fetched together, but React's modules and i18next's run as
  // soon as their own files are in, each in a task of its own, rather than all the start's modules in one long task.
  const early = [import('react-dom/client'), import('./i18n/instance')];
  const { start } = await import('./start');
  await Promise.all(early);
  await start(element, boot);
}

void main(root);
