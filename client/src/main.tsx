import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import './i18n/i18n';
import './global.css';
import { App } from './app';
import { registerServiceWorker } from './modules/pwa/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);

// After the first render: the service worker's precache download must not compete with it.
registerServiceWorker();
