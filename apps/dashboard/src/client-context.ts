// The one Zadig client of the app, handed down through React context.
import type { ZadigClient } from '@zadig-ts/client';
import { createContext, useContext } from 'react';

export const ClientContext = createContext<ZadigClient | null>(null);

/** The app's Zadig client; only inside `<ClientContext.Provider>`. */
export function useZadig(): ZadigClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useZadig() outside of <ClientContext.Provider>');
  return client;
}
