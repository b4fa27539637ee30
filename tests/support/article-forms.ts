// One fixture article in every form an editor receives it: UTF-8, old encodings with CRLF, Markdown, HTML and
// a Word document built here with a real DOCX writer, so every form stays in step with the text.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';

const formsFolder = new URL('../fixtures/forms/', import.meta.url);

/** The plain-text original: UTF-8, LF, wire header. */
export const ARTICLE_TEXT = readFileSync(new URL('article.txt', formsFolder), 'utf8');
export const ARTICLE_TITLE = 'Городской совет Новосибирска утвердил бюджет на ремонт школ';
export const ARTICLE_DATE = '2026-03-02';

/** The article's lines in the plain-text original, without the header line and blank lines. */
const bodyLines = ARTICLE_TEXT.split('\n')
  .slice(1)
  .filter((line) => line.trim().length > 0);

/** The same text encoded with an old encoding and Windows line endings. */
export function encodedWithCrlf(encoding: 'win1251' | 'koi8-r' | 'cp866' | 'utf16-le'): Buffer {
  const withCrlf = ARTICLE_TEXT.replace(/\n/g, '\r\n');
  return encoding === 'utf16-le'
    ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(withCrlf, 'utf16-le')])
    : iconv.encode(withCrlf, encoding);
}

/** The article as a Word document: Title style, a dateline, a Heading 2, a Caption and a Quote paragraph. */
export async function articleDocx(): Promise<Buffer> {
  const paragraphs = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: ARTICLE_TITLE }),
    new Paragraph({ text: '2 марта 2026' }),
    ...bodyLines.map((line) => {
      if (line === 'Что изменится для школ') return new Paragraph({ heading: HeadingLevel.HEADING_2, text: line });
      if (line.startsWith('Фото:')) return new Paragraph({ style: 'Caption', text: line });
      if (line.startsWith('«Мы впервые')) return new Paragraph({ style: 'Quote', text: line });
      return new Paragraph({ text: line });
    }),
  ];
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal' },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal' },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

export interface ArticleForms {
  utf8: string;
  windows1251Crlf: string;
  koi8r: string;
  cp866: string;
  utf16: string;
  markdown: string;
  html: string;
  docx: string;
}

/** Writes every form of the article into `folder` and returns their paths. */
export async function writeArticleForms(folder: string): Promise<ArticleForms> {
  await mkdir(folder, { recursive: true });
  const write = async (name: string, contents: Buffer | string): Promise<string> => {
    const path = join(folder, name);
    await writeFile(path, contents);
    return path;
  };
  return {
    utf8: await write('article.txt', ARTICLE_TEXT),
    windows1251Crlf: await write('article-1251.txt', encodedWithCrlf('win1251')),
    koi8r: await write('article-koi8.txt', encodedWithCrlf('koi8-r')),
    cp866: await write('article-866.txt', encodedWithCrlf('cp866')),
    utf16: await write('article-utf16.txt', encodedWithCrlf('utf16-le')),
    markdown: await write('article.md', readFileSync(new URL('article.md', formsFolder))),
    html: await write('article.html', readFileSync(new URL('article.html', formsFolder))),
    docx: await write('article.docx', await articleDocx()),
  };
}
