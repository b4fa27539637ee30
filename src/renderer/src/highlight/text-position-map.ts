// Maps canonical text offsets to DOM positions and back, over one text node per block, in O(log n).
import type { Block } from '../../../shared/article';

export interface DomPosition {
  node: Node;
  offset: number;
}

export class TextPositionMap {
  private readonly indexOfNode = new Map<Node, number>();

  /** `textNodes[i]` holds exactly the text of `blocks[i]`. */
  constructor(
    private readonly blocks: readonly Block[],
    private readonly textNodes: readonly Text[],
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

  /** A live range over [start, end) of the text, or null when the text is not rendered. */
  toRange(start: number, end: number): Range | null {
    const from = this.toDom(start);
    const to = this.toDom(end);
    if (!from || !to) return null;
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /**
   * The text offset of a DOM position inside the article, or null when it lies outside. A position on a block
   * element counts as that block's start or end; one on the container between blocks, as the next block's start.
   */
  fromDom(node: Node, offset: number, container: Node): number | null {
    const index = this.indexOfNode.get(node);
    if (index !== undefined) {
      const block = this.blocks[index] as Block;
      if (node instanceof Text) return block.start + Math.min(offset, node.length);
      return offset === 0 ? block.start : block.end;
    }
    if (node === container) {
      const next = node.childNodes[offset];
      const nextIndex = next ? this.indexOfNode.get(next) : undefined;
      if (nextIndex !== undefined) return (this.blocks[nextIndex] as Block).start;
      return this.blocks.at(-1)?.end ?? null;
    }
    if (node.parentNode && container.contains(node)) return this.fromDom(node.parentNode, 0, container);
    return null;
  }
}
