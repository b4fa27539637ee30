// Finds words of the interface that are not localised: text in Lit templates, the attributes people read (labels,
// titles, placeholders), and sentences in string literals, wherever they are not inside `msg()`.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface UnlocalizedString {
  file: string;
  line: number;
  text: string;
}

/** Attributes a person reads or hears. */
const READ_ATTRIBUTES =
  /\b(?:aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)=("[^"]*"|'[^']*')/g;
/** A word of an English sentence: two or more Latin letters. */
const ENGLISH_WORD = /[A-Za-z]{2,}/;
/**
 * A sentence or label in a string literal: a capitalised English word followed by another word, or a word ending
 * in an ellipsis, as `Open…`. Identifiers, CSS, keys and URLs do not look like that.
 */
const ENGLISH_PHRASE = /(?:^|[\s(“"'])[A-Z][a-z]+(?:[ ,:;][a-z“"'(]|…)|\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;
/** Names that stay as they are in every language. */
const NAMES = /Newsroom Annotator|W3C|spaCy|doccano|JSONL|JSON|CSV|ClaimReview|UTF-8|Windows-1251|KOI8-R|Ctrl|Shift|Enter|Esc/g;

/** Stands for each `${…}` of a template while its static text is read. */
const EXPRESSION = '\u0000';

/** The words of a template's static text: its read attributes' values, and its text outside tags. */
function templateText(chunks: readonly string[]): string[] {
  const whole = chunks.join(EXPRESSION);
  const found: string[] = [];
  for (const match of whole.matchAll(READ_ATTRIBUTES)) {
    const value = match[1]?.slice(1, -1) ?? '';
    if (ENGLISH_WORD.test(value)) found.push(value.replaceAll(EXPRESSION, '…'));
  }
  // Entities such as &nbsp; are not words.
  const text = whole
    .replace(/<[^>]*>/g, EXPRESSION)
    .replace(/&[a-z]+;/g, ' ')
    .replace(NAMES, ' ');
  for (const part of text.split(EXPRESSION)) if (ENGLISH_WORD.test(part)) found.push(part.trim());
  return found;
}

function isMsgCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg';
}

/** The nodes around `node`, innermost first, up to the source file. */
function* ancestors(node: ts.Node): Generator<ts.Node> {
  // The source file has no parent, whatever the compiler's types say.
  let parent = node.parent as ts.Node | undefined;
  while (parent) {
    yield parent;
    const next: ts.Node | undefined = parent.parent;
    parent = next;
  }
}

function insideMsg(node: ts.Node): boolean {
  for (const parent of ancestors(node)) if (isMsgCall(parent)) return true;
  return false;
}

function isTemplateTag(node: ts.TaggedTemplateExpression, names: readonly string[]): boolean {
  return ts.isIdentifier(node.tag) && names.includes(node.tag.text);
}

/** Errors thrown for a bug in the app, never for something the editor did: they go to the console, in English. */
const BUG_ERRORS = new Set(['Error', 'TypeError', 'RangeError']);

/** Parts of code whose strings are never shown: imports, types, CSS, and errors thrown to the console. */
function notShown(node: ts.Node): boolean {
  for (const parent of ancestors(node)) {
    if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && BUG_ERRORS.has(parent.expression.text)) return true;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isTypeNode(parent)) return true;
    if (ts.isTaggedTemplateExpression(parent) && isTemplateTag(parent, ['css', 'str'])) return true;
    if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression)) {
      const callee = parent.expression;
      if (ts.isIdentifier(callee.expression) && callee.expression.text === 'console') return true;
    }
  }
  return false;
}

export function unlocalizedStrings(file: string): UnlocalizedString[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: UnlocalizedString[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });

  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && isTemplateTag(node, ['html', 'svg']) && !insideMsg(node)) {
      const template = node.template;
      const chunks = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      for (const text of templateText(chunks)) report(node, text);
      template.forEachChild(visit);
      return;
    }
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      !insideMsg(node)
    ) {
      const text = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('x')
        : node.text;
      if (ENGLISH_PHRASE.test(text) && !notShown(node)) report(node, text);
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}
