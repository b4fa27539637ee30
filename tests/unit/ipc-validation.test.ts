import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../src/main/app-url';
import { isTrustedSender, validateIpcArgs } from '../../src/main/ipc-guard';
import { openArticleFilesArgs, saveFileArgs } from '../../src/main/ipc-schemas';

const appUrl = 'file:///opt/newsroom/out/renderer/index.html';
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never;

describe('IPC sender check', () => {
  it('trusts only the top frame of the app page', () => {
    expect(isTrustedSender(frame(appUrl), appUrl)).toBe(true);
    expect(isTrustedSender(frame(`${appUrl}#article`), appUrl)).toBe(true);
    expect(isTrustedSender(frame(appUrl, {}), appUrl)).toBe(false);
    expect(isTrustedSender(frame('file:///tmp/evil.html'), appUrl)).toBe(false);
    expect(isTrustedSender(frame('https://example.org/'), appUrl)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, appUrl)).toBe(false);
  });

  it('matches the dev server page but not other pages of its origin', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5173/other.html', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
  });
});

describe('IPC argument validation', () => {
  it('accepts a save request with a file name and bytes', () => {
    const bytes = new TextEncoder().encode('{}');
    const result = validateIpcArgs(saveFileArgs, [{ suggestedName: 'статья.annotations.json', bytes }]);
    expect(result).toEqual({ ok: true, value: [{ suggestedName: 'статья.annotations.json', bytes }] });
  });

  it('refuses paths, missing fields, extra fields and extra arguments', () => {
    const refusals = [
      [{ suggestedName: '../../etc/passwd', bytes: new Uint8Array() }],
      [{ suggestedName: 'a.json' }],
      [{ suggestedName: 'a.json', bytes: '{}' }],
      [{ suggestedName: 'a.json', bytes: new Uint8Array(), path: '/etc/passwd' }],
      [{ suggestedName: 'a.json', bytes: new Uint8Array() }, 'extra'],
      ['a.json'],
    ];
    for (const args of refusals) {
      const result = validateIpcArgs(saveFileArgs, args);
      expect(result.ok, JSON.stringify(args)).toBe(false);
      expect(!result.ok && result.error).toMatch(/^Invalid arguments: /);
    }
  });

  it('refuses arguments to a call that takes none', () => {
    expect(validateIpcArgs(openArticleFilesArgs, []).ok).toBe(true);
    expect(validateIpcArgs(openArticleFilesArgs, ['/etc/passwd']).ok).toBe(false);
  });
});
