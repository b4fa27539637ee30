// Decodes and parses article files off the main thread, so the window keeps painting while a large file is read.
import type { ParseRequest } from './read-article-bytes';
import { readArticleBytes } from './read-article-bytes';
import { useInterfaceLanguage } from '../../../shared/i18n/localization';
import type { InLanguage } from '../workers/worker-connection';

self.addEventListener('message', (event: MessageEvent<ParseRequest & InLanguage>) => {
  useInterfaceLanguage(event.data.language);
  void readArticleBytes(event.data).then((response) => self.postMessage(response));
});
