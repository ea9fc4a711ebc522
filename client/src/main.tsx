import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import './i18n/i18n';
import './global.css';
import './ui/light.css';
import { App } from './app';
import { setUpDeviceStorage } from './modules/offline/device-setup';
import { registerServiceWorker } from './modules/pwa/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The page the address asks for starts downloading now, alongside the session check, rather than
// after it (the login page; the mentor's and officer's parts of the home, a few KB).
if (window.location.pathname === '/login') void import('./pages/login-page');
else if (window.location.pathname === '/') {
  void import('./modules/home/mentor-home');
  void import('./modules/home/officer-home');
}

// Drafts, the outbox and the answers kept for offline use live in IndexedDB: read them first.
void setUpDeviceStorage().then(() =>
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </StrictMode>,
  ),
);

// After the first render: the service worker's precache download must not compete with it.
registerServiceWorker();
