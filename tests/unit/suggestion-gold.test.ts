// The gold set the suggestions are scored on: its spans (in code points) are the hand mark-up's, each one's text is
// the article's text at those code points, and the suggestions meet the targets on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import { loadMorphology } from '../support/morphology';
import { f1, GOLD_FOLDER, readGold, readGoldMarkup, scoreSuggestions, suggestForGold } from '../support/suggestion-gold';

describe('the gold set', () => {
  it('is the hand mark-up, in code points (UPDATE_GOLD=1 writes it again from the mark-up)', () => {
    const fromMarkup = readGoldMarkup();
    if (process.env.UPDATE_GOLD === '1')
      writeFileSync(
        new URL('gold.json', GOLD_FOLDER),
        `${JSON.stringify({ offsetUnit: 'codepoint', articles: fromMarkup }, null, 1)}\n`,
      );
    expect(readGold()).toEqual(fromMarkup);
    expect(JSON.parse(readFileSync(new URL('gold.json', GOLD_FOLDER), 'utf8'))).toMatchObject({ offsetUnit: 'codepoint' });
  });

  it('names each span by the text at its code points, and holds at least five articles of every kind', () => {
    const articles = readGold();
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const article of articles) {
      const points = [...article.text];
      for (const span of article.spans) expect(points.slice(span.start, span.end).join(''), article.file).toBe(span.text);
      // What the app opens is this very text: the offsets are into the article as the app has it.
      const opened = buildArticle(parsePlainText(article.text, article.file), {
        fileName: article.file,
        format: 'text',
        encoding: 'utf-8',
        byteLength: article.text.length,
      });
      expect(opened.text).toBe(article.text);
    }
    const kinds = new Set(articles.flatMap((article) => article.spans.map((span) => span.tag)));
    expect([...kinds].sort()).toEqual(['claim', 'organization', 'person', 'place', 'quote']);
    // An emoji in the text makes code points and UTF-16 differ after it: the scoring must convert.
    expect(articles.some((article) => [...article.text].length !== article.text.length)).toBe(true);
  });
});

describe('suggestions on the gold set', () => {
  it('find persons, organisations, places and quotes with F1 of 0.9 or more (exact spans), and 90 % of speakers', async () => {
    const morphology = await loadMorphology();
    const score = scoreSuggestions(suggestForGold(morphology));
    for (const kind of ['person', 'organization', 'place', 'quote'] as const)
      expect(f1(score.kinds[kind], 'exact').f1, kind).toBeGreaterThanOrEqual(0.9);
    expect(score.speakersRight / score.quotesWithSpeaker).toBeGreaterThanOrEqual(0.9);
  });
});
