// Keeps the window on the app: no navigation away, for the page or any frame in it, no new windows, no webviews, no
// permissions granted.
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-url';

/**
 * Whether a frame may go to `url`. The page itself only to the app's page; a subframe (the article's) only to an
 * empty document of its own, which is what the article frame is: its text is written into it, never loaded.
 */
export function isAllowedNavigation(url: string, isMainFrame: boolean, appUrl: string): boolean {
  if (isMainFrame) return isAppUrl(url, appUrl);
  return url === 'about:blank' || url === 'about:srcdoc';
}

export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
