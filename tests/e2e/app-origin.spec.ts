// The app's own origin and policy, as the page meets them in every runtime: served by the app:// handler (Electron)
// or by the same function over http (the browser and desktop-bridge projects).
import { expect, fixturePath, test } from './app-fixture';
import { articleFrame } from './article-text';

test('the page runs under the app’s policy: no inline script or handler, nothing fetched from elsewhere', async ({
  app,
}, testInfo) => {
  testInfo.skip(
    app.runtime === 'electron',
    'Skipped: the policy is probed in a second page of the app, which the Electron window does not open',
  );
  // A page of its own: the refusals below are reported in its console, which the app's page must keep clean.
  const probe = await app.page.context().newPage();
  const violations: string[] = [];
  probe.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await probe.goto(app.page.url());
  const outcomes = await probe.evaluate(async () => {
    const page = window as unknown as Record<string, unknown>;
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineScriptRan = true;';
    document.head.append(inline);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.inlineHandlerRan = true');
    document.body.append(button);
    button.click();
    let fetched: string;
    try {
      await fetch('https://example.org/');
      fetched = 'fetched';
    } catch {
      fetched = 'refused';
    }
    return { script: page.inlineScriptRan ?? 'refused', handler: page.inlineHandlerRan ?? 'refused', fetch: fetched };
  });
  expect(outcomes).toEqual({ script: 'refused', handler: 'refused', fetch: 'refused' });
  expect(violations.length).toBeGreaterThanOrEqual(3);
  await probe.close();
});

test('the window is on the app’s own page, and the article parser’s worker starts there', async ({ app }) => {
  if (app.runtime === 'electron') expect(app.page.url()).toBe('app://newsroom/index.html');
  else expect(new URL(app.page.url()).pathname).toMatch(/^\/(index\.html)?$/);
  await app.open(fixturePath('tworek-ru.txt'));
  await expect(articleFrame(app.page).getByRole('heading', { level: 1 })).toHaveText(/Джерри Творек/);
});
