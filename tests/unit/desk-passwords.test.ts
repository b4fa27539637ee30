// The desk's password as main keeps it: through the system's secret store, in a file of the app's data folder, never
// in the clear; in memory only where the system has no secret store.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretStorage } from '../../src/main/desk-passwords';
import { DESK_PASSWORDS_FILE, DeskPasswords } from '../../src/main/desk-passwords';
import { reversibleSecretStorage } from '../support/desktop-bridge';

const DESK = 'https://couch.example.org/politics-desk';
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desk-passwords-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the desk password', () => {
  it('is kept encrypted between starts, per desk and name', async () => {
    await new DeskPasswords(folder, reversibleSecretStorage).save(DESK, 'anna', 'пароль Анны');
    const afterRestart = new DeskPasswords(folder, reversibleSecretStorage);
    expect(await afterRestart.read(DESK, 'anna')).toBe('пароль Анны');
    expect(await afterRestart.read(DESK, 'boris')).toBeNull();
    expect(await afterRestart.read('https://other.example.org/desk', 'anna')).toBeNull();
    expect(await readFile(join(folder, DESK_PASSWORDS_FILE), 'utf8')).not.toContain('пароль Анны');
  });

  it('is kept for the session only where the system has no secret store', async () => {
    const none: SecretStorage = { ...reversibleSecretStorage, isEncryptionAvailable: () => false };
    const passwords = new DeskPasswords(folder, none);
    await passwords.save(DESK, 'anna', 'secret');
    expect(await passwords.read(DESK, 'anna')).toBe('secret');
    expect(await new DeskPasswords(folder, none).read(DESK, 'anna')).toBeNull();
    await expect(readFile(join(folder, DESK_PASSWORDS_FILE), 'utf8')).rejects.toThrow();
  });
});
