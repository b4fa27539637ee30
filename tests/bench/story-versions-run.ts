// A long story edited after it was tagged: its edited copy dropped on the window and opened as the story's new version,
// timed from the editor's "Open as version 2" to the new version shown with its annotations, frames watched meanwhile.
import type { Page } from '@playwright/test';
import { installProbes } from './app-probe';
import { longestGap } from './frame-recorder';

/**
 * The story's text edited as a newsroom edits: a word respelt in every `typoEvery`-th paragraph, `inserted` new
 * paragraphs, `deleted` paragraphs cut, and `swapped` pairs of neighbouring paragraphs exchanged. The first paragraph
 * (the title) stays.
 */
export function editStory(
  text: string,
  edits: { typoEvery: number; inserted: number; deleted: number; swapped: number },
): string {
  const paragraphs = text.split('\n\n');
  const body = paragraphs.slice(1);
  const spread = (count: number, offset: number) =>
    Array.from({ length: count }, (_, index) => Math.floor(((index + offset) * body.length) / (count + 1)));
  body.forEach((paragraph, index) => {
    if (index % edits.typoEvery === 3) body[index] = paragraph.replace(/о/u, 'а');
  });
  for (const at of spread(edits.swapped, 0.5)) {
    const first = body[at];
    const second = body[at + 1];
    if (first !== undefined && second !== undefined) [body[at], body[at + 1]] = [second, first];
  }
  for (const at of spread(edits.deleted, 0.25).reverse()) body.splice(at, 1);
  for (const [number, at] of spread(edits.inserted, 0.75).reverse().entries())
    body.splice(at, 0, `Вставка редакции ${number + 1}: уточнённые данные приводятся по сведениям пресс-службы.`);
  return [paragraphs[0] ?? '', ...body].join('\n\n');
}

export interface VersionMeasurement {
  /** From "Open as version 2" to the version stored (read, re-anchored and written in the library worker). */
  storedMs: number;
  /** The longest pause between frames meanwhile. */
  storingGapMs: number;
  /** From "Open as version 2" to the new version shown with its annotations, and the longest pause while showing it. */
  ms: number;
  showingGapMs: number;
  status: string;
}

/** Drops `text` as `fileName`, waits for the version question, then times the answer "Open as version 2". */
export async function openAsNewVersion(page: Page, fileName: string, text: string): Promise<VersionMeasurement> {
  await installProbes(page);
  const { storedAt, start, ms, frames, status } = await page.evaluate(
    async ({ fileName, text }) => {
      const appRoot = document.querySelector('nr-app')?.shadowRoot;
      const probe = window.appProbe;
      const recorder = window.frameRecorder;
      if (!appRoot || !probe || !recorder) throw new Error('The app or the probes are not on the page');
      const status = (): string => appRoot.querySelector('footer [role="status"]')?.textContent.trim() ?? '';
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      const dialogRoot = () => appRoot.querySelector('nr-version-dialog')?.shadowRoot;
      await probe.waitFor(() => dialogRoot()?.querySelector('dialog')?.open === true, 'The version question');
      const button = [...(dialogRoot()?.querySelectorAll('button') ?? [])].find((candidate) =>
        candidate.textContent.trim().startsWith('Open as version'),
      );
      if (!button) throw new Error('No “Open as version” button');
      const start = await recorder.start();
      button.click();
      // Shown: the window's core has the new version and its annotations, and two frames have painted them.
      const core = (appRoot.host as unknown as { core: { article?: { version?: number }; store: { shown: readonly unknown[] } } })
        .core;
      await probe.waitFor(() => status().startsWith('Opened version'), 'The new version stored');
      const storedAt = performance.now();
      await probe.waitFor(() => (core.article?.version ?? 1) > 1 && core.store.shown.length > 0, 'The new version shown');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { storedAt, start, ms: performance.now() - start, frames: recorder.stop(start), status: status() };
    },
    { fileName, text },
  );
  return {
    storedMs: storedAt - start,
    storingGapMs: longestGap(frames.filter((time) => time <= storedAt)),
    ms,
    showingGapMs: longestGap(frames.filter((time) => time >= storedAt - 20)),
    status,
  };
}
