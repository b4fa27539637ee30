// Heavy work the editor is not waiting for, run when they pause. On a two-core laptop, the window, the library worker
// and a third busy thread share two cores: a view opened while the suggestions' dictionary loads (a third of a second
// of a core) then drew in frames three times as long as its work, and a search took twice as long.

/** How long without a key, a click, a scroll or a drop counts as a pause: longer than between the steps of one task. */
const PAUSE_MS = 500;
/** An editor who never pauses gets the work done after this anyway. */
const LONGEST_WAIT_MS = 5000;

/** Opening the window is the editor's doing too: what it shows first is what they look at. */
let lastAction = performance.now();

for (const type of ['pointerdown', 'keydown', 'wheel', 'click', 'drop'] as const) {
  addEventListener(
    type,
    () => {
      lastAction = performance.now();
    },
    { capture: true, passive: true },
  );
}

/** Runs `run` once the editor has paused and the window is idle. */
export function whenEditorPauses(run: () => void): void {
  const asked = performance.now();
  const check = (): void => {
    const now = performance.now();
    const pausedFor = now - lastAction;
    if (pausedFor >= PAUSE_MS || now - asked >= LONGEST_WAIT_MS) requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(check, Math.min(PAUSE_MS - pausedFor, LONGEST_WAIT_MS - (now - asked)));
  };
  check();
}
