// Asks the desk's server whether it knows the editor's name and password (CouchDB's `_session`) before anything of
// the library is sent: a wrong password gets a clear answer, and no replication is started with it.

/** Where the desk is and who the editor is to it. */
export interface DeskCredentials {
  /** The desk's database, e.g. `https://couch.example.org/politics-desk`. */
  url: string;
  userName: string;
  password: string;
}

export type CredentialCheck =
  | { outcome: 'accepted' }
  /** The server answered, and refused the name and password. */
  | { outcome: 'refused' }
  /** The server did not answer: the editor is offline, or the address is wrong. */
  | { outcome: 'unreachable'; detail: string }
  /** The server answered something else than a CouchDB would. */
  | { outcome: 'unexpected'; detail: string };

/** The server's `_session` for the database at `databaseUrl` (CouchDB may live under a path). */
function sessionUrl(databaseUrl: string): string {
  return new URL('_session', databaseUrl.replace(/\/+$/, '')).href;
}

export async function checkCredentials(databaseUrl: string, userName: string, password: string): Promise<CredentialCheck> {
  let response: Response;
  try {
    response = await fetch(sessionUrl(databaseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: userName, password }),
      // The session's cookie is not wanted: every request of the replication carries the name and password.
      credentials: 'omit',
    });
  } catch (error) {
    return { outcome: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  if (response.status === 401) return { outcome: 'refused' };
  if (!response.ok) return { outcome: 'unexpected', detail: `${response.status} ${response.statusText}` };
  return { outcome: 'accepted' };
}
