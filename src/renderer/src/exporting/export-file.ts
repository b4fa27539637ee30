// Turns the library's data into the text of an export file in the format the editor chose.
import {
  serializeCsv,
  toClaimReviews,
  toTrainingJsonl,
  toWebAnnotationCollection,
} from '../../../shared/formats/export-adapters';
import type { AnnotationSetInput } from '../../../shared/formats/native-format';
import { toNativeAnnotationSet } from '../../../shared/formats/native-format';

export type ExportScope = 'article' | 'selected' | 'all';

export type ExportFormat = 'native' | 'w3c' | 'jsonl' | 'claimreview' | 'csv';

export interface ExportDetail {
  scope: ExportScope;
  /** The articles picked, when `scope` is `selected`. */
  articleIds: string[];
  format: ExportFormat;
  /** For ClaimReview: the publishing newsroom and the article's address. */
  publisherName: string;
  articleUrl: string;
}

export interface ExportFile {
  contents: string;
  /** File name ending, with the dot. */
  extension: string;
  /** How many annotations (for ClaimReview: reviewed claims) the file holds. */
  count: number;
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  native: '.json',
  w3c: '.jsonld',
  jsonl: '.jsonl',
  claimreview: '.claimreview.jsonld',
  csv: '.csv',
};

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function exportFile(
  input: AnnotationSetInput,
  { format, publisherName, articleUrl }: ExportDetail,
  now: Date,
): ExportFile {
  const set = toNativeAnnotationSet(input, now);
  const annotations = set.articles.reduce((sum, article) => sum + article.annotations.length, 0);
  const extension = EXTENSIONS[format];
  switch (format) {
    case 'native':
      return { contents: json(set), extension, count: annotations };
    case 'w3c': {
      const label =
        set.articles.length === 1 ? (set.articles[0]?.title ?? '') : `Newsroom Annotator, ${set.articles.length} articles`;
      return { contents: json(toWebAnnotationCollection(set, label)), extension, count: annotations };
    }
    case 'jsonl':
      return { contents: toTrainingJsonl(set), extension, count: annotations };
    case 'claimreview': {
      const reviews = toClaimReviews(set, { publisherName, articleUrl });
      return { contents: json(reviews), extension, count: reviews.length };
    }
    case 'csv':
      return { contents: serializeCsv(set), extension, count: annotations };
  }
}
