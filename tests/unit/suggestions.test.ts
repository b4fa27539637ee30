// What the app proposes to tag, rule by rule, with the real analyser (Az.js and OpenCorpora's dictionary).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/shared/article/article-builder';
import { parsePlainText } from '../../src/shared/article/parse-plain-text';
import type { Morphology } from '../../src/shared/suggestions/morphology';
import type { Suggestion, SuggestionInput } from '../../src/shared/suggestions/suggest';
import { nominativeName, suggestAnnotations } from '../../src/shared/suggestions/suggest';
import { loadMorphology } from '../support/morphology';

let morphology: Morphology;
beforeAll(async () => {
  morphology = await loadMorphology();
});

function suggest(raw: string, extra: Partial<SuggestionInput> = {}): { text: string; suggestions: Suggestion[] } {
  const article = buildArticle(parsePlainText(raw, 'test'), {
    fileName: 't.txt',
    format: 'text',
    encoding: 'utf-8',
    byteLength: raw.length,
  });
  const input = { text: article.text, blocks: article.blocks, entities: [], people: [], ...extra };
  return { text: article.text, suggestions: suggestAnnotations(input, morphology) };
}

const spansOf = (text: string, suggestions: readonly Suggestion[], tag: string): string[] =>
  suggestions.filter((suggestion) => suggestion.tag === tag).map((suggestion) => text.slice(suggestion.start, suggestion.end));

describe('names', () => {
  it('proposes a multi-word name as one span, in every case form, and names its entity in the nominative', () => {
    const { text, suggestions } = suggest(
      'Заголовок\n\nВ четверг Сэм Альтман выступил в Варшавском университете. Журналисты спросили Альтмана о планах, а Творека не было.',
    );
    expect(spansOf(text, suggestions, 'person')).toEqual(['Сэм Альтман', 'Альтмана', 'Творека']);
    expect(spansOf(text, suggestions, 'organization')).toEqual(['Варшавском университете']);
    const names = suggestions.filter((suggestion) => suggestion.tag === 'person').map((suggestion) => suggestion.entityName);
    expect(names).toEqual(['Сэм Альтман', 'Альтман', 'Творек']);
  });

  it('reads places and organisations from the dictionary and from head words', () => {
    const { text, suggestions } = suggest(
      'Заголовок\n\nМинфин и Банк России обсудили расходы Мурманской области. Встреча прошла в Москве.',
    );
    expect(spansOf(text, suggestions, 'organization')).toEqual(['Минфин', 'Банк России']);
    expect(spansOf(text, suggestions, 'place')).toEqual(['Мурманской области', 'Москве']);
  });

  it('takes Latin names of organisations, not the Latin form of a name in parentheses, nor products and models', () => {
    const { text, suggestions } = suggest(
      'Заголовок\n\nДжерри Творек (Jerry Tworek) ушёл из OpenAI. Издание The Verge пишет, что модель GPT-4 и чат-бот ChatGPT он не упоминал.',
    );
    expect(spansOf(text, suggestions, 'person')).toEqual(['Джерри Творек']);
    expect(spansOf(text, suggestions, 'organization')).toEqual(['OpenAI', 'The Verge']);
  });

  it("proposes the library's entities in any case form, linked to them", () => {
    const entities = [{ id: 'kim', tag: 'person', name: 'Анна Ким', aliases: [] }];
    const { text, suggestions } = suggest('Заголовок\n\nКоллеги поздравили Анну Ким с назначением.', { entities });
    const kim = suggestions.find((suggestion) => suggestion.tag === 'person');
    expect(kim && text.slice(kim.start, kim.end)).toBe('Анну Ким');
    expect(kim?.entityId).toBe('kim');
  });

  it('names entities in the nominative of their own gender, head word first', () => {
    expect(nominativeName('Альтману', morphology)).toBe('Альтман');
    expect(nominativeName('Мурманской области', morphology)).toBe('Мурманская область');
    expect(nominativeName('Министерства финансов', morphology)).toBe('Министерство финансов');
    expect(nominativeName('Ковалёва', morphology)).toBe('Ковалёва');
  });
});

describe('quotes and speakers', () => {
  it('proposes words in «» said by someone, with the speaker the verb of saying names, tagged or not', () => {
    const { text, suggestions } = suggest(
      'Заголовок\n\nКоллеги Творека заявили, что проект будет продолжен. «Команда остаётся», — сказала руководитель отдела Анна Ким. Компания «Северный ветер» молчит.',
    );
    const quotes = suggestions.filter((suggestion) => suggestion.tag === 'quote');
    expect(quotes.map((quote) => text.slice(quote.start, quote.end))).toEqual(['Команда остаётся']);
    expect(quotes[0]?.speaker?.name).toBe('Анна Ким');
    expect(quotes[0]?.speaker?.entityId).toBeUndefined();
    expect(spansOf(text, suggestions, 'organization')).toEqual(['Северный ветер']);
  });

  it('proposes direct speech after a dash, and a speaker named at the end of the paragraph before', () => {
    const raw = 'Заголовок\n\nГлавный тренер Деян Станкович был недоволен.\n\n— Мы не заслужили поражения, — заявил серб.';
    const article = buildArticle(parsePlainText(raw, 't'), {
      fileName: 't.txt',
      format: 'text',
      encoding: 'utf-8',
      byteLength: 1,
    });
    const start = article.text.indexOf('Деян Станкович');
    const stankovic = { start, end: start + 'Деян Станкович'.length, entityId: 'stankovic', name: 'Деян Станкович' };
    const { text, suggestions } = suggest(raw, { people: [stankovic] });
    const quote = suggestions.find((suggestion) => suggestion.tag === 'quote');
    expect(quote && text.slice(quote.start, quote.end)).toBe('Мы не заслужили поражения');
    expect(quote?.speaker?.entityId).toBe('stankovic');
  });
});

describe('claims', () => {
  it('proposes sentences with numbers, dates, sources and firsts, not the title nor plain sentences', () => {
    const { text, suggestions } = suggest(
      'Выручка выросла на 40 %\n\nПо данным аналитиков, выручка выросла на 40 % за год. Погода была хорошей и солнечной весь день. Компанию впервые возглавила женщина из отрасли.',
    );
    expect(spansOf(text, suggestions, 'claim')).toEqual([
      'По данным аналитиков, выручка выросла на 40 % за год.',
      'Компанию впервые возглавила женщина из отрасли.',
    ]);
  });
});
