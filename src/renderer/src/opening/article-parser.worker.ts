// Decodes and parses article files off the main thread, so the window keeps painting while a large file is read.
import type { ParseRequest } from './read-article-bytes';
import { readArticleBytes } from './read-article-bytes';

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  void readArticleBytes(event.data).then((response) => self.postMessage(response));
});
