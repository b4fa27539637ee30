// Finds words on screen in the article text, so tests can select them with the mouse as an editor does.
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The article as the editor reads it: the app shows it in a frame of its own, titled "Article". */
export function articleFrame(page: Page): FrameLocator {
  return page.getByTitle('Article', { exact: true }).contentFrame();
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Screen points just inside the first and last characters of the `occurrence`-th `fragment` in the article
 * text (inside the app's shadow roots and the article's frame), for a drag that selects exactly that fragment.
 */
export async function fragmentEnds(page: Page, fragment: string, occurrence = 0): Promise<{ start: Point; end: Point }> {
  // Web fonts arriving after the measurement would move the text under the mouse, and so would parts of a long
  // article laid out after a scroll, which the app may correct up to four frames later: the editor aims once the
  // text has stood still for three checks two frames apart.
  await page.evaluate(async () => {
    const frame = document
      .querySelector('nr-app')
      ?.shadowRoot?.querySelector('nr-article-view')
      ?.shadowRoot?.querySelector('iframe');
    await Promise.all([document.fonts.ready, frame?.contentDocument?.fonts.ready]);
  });
  let previous = await measureFragmentEnds(page, fragment, occurrence);
  let stillFor = 0;
  for (let attempt = 0; attempt < 30; attempt++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const current = await measureFragmentEnds(page, fragment, occurrence);
    stillFor = JSON.stringify(current) === JSON.stringify(previous) ? stillFor + 1 : 0;
    if (stillFor === 3) return current;
    previous = current;
  }
  throw new Error(`"${fragment}" kept moving on screen`);
}

async function measureFragmentEnds(page: Page, fragment: string, occurrence: number): Promise<{ start: Point; end: Point }> {
  const ends = await page.evaluate(
    ([wanted, nth]) => {
      const view = document.querySelector('nr-app')?.shadowRoot?.querySelector('nr-article-view');
      const frame = view?.shadowRoot?.querySelector('iframe');
      const article = frame?.contentDocument?.querySelector('article');
      if (!frame || !article) throw new Error('No article is open');
      // The article is read in a frame of its own: its boxes are measured in the frame, which sits here in the page.
      const frameBox = frame.getBoundingClientRect();
      const walker = article.ownerDocument.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let index = text.indexOf(wanted); index !== -1; index = text.indexOf(wanted, index + 1)) {
          if (seen++ !== nth) continue;
          const charRect = (offset: number) => {
            const range = article.ownerDocument.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + ((text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1));
            return range.getBoundingClientRect();
          };
          const first = charRect(index);
          const lastIndex = index + wanted.length - ([...wanted].at(-1)?.length ?? 1);
          const last = charRect(lastIndex);
          return {
            start: { x: frameBox.left + first.left + 1, y: frameBox.top + first.top + first.height / 2 },
            end: { x: frameBox.left + last.right - 1, y: frameBox.top + last.top + last.height / 2 },
          };
        }
      }
      throw new Error(`"${wanted}" (occurrence ${nth}) is not in the article`);
    },
    [fragment, occurrence] as const,
  );
  return ends;
}

/** Drags the mouse from `from` to `to`, as an editor selects text. */
export async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Selects a fragment of the article text with the mouse, and waits for the palette an editor then sees. */
export async function selectWithMouse(page: Page, fragment: string, occurrence = 0): Promise<void> {
  const { start, end } = await fragmentEnds(page, fragment, occurrence);
  await drag(page, start, end);
  await expect(
    page.getByRole('toolbar', { name: 'Tag selection as' }),
    `the palette after selecting "${fragment}"`,
  ).toBeVisible();
}

/** Ranges painted per highlight name in the article's CSS.highlights, as its frame paints them. */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const view = document.querySelector('nr-app')?.shadowRoot?.querySelector('nr-article-view');
    const frame = view?.shadowRoot?.querySelector('iframe')?.contentWindow as (Window & typeof globalThis) | null | undefined;
    if (!frame) throw new Error('No article is open');
    const painted: Record<string, string[]> = {};
    frame.CSS.highlights.forEach((highlight, name) => {
      painted[name] = [...highlight]
        .map((range) => {
          const live = frame.document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return live.toString();
        })
        .sort();
    });
    return painted;
  });
}
