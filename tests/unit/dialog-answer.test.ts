import { describe, expect, it } from 'vitest';
import { DialogAnswer, dialogOpen } from '../../src/renderer/src/dialogs/dialog-answer';

describe('a dialog’s answer', () => {
  it('resolves with the answer given, once, and the window knows a dialog waits until then', async () => {
    const answer = new DialogAnswer<string>();
    const asked = answer.ask(null);
    expect(dialogOpen()).toBe(true);
    answer.settle('koi8-r');
    // The dialog's close event comes after the answer and changes nothing.
    answer.settle(null);
    await expect(asked).resolves.toBe('koi8-r');
    expect(dialogOpen()).toBe(false);
  });

  it('resolves null when closed without an answer, and an earlier ask with null when asked again', async () => {
    const answer = new DialogAnswer<boolean>();
    const first = answer.ask(null);
    const second = answer.ask(null);
    await expect(first).resolves.toBeNull();
    expect(dialogOpen()).toBe(true);
    answer.settle(null);
    await expect(second).resolves.toBeNull();
    expect(dialogOpen()).toBe(false);
  });
});
