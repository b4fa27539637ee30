// Validates exported files against the JSON Schema that ships in resources/, as a consumer of the format would.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schemaPath = new URL('../../resources/newsroom-annotation-set.schema.json', import.meta.url);

function createValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

const validate = createValidator();

/** The schema's complaints about `value`, as readable lines; empty when it is valid. */
export function annotationSetSchemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/** Every annotation whose code point slice of its article's text differs from its quote. */
export function mismatchedQuotes(value: {
  articles: { text: string; annotations: { id: string; start: number; end: number; quote: string }[] }[];
}): string[] {
  const mismatches: string[] = [];
  for (const article of value.articles) {
    const codePoints = [...article.text];
    for (const annotation of article.annotations) {
      const slice = codePoints.slice(annotation.start, annotation.end).join('');
      if (slice !== annotation.quote)
        mismatches.push(`${annotation.id}: ${JSON.stringify(slice)} ≠ ${JSON.stringify(annotation.quote)}`);
    }
  }
  return mismatches;
}
