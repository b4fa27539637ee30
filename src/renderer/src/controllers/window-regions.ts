// The window's regions as the keyboard reaches them: F6 and Shift+F6 go round the library, the article, the
// annotation list and the inspector, and the skip button at the top goes straight to the article. A region the window
// does not show at the moment is passed over.

/** The regions in the order F6 visits them; each focuses its place, or says it is not shown (false). */
export interface WindowRegion {
  /** Whether the focus is in this region now; `path` is the focused element and the hosts of its shadow roots. */
  holds(path: readonly Element[]): boolean;
  focus(): boolean;
}

/** The focused element and the elements whose shadow roots (and frames) it is in, innermost first. */
export function focusPath(): Element[] {
  const path: Element[] = [];
  let active: Element | null = document.activeElement;
  while (active) {
    path.unshift(active);
    const inner: Element | null | undefined =
      active.shadowRoot?.activeElement ?? (active instanceof HTMLIFrameElement ? active.contentDocument?.activeElement : null);
    active = inner && inner !== active ? inner : null;
  }
  return path.reverse();
}

/** Focuses the region after (or before) the one holding the focus; the first (or last) when none does. */
export function cycleRegions(regions: readonly WindowRegion[], forward: boolean): void {
  const path = focusPath();
  const current = regions.findIndex((region) => region.holds(path));
  const count = regions.length;
  for (let step = 1; step <= count; step++) {
    const from = current === -1 ? (forward ? -1 : count) : current;
    const index = (((from + (forward ? step : -step)) % count) + count) % count;
    if (regions[index]?.focus()) return;
  }
}

/** What a region of the window focuses in the article: its text, when an article is shown. */
export interface ArticleRegion {
  article: unknown;
  focusText(): void;
}

/**
 * The window's regions in the order F6 goes round them: the library (at the open article's row, else its search), the
 * article's text, the annotation list (at its selected row), the inspector. `root` holds their elements.
 */
export function windowRegions(root: ParentNode, articleView: () => ArticleRegion | undefined): WindowRegion[] {
  /** A region whose element is `selector`, focused at the first of `targets` found inside its shadow root. */
  const region = (selector: string, ...targets: string[]): WindowRegion => ({
    holds: (path) => path.some((element) => element.matches(selector)),
    focus: () => {
      const inside = root.querySelector(selector)?.shadowRoot;
      const target = targets.map((candidate) => inside?.querySelector<HTMLElement>(candidate)).find((found) => found);
      target?.focus();
      return target !== undefined;
    },
  });
  return [
    region('nr-library', 'button[aria-current="true"]', 'input[type="search"]'),
    {
      holds: (path) => path.some((element) => element.matches('nr-article-view')),
      focus: () => {
        const view = articleView();
        if (!view?.article) return false;
        view.focusText();
        return true;
      },
    },
    region('nr-annotation-list', '[role="option"][tabindex="0"]', '[role="option"]'),
    region('nr-inspector', 'select, input, textarea, button'),
  ];
}
