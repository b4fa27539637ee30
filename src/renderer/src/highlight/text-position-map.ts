// Maps canonical text offsets to DOM positions and back, over one text node per block, in O(log n).
import type { Block } from '../../../shared/article/article';
import type { ArticleWindow } from './article-document';

export interface DomPosition {
  node: Node;
  offset: number;
}

export class TextPositionMap {
  private readonly indexOfNode = new Map<Node, number>();

  /**
   * `textNodes[i]` holds exactly the text of `blocks[i]` (a block, or a piece of a long one); they live in the document of `realm`, whose constructors
   * make the ranges (a range made by another window's constructor belongs to that window's document).
   */
  constructor(
    private readonly blocks: readonly Block[],
    private readonly textNodes: readonly Text[],
    readonly realm: ArticleWindow,
  ) {
    textNodes.forEach((node, index) => {
      this.indexOfNode.set(node, index);
      if (node.parentNode) this.indexOfNode.set(node.parentNode, index);
    });
  }

  /** Index of the last block starting at or before `offset`. */
  private blockIndexAt(offset: number): number {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.blocks[middle] as Block).start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** A DOM position for a text offset; offsets in the gap between blocks go to the end of the block before. */
  toDom(offset: number): DomPosition | null {
    if (this.blocks.length === 0) return null;
    const index = this.blockIndexAt(offset);
    const block = this.blocks[index] as Block;
    const node = this.textNodes[index] as Text;
    return { node, offset: Math.max(0, Math.min(offset, block.end) - block.start) };
  }

  /**
   * A static range over [start, end) of the text, for painting: unlike live ranges, static ones cost nothing when
   * the document changes elsewhere (Chromium updates every live range on each DOM change, such as a list row added).
   */
  toStaticRange(start: number, end: number): StaticRange | null {
    const from = this.toDom(start);
    const to = this.toDom(end);
    if (!from || !to) return null;
    return new this.realm.StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
  }

  /** A live range over [start, end) of the text, to measure it on screen; null when the text is not rendered. */
  toRange(start: number, end: number): Range | null {
    const from = this.toDom(start);
    const to = this.toDom(end);
    if (!from || !to) return null;
    const range = this.realm.document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /**
   * The text offset of a DOM position inside the article, or null when it lies outside. A position on a block
   * element counts as that block's start or end; one between blocks (on the article or a group of blocks), as the
   * next block's start.
   */
  fromDom(node: Node, offset: number, container: Node): number | null {
    const index = this.indexOfNode.get(node);
    if (index !== undefined) {
      const block = this.blocks[index] as Block;
      if (node.nodeType === Node.TEXT_NODE) return block.start + Math.min(offset, (node as Text).length);
      return offset === 0 ? block.start : block.end;
    }
    if (node !== container && !container.contains(node)) return null;
    const next = this.firstBlockAtOrAfter(node, offset);
    return next === null ? (this.blocks.at(-1)?.end ?? null) : (this.blocks[next] as Block).start;
  }

  /** Index of the first block whose text starts at or after the DOM position, or null when none does. */
  private firstBlockAtOrAfter(node: Node, offset: number): number | null {
    const position = this.realm.document.createRange();
    position.setStart(node, offset);
    let low = 0;
    let high = this.textNodes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (position.comparePoint(this.textNodes[middle] as Text, 0) < 0) low = middle + 1;
      else high = middle;
    }
    return low < this.textNodes.length ? low : null;
  }
}
