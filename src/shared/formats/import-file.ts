// Tells which kind of annotation file an editor chose (native set, W3C web annotations, doccano/spaCy JSONL) and
// reads it with the matching reader; nothing here touches the library.
import { msg, str } from '@lit/localize';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { Tag } from '../annotation';
import type { ImportedSet } from './native-import';
import { isNativeSet, readNativeSet } from './native-import';
import { parseTrainingJsonl } from './training-jsonl-import';
import type { ForeignAnnotation } from './web-annotation-import';
import { isWebAnnotationData, readWebAnnotations } from './web-annotation-import';

export type ParsedImport =
  | { kind: 'set'; set: ImportedSet }
  /** Web annotations still have to be placed in the library's articles, which only the renderer can read. */
  | { kind: 'web-annotations'; annotations: ForeignAnnotation[] };

const UNKNOWN_KIND = msg(
  'This file is not an annotation set this app reads: a Newsroom Annotator export, W3C Web Annotations, or doccano/spaCy JSONL.',
);

/** Reads an import file's text. `tags` are the library's, to which training labels are matched. */
export function parseImportFile(fileName: string, text: string, tags: readonly Tag[], now: Date): Result<ParsedImport> {
  if (fileName.toLowerCase().endsWith('.jsonl')) {
    const training = parseTrainingJsonl(text, fileName, tags, now);
    return training.ok ? ok({ kind: 'set', set: training.value }) : training;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // JSON Lines saved as .json is common; it reads as JSON only when it has a single line.
    const training = parseTrainingJsonl(text, fileName, tags, now);
    if (training.ok) return ok({ kind: 'set', set: training.value });
    return err(msg(str`This is not JSON: ${error instanceof Error ? error.message : String(error)}`));
  }
  if (isNativeSet(data)) {
    const native = readNativeSet(data, tags);
    return native.ok ? ok({ kind: 'set', set: native.value }) : native;
  }
  if (isWebAnnotationData(data)) {
    const annotations = readWebAnnotations(data);
    return annotations.ok ? ok({ kind: 'web-annotations', annotations: annotations.value }) : annotations;
  }
  if (typeof data === 'object' && data !== null && 'text' in data) {
    // One training record, pretty-printed: the same as a file of one line.
    const training = parseTrainingJsonl(JSON.stringify(data), fileName, tags, now);
    return training.ok ? ok({ kind: 'set', set: training.value }) : training;
  }
  return err(UNKNOWN_KIND);
}
