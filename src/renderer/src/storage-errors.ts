// Words for an editor when IndexedDB refuses a write or a read.
import { msg, str } from '@lit/localize';

export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return msg('There is no room left to save: the disk is full or the storage quota is used up');
  }
  if (name === 'ConstraintError' || inner === 'ConstraintError') return msg('That record already exists');
  if (name === 'VersionError' || inner === 'VersionError') {
    return msg('The library was saved by a newer version of Newsroom Annotator; update the app to open it');
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return msg('The database was closed; reload the window');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Words for an editor when the library cannot be opened. An error of the code rather than of storage (a TypeError, an
 * UpgradeError) can only come from an upgrade meeting a record it cannot read: IndexedDB then keeps the old version.
 */
export function describeOpenError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'UpgradeError' || error instanceof TypeError || error instanceof RangeError) {
    const reason = (error as { inner?: { message?: string } }).inner?.message ?? (error as Error).message;
    return msg(str`Its records could not be upgraded for this version of Newsroom Annotator (${reason})`);
  }
  return describeStorageError(error);
}
