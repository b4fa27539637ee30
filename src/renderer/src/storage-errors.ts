// Words for an editor when IndexedDB refuses a write or a read.

export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'There is no room left to save: the disk is full or the storage quota is used up';
  }
  if (name === 'ConstraintError' || inner === 'ConstraintError') return 'That record already exists';
  if (name === 'VersionError' || inner === 'VersionError') {
    return 'The library was saved by a newer version of Newsroom Annotator; update the app to open it';
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return 'The database was closed; reload the window';
  return error instanceof Error ? error.message : String(error);
}
