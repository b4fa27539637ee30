// Annotations for unit tests, made the way the app makes them: on a fragment of an article's canonical text.
import type { Annotation } from '../../src/shared/annotation';
import { describeTextRange } from '../../src/shared/annotation';
import type { Article } from '../../src/shared/article/article';

export interface AnnotationOptions extends Partial<Annotation> {
  /** Which occurrence of the fragment, counting from 0. */
  occurrence?: number;
}

/** An annotation over the `occurrence`-th `fragment` in the article; its id names the tag and offset unless given. */
export function annotationOn(
  article: Article,
  fragment: string,
  tag: string,
  { occurrence = 0, ...extra }: AnnotationOptions = {},
): Annotation {
  let start = -1;
  for (let index = 0; index <= occurrence; index++) start = article.text.indexOf(fragment, start + 1);
  if (start < 0) throw new Error(`"${fragment}" is not in the article`);
  const end = start + fragment.length;
  return {
    id: `${tag}-${start}`,
    articleId: article.id,
    tag,
    start,
    end,
    ...describeTextRange(article.text, start, end),
    createdAt: '2026-01-09T10:00:00.000Z',
    updatedAt: '2026-01-09T10:00:00.000Z',
    ...extra,
  };
}
