// Generated Cyrillic articles of a given size, in every format the app opens, for benchmarks.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

const SYLLABLES = 'ра ст но ко ве ли ми за пре об про ска ни те до ва ро па лу ше ки ду на ль ти мо го вы бе'.split(' ');
const ENDINGS = ['', 'а', 'ой', 'ами', 'ения', 'ый', 'ет', 'или', 'ов', 'ую'];
const NAMES = ['Джерри Творек', 'Анна Ким', 'Дмитрий Асанцев', 'Ольга Смирнова', 'Ильсур Метшин'];
const PLACES = ['Москве', 'Новосибирске', 'Казани', 'Лондоне', 'Сан-Франциско'];

/** A deterministic pseudo-random source, so every run benchmarks the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export interface GeneratedArticle {
  title: string;
  paragraphs: string[];
  /** Section headings, by the index of the paragraph they precede. */
  headings: Map<number, string>;
}

/** About `targetBytes` of UTF-8 text in paragraphs of 2–4 sentences, with a heading every 20 paragraphs. */
export function generateArticle(targetBytes: number, title: string, seed = 1): GeneratedArticle {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const paragraphs: string[] = [];
  const headings = new Map<number, string>();
  let bytes = 0;
  while (bytes < targetBytes) {
    if (paragraphs.length % 20 === 0) headings.set(paragraphs.length, `Раздел ${paragraphs.length / 20 + 1}`);
    const sentences = Array.from({ length: 2 + Math.floor(next() * 3) }, () => {
      // Words of random syllables: as varied as real prose, so files compress as real ones do.
      const words = Array.from(
        { length: 8 + Math.floor(next() * 10) },
        () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('') + pick(ENDINGS),
      );
      words.splice(2, 0, pick(NAMES));
      words.push('в', pick(PLACES));
      const sentence = words.join(' ');
      return `${sentence[0]?.toUpperCase() ?? ''}${sentence.slice(1)}.`;
    });
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    bytes += new TextEncoder().encode(paragraph).length + 2;
  }
  return { title, paragraphs, headings };
}

export function asText(article: GeneratedArticle): string {
  const lines = [` date 2026-01-09 ${article.title}`];
  article.paragraphs.forEach((paragraph, index) => {
    const heading = article.headings.get(index);
    if (heading) lines.push(heading);
    lines.push(paragraph);
  });
  return lines.join('\n\n');
}

/** The title, then the whole text as one paragraph: a transcript or a paste with no paragraph breaks. */
export function asOneParagraph(article: GeneratedArticle): string {
  return [` date 2026-01-09 ${article.title}`, article.paragraphs.join(' ')].join('\n\n');
}

export function asMarkdown(article: GeneratedArticle): string {
  const lines = ['---', `title: ${article.title}`, 'date: 2026-01-09', '---'];
  article.paragraphs.forEach((paragraph, index) => {
    const heading = article.headings.get(index);
    if (heading) lines.push(`## ${heading}`);
    lines.push(paragraph.replace(/(Джерри Творек|Анна Ким)/g, '**$1**'));
  });
  return lines.join('\n\n');
}

export function asHtml(article: GeneratedArticle): string {
  const body = article.paragraphs
    .map((paragraph, index) => {
      const heading = article.headings.get(index);
      return `${heading ? `<h2>${heading}</h2>` : ''}<p>${paragraph.replace(/(Джерри Творек|Анна Ким)/g, '<a href="/people">$1</a>')}</p>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${article.title}</title></head><body><nav>Меню</nav><article><h1>${article.title}</h1><time datetime="2026-01-09"></time>${body}</article><footer>Подвал</footer></body></html>`;
}

export function asDocx(article: GeneratedArticle): Promise<Buffer> {
  const children = [new Paragraph({ heading: HeadingLevel.TITLE, text: article.title })];
  article.paragraphs.forEach((paragraph, index) => {
    const heading = article.headings.get(index);
    if (heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: heading }));
    children.push(new Paragraph({ text: paragraph }));
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
