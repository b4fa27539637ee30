// Helpers for views that scroll or draw over frames: finding the box that scrolls them, and waiting for frames.

/** The nearest ancestor, across shadow roots, that scrolls its content. */
export function scrollableAncestor(element: Element): HTMLElement | null {
  const root = element.getRootNode();
  const parent = element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  if (!(parent instanceof HTMLElement)) return null;
  // Style only, never layout: asking for scroll sizes here would lay out a whole long article at once.
  const overflow = getComputedStyle(parent).overflowY;
  if (overflow === 'auto' || overflow === 'scroll') return parent;
  return scrollableAncestor(parent);
}

/** Runs `run` once the frame being made is painted: a timer set in a frame callback runs after its paint. */
export function afterThisFrame(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run));
}

/** Resolves after the browser has drawn `count` more frames. */
export function afterFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}
