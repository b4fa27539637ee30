// The layout every virtualised list of the window uses (the library, the annotation list, the entity index).
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * How far beyond the list's visible box rows are drawn, in pixels, once the list has been drawn. The virtualizer's own
 * 1,000 draws some fifty rows off screen: drawing them all is most of the task that first shows a list (41 ms for the
 * Entities view of 2,000 entities, a frame overrun), and when a tag far from the last one scrolls the annotation list
 * to its row, drawing them anew overran the frame after it. Rows scrolled into view are drawn in the frame that
 * scrolls them, so a shorter reach leaves no gap.
 */
const ROWS_BEYOND_VIEW = 300;

/**
 * The layout of a list whose rows are about `rowHeight` pixels high: the virtualizer's flow layout, starting from the
 * list's own row height and drawing rows beyond the visible box only once the visible ones are drawn.
 *
 * With the virtualizer's guess of 100 px, a list first shown drew too few rows, measured them, then drew the rest and
 * laid them all out again in the same frame. The rows off screen were a third of the rows the Entities view first drew,
 * in a frame that overran when the workers' start-up work left the window part of a core; they are drawn when the
 * window is next idle. Given rather than left to the virtualizer, which would import its own layout on first use and
 * draw nothing until then; each list keeps the one value, so that a render does not hand the virtualizer a new layout.
 */
export function rowsLayout(rowHeight: number): { type: typeof FlowLayout } {
  class RowsLayout extends FlowLayout {
    private reachScheduled = false;

    constructor(...args: ConstructorParameters<typeof FlowLayout>) {
      super(...args);
      this._overhang = 0;
      this._itemSize = { width: 100, height: rowHeight };
    }

    override _reflow(): void {
      super._reflow();
      if (this.reachScheduled || this._last < 0) return;
      this.reachScheduled = true;
      requestIdleCallback(() => {
        this._overhang = ROWS_BEYOND_VIEW;
        this._triggerReflow();
      });
    }
  }
  return { type: RowsLayout };
}
