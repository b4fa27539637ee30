// Records when the page paints frames while a benchmark step runs, to tell how long the window stopped painting.
import type { Page } from '@playwright/test';

export interface FrameRecorder {
  /** Starts recording and resolves on the next frame, with the time recording began (performance.now()). */
  start(): Promise<number>;
  /** Stops recording and gives the time of every frame painted since `since`. */
  stop(since: number): number[];
}

declare global {
  interface Window {
    /** Put there by installFrameRecorder for code running in the benchmark page. */
    frameRecorder?: FrameRecorder;
  }
}

/** Puts `window.frameRecorder` in the page once the window is there; call it after every navigation. */
export async function installFrameRecorder(page: Page): Promise<void> {
  // The window is mounted once the core has started, a moment after the page loads: a step taken at once would miss it
  // (a file dropped then fell on no listener).
  await page.waitForFunction(() => Boolean(document.querySelector('nr-app')?.shadowRoot));
  await page.evaluate(() => {
    let frames: number[] = [];
    let watching = false;
    const watch = (time: number): void => {
      frames.push(time);
      if (watching) requestAnimationFrame(watch);
    };
    window.frameRecorder = {
      async start() {
        frames = [];
        watching = true;
        requestAnimationFrame(watch);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now();
      },
      stop(since) {
        watching = false;
        // A frame that began just before `since` still shows how long the first pause lasted.
        return frames.filter((time) => time >= since - 20);
      },
    };
  });
}

/** The longest time between two consecutive frames. */
export function longestGap(frames: readonly number[]): number {
  let longest = 0;
  for (let index = 1; index < frames.length; index++)
    longest = Math.max(longest, (frames[index] ?? 0) - (frames[index - 1] ?? 0));
  return longest;
}
