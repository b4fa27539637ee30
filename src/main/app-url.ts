// Which URL is the app's own: the only page allowed to load in the window and to call IPC handlers.

/** True when `url` is the app's page itself (query and fragment aside), not anything else on that origin. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const app = new URL(appUrl);
    return candidate.protocol === app.protocol && candidate.host === app.host && candidate.pathname === app.pathname;
  } catch {
    return false;
  }
}
