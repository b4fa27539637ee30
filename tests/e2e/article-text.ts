// Finds words on screen in the article text, so tests can select them with the mouse as an editor does.
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The frame the app shows the article in, found by its title as assistive technology names it, in either language. */
function articleFrameElement(page: Page): Locator {
  return page.getByTitle(/^(Article|Статья)$/);
}

/** The article as the editor reads it, for finding things in it by role and name. */
export function articleFrame(page: Page): FrameLocator {
  return articleFrameElement(page).contentFrame();
}

/** The article's frame, for running code in the article's own document (its text, selection and highlights). */
export async function articleDocument(page: Page): Promise<Frame> {
  const frame = await (await articleFrameElement(page).elementHandle()).contentFrame();
  if (!frame) throw new Error('No article is open');
  return frame;
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
  const frame = await articleDocument(page);
  for (const context of [page, frame]) {
    await context.evaluate(async () => {
      await document.fonts.ready;
    });
  }
  // The frame's own box counts too: a pane that shrinks leaves the words where they were, but maybe out of view.
  const measure = async () => ({
    ends: await measureFragmentEnds(page, fragment, occurrence),
    frame: await articleFrameElement(page).boundingBox(),
  });
  let previous = await measure();
  let stillFor = 0;
  for (let attempt = 0; attempt < 30; attempt++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const current = await measure();
    stillFor = JSON.stringify(current) === JSON.stringify(previous) ? stillFor + 1 : 0;
    if (stillFor === 3) return current.ends;
    previous = current;
  }
  throw new Error(`"${fragment}" kept moving on screen`);
}

async function measureFragmentEnds(page: Page, fragment: string, occurrence: number): Promise<{ start: Point; end: Point }> {
  // Boxes are measured in the article's frame, and moved by where the frame sits in the page.
  const frameBox = await articleFrameElement(page).boundingBox();
  if (!frameBox) throw new Error('The article is not on screen');
  const ends = await (
    await articleDocument(page)
  ).evaluate(
    ([wanted, nth]) => {
      const article = document.querySelector('article');
      if (!article) throw new Error('No article is open');
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let index = text.indexOf(wanted); index !== -1; index = text.indexOf(wanted, index + 1)) {
          if (seen++ !== nth) continue;
          const charRect = (offset: number) => {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + ((text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1));
            return range.getBoundingClientRect();
          };
          const first = charRect(index);
          const lastIndex = index + wanted.length - ([...wanted].at(-1)?.length ?? 1);
          const last = charRect(lastIndex);
          // Text below or above the frame's edge is scrolled to first, as an editor would; the caller measures
          // again until the text stands still.
          if (first.top < 0 || last.bottom > window.innerHeight) window.scrollBy(0, first.top - window.innerHeight / 2);
          return {
            start: { x: first.left + 1, y: first.top + first.height / 2 },
            end: { x: last.right - 1, y: last.top + last.height / 2 },
          };
        }
      }
      throw new Error(`"${wanted}" (occurrence ${nth}) is not in the article`);
    },
    [fragment, occurrence] as const,
  );
  return {
    start: { x: frameBox.x + ends.start.x, y: frameBox.y + ends.start.y },
    end: { x: frameBox.x + ends.end.x, y: frameBox.y + ends.end.y },
  };
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
    page.getByRole('toolbar', { name: /^(Tag selection as|Отметить выделенное как)$/ }),
    `the palette after selecting "${fragment}"`,
  ).toBeVisible();
}

/** Ranges painted per highlight name in the article's CSS.highlights, as its frame paints them. */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return (await articleDocument(page)).evaluate(() => {
    const painted: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      painted[name] = [...highlight]
        .map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return live.toString();
        })
        .sort();
    });
    return painted;
  });
}
