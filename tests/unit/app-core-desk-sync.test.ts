// The desk's sync as the core runs it: the settings asked, the password checked before anything is linked or sent,
// the password kept by the host, and the sync resumed at the next start.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsroomDB } from '../../src/renderer/src/db/database';
import type { Harness } from '../support/app-core-harness';
import { startCore, withCoreOnFreshLibrary } from '../support/app-core-harness';
import type { DeskServer } from '../support/desk-server';
import { startDeskServer } from '../support/desk-server';

let server: DeskServer;

beforeAll(async () => {
  server = await startDeskServer();
  await server.addEditor('anna', 'anna-password');
});

afterAll(async () => {
  await server.close();
});

describe('the desk settings', () => {
  let app: Harness;
  let db: NewsroomDB;
  withCoreOnFreshLibrary((started, fresh) => {
    app = started;
    db = fresh;
  });

  it('refuse a wrong password, link nothing and send nothing; the right one links, syncs and is kept by the host', async () => {
    const { core, dialogs, host } = app;
    dialogs.deskAnswers.push(
      { action: 'sync', desk: { url: server.url, userName: 'anna', password: 'wrong' } },
      { action: 'sync', desk: { url: server.url, userName: 'anna', password: 'anna-password' } },
    );
    await core.deskSync.openSettings();
    expect(dialogs.deskQuestions.map((question) => question.problem)).toEqual([
      null,
      "The desk's server did not accept this name and password. Nothing was sent.",
    ]);
    // Asked again, the dialog shows what the editor gave.
    expect(dialogs.deskQuestions[1]).toMatchObject({ url: server.url, userName: 'anna' });
    await app.until(() => core.deskSync.status.state === 'synced', 'the library synced');
    expect(core.deskSync.link).toMatchObject({ url: server.url, userName: 'anna', enabled: true });
    expect(host.deskPasswords.get(`anna ${server.url}`)).toBe('anna-password');
    // The default tags went to the desk.
    expect((await server.database.allDocs({ keys: ['tag:person'], include_docs: true })).rows[0]).toHaveProperty(
      'doc.row.label',
      'Person',
    );

    // Stopped, the link stays, switched off; the next start does not sync.
    dialogs.deskAnswers.push({ action: 'stop' });
    await core.deskSync.openSettings();
    expect(core.deskSync.status).toEqual({ state: 'off' });
    expect(core.deskSync.link?.enabled).toBe(false);
    expect(app.announcements).toContain('Sync with the desk stopped');
    core.stop();
    const again = startCore(db);
    await again.until(() => again.core.deskSync.link !== null, 'the link read');
    expect(again.core.deskSync.status).toEqual({ state: 'off' });
    again.core.stop();
  });

  it('link a library whose desk cannot be reached: the editor works on, and the sync says offline', async () => {
    const { core, dialogs } = app;
    dialogs.deskAnswers.push({ action: 'sync', desk: { url: 'http://127.0.0.1:9/desk', userName: 'anna', password: 'x' } });
    await core.deskSync.openSettings();
    expect(core.deskSync.link?.url).toBe('http://127.0.0.1:9/desk');
    await app.until(() => core.deskSync.status.state === 'offline', 'the sync offline');
  });

  it('ask for the password again at a start where the host kept none', async () => {
    const { core, dialogs } = app;
    dialogs.deskAnswers.push({ action: 'sync', desk: { url: server.url, userName: 'anna', password: 'anna-password' } });
    await core.deskSync.openSettings();
    core.stop();
    // A browser keeps the password for its session only: a new one has none.
    const restarted = startCore(db);
    await restarted.until(() => restarted.core.deskSync.status.state === 'password', 'the password asked for');
    restarted.core.stop();
  });
});
