// A generated library for import and export benchmarks: articles as the app stores them, each tagged word by word,
// a tenth of the spans running on over the next tagged word (nesting it), written as a native annotation set.
import type { Annotation } from '../../src/shared/annotation';
import { DEFAULT_TAGS, describeTextRange } from '../../src/shared/annotation';
import { buildArticle } from '../../src/shared/article/article-builder';
import type { ArticleWithAnnotations } from '../../src/shared/formats/native-format';
import { serializeNativeAnnotationSet } from '../../src/shared/formats/native-format';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { asText, generateArticle } from './generate-articles';

/** Words in a generated article average about 11 bytes of UTF-8, spaces included. */
const BYTES_PER_WORD = 11;

function annotate(article: ArticleWithAnnotations['article'], count: number): Annotation[] {
  const words = [...article.text.matchAll(/[\p{L}-]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const step = words.length / count;
  const tagIds = DEFAULT_TAGS.map((tag) => tag.id);
  return Array.from({ length: count }, (_, index) => {
    const word = words[Math.floor(index * step)] ?? { start: 0, end: 1 };
    // Every tenth span runs on to the end of the next tagged word, so that annotation is nested inside it.
    const end = index % 10 === 9 ? (words[Math.floor((index + 1) * step)]?.end ?? word.end) : word.end;
    const time = new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString();
    return {
      // Ids unique across articles and stable across runs: the article's digest, then the annotation's number.
      id: `${article.id.slice(7, 15)}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
      articleId: article.id,
      tag: tagIds[index % tagIds.length] ?? 'person',
      start: word.start,
      end,
      ...describeTextRange(article.text, word.start, end),
      createdAt: time,
      updatedAt: time,
    };
  });
}

/**
 * The native export of `articleCount` articles with `annotationsPerArticle` annotations each; each article is about
 * `articleBytes` long, by default just long enough for its annotations.
 */
export function generateAnnotationSet(
  articleCount: number,
  annotationsPerArticle: number,
  articleBytes = annotationsPerArticle * BYTES_PER_WORD * 1.3,
  titlePrefix = 'Статья для импорта',
): string {
  const articles = Array.from({ length: articleCount }, (_, index) => {
    const title = `${titlePrefix} ${index + 1}`;
    const generated = generateArticle(articleBytes, title, index + 1);
    const article = buildArticle(parsePlainText(asText(generated), title), {
      fileName: `import-${index + 1}.txt`,
      format: 'text',
      encoding: 'utf-8',
      byteLength: 0,
    });
    return { article, annotations: annotate(article, annotationsPerArticle) };
  });
  return serializeNativeAnnotationSet({ tags: DEFAULT_TAGS, entities: [], articles }, new Date('2026-02-01T00:00:00Z'));
}
