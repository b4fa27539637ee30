// Annotations from other tools come in: W3C Web Annotations placed by their quotes, doccano/spaCy JSONL as new
// articles; and an export of just the articles the editor picks.
import { mkdir, writeFile } from 'node:fs/promises';
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame, selectWithMouse } from './article-text';

test('W3C web annotations, this app’s own and Hypothesis’s, land on their quotes in the library’s article', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: /Исследователь Джерри Творек/ })).toBeVisible();
  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  for (const [fragment, key] of [
    ['Анна Ким', '1'],
    ['Лондоне', '3'],
  ] as const) {
    await selectWithMouse(page, fragment);
    await page.keyboard.press(key);
  }
  await expect(annotations).toHaveCount(2);
  const folder = testInfo.outputPath('w3c');
  await mkdir(folder, { recursive: true });
  await writeFile(`${folder}/own.json`, await app.exportAnnotations('This article', { format: 'W3C Web Annotation' }));

  await annotations.first().click();
  await page.keyboard.press('Delete');
  await expect(annotations).toHaveCount(1);
  await app.importFile(`${folder}/own.json`);
  const own = page.getByRole('dialog', { name: 'Import own.json' });
  await expect(own.getByRole('definition')).toHaveText(['1', '0', '1', '0']);
  await own.getByRole('button', { name: 'Import' }).click();
  await expect(annotations).toHaveCount(2);
  await expect(annotations.first()).toContainText('Анна Ким');

  // Hypothesis anchors on the web page, so its positions do not fit this text; the quote and its context do.
  const hypothesis = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    items: [
      {
        id: 'https://hypothes.is/a/2bq7oN',
        type: 'Annotation',
        created: '2026-01-10T08:00:00.000+00:00',
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: 'organization' },
          { type: 'TextualBody', purpose: 'commenting', value: 'Проверить название' },
        ],
        target: [
          {
            source: 'https://news.example.com/tworek',
            selector: [
              { type: 'TextPositionSelector', start: 5, end: 20 },
              { type: 'TextQuoteSelector', exact: 'Северный ветер', prefix: 'из компании «', suffix: '» после' },
            ],
          },
        ],
      },
      {
        type: 'Annotation',
        body: { type: 'TextualBody', purpose: 'tagging', value: 'place' },
        target: { source: 'https://news.example.com/tworek', selector: { type: 'TextQuoteSelector', exact: 'Мадриде' } },
      },
    ],
  };
  await writeFile(`${folder}/hypothesis.json`, JSON.stringify(hypothesis));
  await app.importFile(`${folder}/hypothesis.json`);
  const foreign = page.getByRole('dialog', { name: 'Import hypothesis.json' });
  await expect(foreign.getByRole('definition')).toHaveText(['1', '0', '0', '0']);
  await expect(foreign.getByRole('list', { name: /Left out/ })).toHaveText(
    '“Мадриде” is not in “Исследователь Джерри Творек покидает лабораторию в Сан-Франциско”',
  );
  await foreign.getByRole('button', { name: 'Import' }).click();
  await expect(annotations).toHaveCount(3);
  await annotations.filter({ hasText: 'Северный ветер' }).click();
  const details = page.getByRole('region', { name: 'Annotation details' });
  await expect(details.getByLabel('Tag')).toHaveValue('organization');
  await expect(details.getByLabel('Note', { exact: true })).toHaveValue('Проверить название');
});

test('doccano JSONL becomes new articles with every span on its words, and importing it twice adds nothing', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const folder = testInfo.outputPath('jsonl');
  await mkdir(folder, { recursive: true });
  const text = 'Мост откроют осенью 🌉\r\n\r\nМэр Казани Ильсур Метшин заявил об этом на фестивале «Сабантуй».';
  const codePoints = (fragment: string): [number, number] => {
    const start = [...text.slice(0, text.indexOf(fragment))].length;
    return [start, start + [...fragment].length];
  };
  const lines = [
    {
      id: 1,
      text,
      label: [
        [...codePoints('Ильсур Метшин'), 'PER'],
        [...codePoints('Казани'), 'LOC'],
        [...codePoints('«Сабантуй»'), 'EVENT'],
      ],
    },
    { id: 2, text: 'Второй текст: Газпром и ЦБ.', entities: [{ id: 9, label: 'ORG', start_offset: 14, end_offset: 21 }] },
  ];
  await writeFile(`${folder}/doccano.jsonl`, lines.map((line) => JSON.stringify(line)).join('\n'));

  await app.importFile(`${folder}/doccano.jsonl`);
  const dialog = page.getByRole('dialog', { name: 'Import doccano.jsonl' });
  await expect(dialog).toContainText('2 articles will be added to the library.');
  await expect(dialog).toContainText('New tags for names the library has no tag for: EVENT.');
  await expect(dialog.getByRole('definition')).toHaveText(['4', '0', '0', '0']);
  await dialog.getByRole('button', { name: 'Import' }).click();

  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: /Мост откроют осенью/ }).click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: 'Мост откроют осенью 🌉' })).toBeVisible();
  const annotations = page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
  await expect(annotations).toHaveText([/Place\s+Казани/, /Person\s+Ильсур Метшин/, /EVENT\s+«Сабантуй»/]);

  await app.importFile(`${folder}/doccano.jsonl`);
  await expect(page.getByRole('dialog', { name: 'Import doccano.jsonl' }).getByRole('definition')).toHaveText([
    '0',
    '0',
    '4',
    '0',
  ]);
  await page.getByRole('dialog', { name: 'Import doccano.jsonl' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(2);
});

test('an export of the articles the editor picks holds those articles only', async ({ app }) => {
  const { page } = app;
  await app.open(fixturePath('tworek-ru.txt'), fixturePath('bridge-ru.txt'));
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(2);
  await library.getByRole('button', { name: /Мэрия Казани/ }).click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: /Мэрия Казани/ })).toBeVisible();
  await selectWithMouse(page, 'Ильсур Метшин');
  await page.keyboard.press('1');
  await library.getByRole('button', { name: /Джерри Творек/ }).click();
  await expect(articleFrame(page).getByRole('heading', { level: 1, name: /Джерри Творек/ })).toBeVisible();
  await selectWithMouse(page, 'Анна Ким');
  await page.keyboard.press('1');

  const exported = JSON.parse(
    await app.exportAnnotations('Articles I choose', { format: 'Native JSON', articles: ['Мэрия Казани'] }),
  ) as { articles: { title: string; annotations: { quote: string }[] }[] };
  expect(exported.articles.map((article) => [article.title, article.annotations.map((annotation) => annotation.quote)])).toEqual([
    ['Мэрия Казани обещает открыть новый мост к осени', ['Ильсур Метшин']],
  ]);
});
