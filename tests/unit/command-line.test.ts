import { describe, expect, it } from 'vitest';
import { articlePathsFromArgv } from '../../src/main/command-line';

describe('articlePathsFromArgv', () => {
  it('takes the paths after `electron .` and resolves them against the working directory', () => {
    expect(articlePathsFromArgv(['/usr/bin/electron', '.', 'article.txt', '/abs/other.txt'], 2, '/home/editor')).toEqual([
      '/home/editor/article.txt',
      '/abs/other.txt',
    ]);
  });

  it('skips Chromium switches and the executable of a packaged app', () => {
    expect(articlePathsFromArgv(['/opt/Newsroom', '--no-sandbox', '--inspect=0', 'a.txt'], 1, '/w')).toEqual(['/w/a.txt']);
  });

  it('finds the app folder when switches stand before it', () => {
    expect(articlePathsFromArgv(['/usr/bin/electron', '--inspect=0', '/app/out/main/index.js', 'a.txt'], 2, '/w')).toEqual([
      '/w/a.txt',
    ]);
  });

  it('returns nothing when no file is given', () => {
    expect(articlePathsFromArgv(['/usr/bin/electron', '.'], 2, '/w')).toEqual([]);
  });
});
