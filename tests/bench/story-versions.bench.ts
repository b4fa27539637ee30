// A 1 MB story with 10,000 annotations, edited (respelt words, paragraphs inserted, cut and swapped) and opened as
// its new version (issue 20): the re-anchoring alone, and the whole step in the window with its longest frame gap.
import { test } from '@playwright/test';
import { describeTextRange } from '../../src/shared/annotation';
import type { Annotation } from '../../src/shared/annotation';
import type { NativeAnnotationSet } from '../../src/shared/formats/native-format';
import { createCodePointConverter } from '../../src/shared/text/code-points';
import { carryAnnotations } from '../../src/shared/versions/carry-over';
import { median } from './bench-page';
import { suggestionsSettled } from './long-article-run';
import { generateAnnotationSet } from './generate-annotation-set';
import type { VersionMeasurement } from './story-versions-run';
import { editStory, openAsNewVersion } from './story-versions-run';
import { runStep, startWithEmptyLibrary } from './transfer-bench';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BYTES = Number(process.env.BENCH_VERSION_BYTES ?? 1_000_000);
const ANNOTATIONS = Number(process.env.BENCH_VERSION_ANNOTATIONS ?? 10_000);
const EDITS = { typoEvery: 40, inserted: 20, deleted: 20, swapped: 10 };

/** The set's one article and its annotations in the app's own terms (UTF-16 offsets). */
function storedStory(set: NativeAnnotationSet): { text: string; fileName: string; annotations: Annotation[] } {
  const article = set.articles[0];
  if (!article) throw new Error('The generated set has no article');
  const { toUtf16 } = createCodePointConverter(article.text);
  const annotations = article.annotations.map((annotation) => {
    const start = toUtf16(annotation.start);
    const end = toUtf16(annotation.end);
    return { ...annotation, articleId: article.id, start, end, ...describeTextRange(article.text, start, end) };
  });
  return { text: article.text, fileName: article.source.fileName, annotations };
}

test('a 1 MB story with 10,000 annotations opened as its new version', async ({ page }) => {
  test.setTimeout(30 * 60_000);
  const json = generateAnnotationSet(1, ANNOTATIONS, BYTES, 'Длинное расследование');
  const story = storedStory(JSON.parse(json) as NativeAnnotationSet);
  const edited = editStory(story.text, EDITS);

  // The re-anchoring itself, as the worker runs it, here in Node.
  const carryMs: number[] = [];
  let carried = carryAnnotations({ previousText: story.text, next: { id: 'next', text: edited } }, story.annotations, () =>
    crypto.randomUUID(),
  );
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    carried = carryAnnotations({ previousText: story.text, next: { id: 'next', text: edited } }, story.annotations, () =>
      crypto.randomUUID(),
    );
    carryMs.push(performance.now() - start);
  }
  const changed = carried.annotations.filter((annotation) => annotation.previousQuote !== undefined).length;

  const steps: VersionMeasurement[] = [];
  for (let run = 0; run < RUNS; run++) {
    await startWithEmptyLibrary(page, json);
    await runStep(page, 'drop-import', 'story.json');
    await runStep(page, 'confirm-import', 'story.json');
    // The story's own suggestions, made in their worker once it is shown, would land in the window mid-measurement.
    await suggestionsSettled(page);
    steps.push(await openAsNewVersion(page, story.fileName, edited));
  }

  const kb = Math.round(new TextEncoder().encode(story.text).byteLength / 1024);
  console.log(
    `\nA story of ${kb} kB with ${story.annotations.length.toLocaleString('en')} annotations, edited (${EDITS.inserted} paragraphs inserted, ${EDITS.deleted} cut, ${EDITS.swapped} pairs swapped, a word respelt in every ${EDITS.typoEvery}th); median of ${RUNS}`,
  );
  console.log(
    `carried over ${carried.annotations.length.toLocaleString('en')} (${changed} changed, to confirm), ${carried.orphans.length} orphans`,
  );
  console.log(`re-anchoring alone (Node, as in the worker)     ${Math.round(median(carryMs))} ms`);
  const ms = (figure: (step: VersionMeasurement) => number) => `${Math.round(median(steps.map(figure)))} ms`;
  console.log(`"Open as version 2" to the version stored        ${ms((step) => step.storedMs)}`);
  console.log(`longest frame gap meanwhile                     ${ms((step) => step.storingGapMs)}`);
  console.log(`... to the new version shown                    ${ms((step) => step.ms)}`);
  console.log(`longest frame gap while it is shown             ${ms((step) => step.showingGapMs)}`);
  console.log(`the window said: ${steps.at(-1)?.status ?? ''}`);
});
