// The editor's password for the desk's server, kept by main with the system's own secret store (Electron's
// safeStorage: the keychain, DPAPI, or the Secret Service) in a file of the app's data folder, never in the library or
// an export. Where the system offers no encryption it is kept in memory only, and asked for again after a restart.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

/** Electron's safeStorage, as far as this uses it. */
export interface SecretStorage {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const DESK_PASSWORDS_FILE = 'desk-passwords.json';

export class DeskPasswords {
  private readonly inMemory = new Map<string, string>();
  private readonly file: string;

  constructor(
    folder: string,
    private readonly storage: SecretStorage,
  ) {
    this.file = join(folder, DESK_PASSWORDS_FILE);
  }

  async read(url: string, userName: string): Promise<string | null> {
    const key = passwordKey(url, userName);
    const remembered = this.inMemory.get(key);
    if (remembered !== undefined) return remembered;
    if (!this.storage.isEncryptionAvailable()) return null;
    const encrypted = (await this.readFile())[key];
    if (encrypted === undefined) return null;
    try {
      return this.storage.decryptString(Buffer.from(encrypted, 'base64'));
    } catch {
      // Encrypted by another user or machine (a copied profile): as good as none.
      return null;
    }
  }

  async save(url: string, userName: string, password: string): Promise<void> {
    const key = passwordKey(url, userName);
    this.inMemory.set(key, password);
    if (!this.storage.isEncryptionAvailable()) return;
    const stored = await this.readFile();
    stored[key] = this.storage.encryptString(password).toString('base64');
    await writeFileAtomic(this.file, JSON.stringify(stored));
  }

  private async readFile(): Promise<Record<string, string>> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }
}

function passwordKey(url: string, userName: string): string {
  return `${userName}\u0000${url}`;
}
