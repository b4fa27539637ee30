// How an element that is not the window asks for something to be said to screen-reader users: an event the window
// hears and passes to its live region.

export interface AnnounceDetail {
  message: string;
}

/** Asks the window to announce `message`, from `from` wherever it stands in the page. */
export function announce(from: HTMLElement, message: string): void {
  from.dispatchEvent(new CustomEvent<AnnounceDetail>('nr-announce', { detail: { message }, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'nr-announce': CustomEvent<AnnounceDetail>;
  }
}
