import { describe, expect, it } from 'vitest';
import type { PersonMention } from '../../src/shared/entities/speaker-proposal';
import { proposeSpeaker } from '../../src/shared/entities/speaker-proposal';

function mentions(text: string, names: Record<string, string>): PersonMention[] {
  return Object.entries(names).flatMap(([name, entityId]) =>
    [...text.matchAll(new RegExp(name, 'gu'))].map((match) => ({ start: match.index, end: match.index + name.length, entityId })),
  );
}

function propose(text: string, quote: string, names: Record<string, string>): string | null {
  const start = text.indexOf(quote);
  return proposeSpeaker(text, start, start + quote.length, mentions(text, names));
}

describe('proposeSpeaker', () => {
  it('takes the subject of a verb of saying after the quote', () => {
    const text = 'Анна Ким пришла на встречу. «Мы уходим», — написал Творек. Ким промолчала.';
    expect(propose(text, '«Мы уходим»', { 'Анна Ким': 'kim', Творек: 'tworek', Ким: 'kim' })).toBe('tworek');
  });

  it('takes the subject of a verb of saying before the quote', () => {
    const text = 'Вчера Ольга Смирнова заявила: «Крыша течёт». Позже Асанцев ответил.';
    expect(propose(text, '«Крыша течёт»', { 'Ольга Смирнова': 'smirnova', Асанцев: 'asantsev' })).toBe('smirnova');
  });

  it('falls back to the nearest person in the same or the previous sentence', () => {
    const text = 'Джерри Творек выступил в Лондоне. «Работа продолжится». Анна Ким уехала в Москву.';
    expect(propose(text, '«Работа продолжится»', { 'Джерри Творек': 'tworek', 'Анна Ким': 'kim' })).toBe('tworek');
  });

  it('looks past a paragraph break to the last sentence of the paragraph before', () => {
    const text = 'Об уходе объявил Джерри Творек.\n\n«Работа продолжится без меня». Компания промолчала.';
    expect(propose(text, '«Работа продолжится без меня»', { 'Джерри Творек': 'tworek' })).toBe('tworek');
    // Only that sentence: a person two sentences back is not near.
    const far = 'Джерри Творек ушёл. Был долгий день.\n\n«Работа продолжится». Компания промолчала.';
    expect(propose(far, '«Работа продолжится»', { 'Джерри Творек': 'tworek' })).toBeNull();
  });

  it('proposes no one when no person is near', () => {
    const text = 'Ким приехал. Потом был долгий день. Ещё одно предложение. «Мы уходим», — говорилось в письме.';
    expect(propose(text, '«Мы уходим»', { Ким: 'kim' })).toBeNull();
  });

  it('reads English attribution too', () => {
    const text = '"We are leaving," said Jerry Tworek. Anna Kim disagreed.';
    expect(propose(text, '"We are leaving,"', { 'Jerry Tworek': 'tworek', 'Anna Kim': 'kim' })).toBe('tworek');
  });
});
