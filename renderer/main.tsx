import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import { App } from './App';
import './styles/app.css';
import './styles/layout.css';

// The CSP forbids eval; without this zod probes `new Function` on first parse and logs a CSP violation.
zodConfig({ jitless: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
