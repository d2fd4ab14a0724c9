import { createZadigClient, type ZadigClient } from '@zadig-ts/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ClientContext } from './client-context';
import { ErrorPanel } from './components/ErrorPanel';
import { readConfig } from './config';
import './styles.css';

const config = readConfig(window.location.search, import.meta.env, window.location.origin);
const root = createRoot(document.getElementById('root') as HTMLElement);

let zadig: ZadigClient | undefined;
let configError: unknown;
try {
  zadig = createZadigClient({ baseUrl: config.baseUrl, token: config.token, headers: config.headers });
} catch (error) {
  // A bad ?api= or VITE_ZADIG_URL: say so instead of showing an empty page.
  configError = error;
}

root.render(
  <StrictMode>
    {zadig ? (
      <ClientContext.Provider value={zadig}>
        <App
          target={zadig.baseUrl}
          initialProject={new URLSearchParams(window.location.search).get('project') ?? ''}
        />
      </ClientContext.Provider>
    ) : (
      <main>
        <ErrorPanel error={configError} what="the dashboard configuration" />
      </main>
    )}
  </StrictMode>,
);
