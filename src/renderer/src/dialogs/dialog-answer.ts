// One way for every dialog of the window to answer: `ask` shows it and resolves with the editor's answer, or null when
// they cancel, press Escape or close it; and one place that knows whether any dialog is waiting.

let waiting = 0;

/** Whether a dialog is open and waiting for the editor: the window's own keys then leave the keyboard to it. */
export function dialogOpen(): boolean {
  return waiting > 0;
}

/** The answer of one dialog element; `settle` it from the dialog's confirm button and from its `close` event. */
export class DialogAnswer<T> {
  private resolve: ((answer: T | null) => void) | null = null;

  /** Shows `dialog` modally; a dialog asked again while open answers the earlier ask with null. */
  ask(dialog: HTMLDialogElement | null): Promise<T | null> {
    this.settle(null);
    waiting++;
    const answer = new Promise<T | null>((resolve) => (this.resolve = resolve));
    dialog?.showModal();
    return answer;
  }

  /** Gives the answer, once: what closes the dialog afterwards (its `close` event) then changes nothing. */
  settle(answer: T | null): void {
    const resolve = this.resolve;
    if (!resolve) return;
    this.resolve = null;
    waiting--;
    resolve(answer);
  }
}
