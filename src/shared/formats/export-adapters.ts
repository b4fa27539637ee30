// Export formats other tools read, all built from the native annotation set, whose offsets are already code points:
// W3C Web Annotation, doccano/spaCy JSONL, schema.org ClaimReview and CSV.
import { unparse } from 'papaparse';
import type { ClaimStatus } from '../annotation';
import type { NativeAnnotation, NativeAnnotationSet, NativeArticle } from './native-format';

export const ARTICLE_URN = 'urn:newsroom-annotator:article:';
export const ENTITY_URN = 'urn:newsroom-annotator:entity:';

interface Names {
  entities: Map<string, string>;
  tags: Map<string, string>;
}

/** Entity names and tag labels by id, built once per set: a large export looks them up for every annotation. */
const namesBySet = new WeakMap<NativeAnnotationSet, Names>();

function namesOf(set: NativeAnnotationSet): Names {
  let names = namesBySet.get(set);
  if (!names) {
    names = {
      entities: new Map(set.entities.map((entity) => [entity.id, entity.name])),
      tags: new Map(set.tags.map((tag) => [tag.id, tag.label])),
    };
    namesBySet.set(set, names);
  }
  return names;
}

function entityName(set: NativeAnnotationSet, id: string | undefined): string {
  return id === undefined ? '' : (namesOf(set).entities.get(id) ?? '');
}

function tagLabel(set: NativeAnnotationSet, tagId: string): string {
  return namesOf(set).tags.get(tagId) ?? tagId;
}

/** W3C Web Annotation: one AnnotationCollection, quote and position selectors, tags, notes, entities, speakers. */
export function toWebAnnotationCollection(set: NativeAnnotationSet, label: string): object {
  const items = set.articles.flatMap((article) =>
    article.annotations.map((annotation) => {
      const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: tagLabel(set, annotation.tag) }];
      if (annotation.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note });
      if (annotation.entityId) {
        body.push({
          type: 'SpecificResource',
          purpose: 'identifying',
          source: `${ENTITY_URN}${annotation.entityId}`,
          label: entityName(set, annotation.entityId),
        });
      }
      if (annotation.speakerId) {
        body.push({
          type: 'SpecificResource',
          purpose: 'linking',
          source: `${ENTITY_URN}${annotation.speakerId}`,
          label: entityName(set, annotation.speakerId),
        });
      }
      if (annotation.claim) {
        body.push({ type: 'TextualBody', purpose: 'assessing', value: annotation.claim.status });
      }
      return {
        id: `urn:uuid:${annotation.id}`,
        type: 'Annotation',
        created: annotation.createdAt,
        modified: annotation.updatedAt,
        body,
        target: {
          source: `${ARTICLE_URN}${article.id}`,
          selector: [
            { type: 'TextQuoteSelector', exact: annotation.quote, prefix: annotation.prefix, suffix: annotation.suffix },
            // Counted in Unicode code points, as every export of this app is.
            { type: 'TextPositionSelector', start: annotation.start, end: annotation.end },
          ],
        },
      };
    }),
  );
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

/** The label a training set uses for a tag: its name in capitals (`PERSON`), never an internal id. */
function trainingLabel(set: NativeAnnotationSet, tagId: string): string {
  return tagLabel(set, tagId).toLocaleUpperCase('en').replace(/\s+/g, '_');
}

/**
 * JSONL for model training, one article a line: `label` as doccano reads it and `entities` as spaCy does, both
 * `[start, end, LABEL]` in code points.
 */
export function toTrainingJsonl(set: NativeAnnotationSet): string {
  return set.articles
    .map((article) => {
      const spans = article.annotations.map((annotation) => [
        annotation.start,
        annotation.end,
        trainingLabel(set, annotation.tag),
      ]);
      return JSON.stringify({
        text: article.text,
        label: spans,
        entities: spans,
        meta: { id: article.id, title: article.title },
      });
    })
    .map((line) => `${line}\n`)
    .join('');
}

const RATING_NAMES: Readonly<Record<Exclude<ClaimStatus, 'unverified'>, string>> = {
  verified: 'True',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

export interface ClaimReviewPublisher {
  /** The newsroom publishing the fact-checks. */
  publisherName: string;
  /** Where the article with the fact-checks is published. */
  articleUrl: string;
}

/** schema.org ClaimReview JSON-LD for every claim that has a verdict. */
export function toClaimReviews(set: NativeAnnotationSet, publisher: ClaimReviewPublisher): object[] {
  return set.articles.flatMap((article: NativeArticle) =>
    article.annotations
      .filter(
        (annotation): annotation is NativeAnnotation & { claim: { status: Exclude<ClaimStatus, 'unverified'> } } =>
          annotation.claim !== undefined && annotation.claim.status !== 'unverified',
      )
      .map((annotation) => {
        const speaker = entityName(set, annotation.speakerId);
        return {
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          url: publisher.articleUrl,
          claimReviewed: annotation.quote,
          datePublished: (annotation.claim.changedAt ?? annotation.updatedAt).slice(0, 10),
          author: { '@type': 'Organization', name: publisher.publisherName },
          reviewRating: { '@type': 'Rating', alternateName: RATING_NAMES[annotation.claim.status] },
          itemReviewed: {
            '@type': 'Claim',
            ...(speaker ? { author: { '@type': 'Person', name: speaker } } : {}),
            ...(article.date ? { datePublished: article.date } : {}),
            appearance: { '@type': 'CreativeWork', headline: article.title },
          },
          ...(annotation.claim.note ? { reviewBody: annotation.claim.note } : {}),
        };
      }),
  );
}

export const CSV_COLUMNS = [
  'article_id',
  'article_title',
  'tag',
  'quote',
  'entity',
  'speaker',
  'status',
  'note',
  'start',
  'end',
] as const;

/** One row per annotation, for spreadsheets; offsets in code points. The caller adds quoting and the BOM. */
export function toCsvRows(set: NativeAnnotationSet): string[][] {
  return set.articles.flatMap((article) =>
    article.annotations.map((annotation) => [
      article.id,
      article.title,
      tagLabel(set, annotation.tag),
      annotation.quote,
      entityName(set, annotation.entityId),
      entityName(set, annotation.speakerId),
      annotation.claim?.status ?? '',
      annotation.note ?? '',
      String(annotation.start),
      String(annotation.end),
    ]),
  );
}

/** CSV as Excel opens it with Cyrillic intact: UTF-8 with a byte order mark; cells that look like formulas are defused. */
export function serializeCsv(set: NativeAnnotationSet): string {
  return `\uFEFF${unparse({ fields: [...CSV_COLUMNS], data: toCsvRows(set) }, { escapeFormulae: true })}\r\n`;
}
