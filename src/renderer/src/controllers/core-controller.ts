// Connects a Lit element to the application core: while the element is connected, every change the core reports asks
// it to render. The core is started and kept by the page (main.ts), before the window's script is loaded.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppCore } from '../app/app-core';

export class CoreController implements ReactiveController {
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly core: () => AppCore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.core().subscribe(() => {
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
