// The layout every virtualised list of the window uses (the library, the annotation list, the entity index).
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/**
 * How far beyond the list's visible box rows are drawn, in pixels. The virtualizer's own 1,000 draws some fifty rows
 * off screen: drawing them all is most of the task that first shows a list (41 ms for the Entities view of 2,000
 * entities, a frame overrun), and when a tag far from the last one scrolls the annotation list to its row, drawing
 * them anew overran the frame after it. Rows scrolled into view are drawn in the frame that scrolls them, so a
 * shorter reach leaves no gap.
 */
const ROWS_BEYOND_VIEW = 300;

/** The virtualizer's flow layout, drawing fewer rows beyond the visible box. */
class RowsLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = ROWS_BEYOND_VIEW;
  }
}

/**
 * The rows' layout, given rather than left to the virtualizer, which would import it on first use and draw nothing
 * until then; one value, so that a render does not hand the virtualizer a new layout.
 */
export const ROWS_LAYOUT = { type: RowsLayout };
