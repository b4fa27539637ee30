// Which library article an opened file is a new version of: by its file, its title and date or a title a typo apart,
// and then by its text. Checked on the versions' gold stories, each edited version against every story's first.
import { describe, expect, it } from 'vitest';
import type { StoryCandidate } from '../../src/shared/versions/story-match';
import { likelyStories, SAME_STORY_SIMILARITY, textSimilarity } from '../../src/shared/versions/story-match';
import { loadVersionGold } from '../support/version-gold';

const gold = loadVersionGold();

describe('one story or another', () => {
  it('finds each edited story in its first version’s text, and in no other story’s', () => {
    for (const edited of gold) {
      for (const first of gold) {
        const similarity = textSimilarity(first.before.text, edited.after.text);
        if (first === edited) expect(similarity, edited.name).toBeGreaterThanOrEqual(SAME_STORY_SIMILARITY);
        else expect(similarity, `${edited.name} against ${first.name}`).toBeLessThan(0.1);
      }
    }
  });

  it('reads the text of the same file, the same title and date, the same file name, or a headline a typo apart', () => {
    const story = (id: string, title: string, fileName = `${id}.txt`, path: string | null = null): StoryCandidate => ({
      id,
      title,
      date: '2026-03-01',
      fileName,
      path,
    });
    const library = [
      story('elsewhere', 'Мэрия закрыла каток'),
      story('renamed', 'Порт Усть-Луги принял рекордные 120 миллионов тонн', 'old-name.txt'),
      story('same-path', 'Другой заголовок', 'port.txt', '/news/port.txt'),
      story('same-title', 'Порт Усть-Луги принял рекордные 121 миллион тонн', 'wire-1.txt'),
    ];
    const opened = {
      title: 'Порт Усть-Луги принял рекордные 121 миллион тонн',
      date: '2026-03-01',
      source: { fileName: 'port.txt', path: '/news/port.txt', format: 'text', encoding: 'utf-8', byteLength: 1 },
    } as const;
    expect(likelyStories(opened, library).map((candidate) => candidate.id)).toEqual(['same-path', 'same-title', 'renamed']);
    expect(
      likelyStories(
        { ...opened, title: 'Совсем другая новость', source: { ...opened.source, fileName: 'x.txt', path: '' } },
        library,
      ),
    ).toEqual([]);
  });
});
