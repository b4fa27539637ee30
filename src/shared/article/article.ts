// The article model: canonical text plus the blocks that partition it (DESIGN.md, "Domain model").

export type BlockType = 'title' | 'heading' | 'paragraph' | 'caption' | 'quote';

/** A block of the article: a half-open range [start, end) of the canonical text, in UTF-16 code units. */
export interface Block {
  type: BlockType;
  start: number;
  end: number;
}

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface ArticleSource {
  fileName: string;
  /** Absent when the file came from a browser, which never reveals paths. */
  path?: string;
  format: ArticleFormat;
  encoding: string;
  byteLength: number;
}

export interface Article {
  /** `sha256:` + hex digest of `text`: the same text is the same article, whatever the file name. */
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) or null when the file carries none. */
  date: string | null;
  source: ArticleSource;
  /** Canonical text; every offset in the app points into it. */
  text: string;
  blocks: Block[];
}
