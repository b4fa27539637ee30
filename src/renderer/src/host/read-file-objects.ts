// Reads web File objects (from a file input or a drop) with the same checks main applies to paths.
import { msg, str } from '@lit/localize';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import { articleFileRejection, importFileRejection } from '../../../shared/article/article-file-rules';
import type { ArticleFile, FileProblem, OpenedFiles } from '../../../shared/ipc';

export async function readFileObjects(files: readonly File[]): Promise<OpenedFiles> {
  const opened: ArticleFile[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    const rejection = articleFileRejection(file.name, file.size);
    if (rejection !== null) {
      problems.push({ fileName: file.name, message: rejection });
      continue;
    }
    try {
      opened.push({ fileName: file.name, path: '', bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      problems.push({
        fileName: file.name,
        message: msg(str`${file.name}: the file cannot be read; it may have been moved or deleted`),
      });
    }
  }
  return { files: opened, problems };
}

/** Reads an annotation set to import, with the checks main applies to a path. */
export async function readImportFileObject(file: File): Promise<Result<ArticleFile>> {
  const rejection = importFileRejection(file.name, file.size);
  if (rejection !== null) return err(rejection);
  try {
    return ok({ fileName: file.name, path: '', bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch {
    return err(msg(str`${file.name}: the file cannot be read; it may have been moved or deleted`));
  }
}
