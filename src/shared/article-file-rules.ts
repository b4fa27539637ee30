// What files the app accepts, checked before any byte is read, the same way in main and in a browser.

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** Extensions the app opens, lower case, with the dot. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.text'];

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

/** Why a file of this name and size cannot be opened, in an editor's words, or null when it can be read. */
export function articleFileRejection(fileName: string, byteLength: number): string | null {
  if (!ARTICLE_EXTENSIONS.includes(extensionOf(fileName))) {
    return `${fileName}: this type of file is not supported; open one of ${ARTICLE_EXTENSIONS.join(', ')}`;
  }
  if (byteLength > MAX_ARTICLE_BYTES) {
    return `${fileName}: the file is ${formatMegabytes(byteLength)}, over the ${formatMegabytes(MAX_ARTICLE_BYTES)} limit`;
  }
  return null;
}
