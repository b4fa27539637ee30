// Re-anchors a story's annotations on its new version off the main thread: a 1 MB story with 10,000 annotations is
// diffed and searched here while the window keeps painting.
import { carryAnnotations } from '../../../shared/versions/carry-over';
import type { CarryOverRequest, CarryOverResponse } from './carry-over-in-worker';

self.addEventListener('message', (event: MessageEvent<CarryOverRequest>) => {
  const { id, texts, annotations } = event.data;
  let response: CarryOverResponse;
  try {
    response = { id, ok: true, carried: carryAnnotations(texts, annotations, () => crypto.randomUUID()) };
  } catch (error) {
    response = { id, ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
