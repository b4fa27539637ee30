// Where the tag palette stands: just below the last line of what it acts on, inside the article's frame.

/** The palette's width, kept inside the frame's right edge. */
const PALETTE_WIDTH = 560;

/**
 * The palette's place below the last line of `range`, in the coordinates of `frame` (whose viewport the range's boxes
 * are measured in); null while those words are scrolled out of view.
 */
export function paletteBelow(range: Range, frame: HTMLIFrameElement): { left: number; top: number } | null {
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const { clientWidth: width, clientHeight: height } = frame;
  if (last.bottom < 0 || last.top > height) return null;
  return { left: Math.max(0, Math.min(last.left, width - PALETTE_WIDTH)), top: last.bottom + 6 };
}
