// Connects a Lit element to the application core: the core starts when the element connects, stops when it
// disconnects, and every change it reports asks the element to render.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppCore } from '../app/app-core';

export class CoreController implements ReactiveController {
  private core: AppCore | null = null;
  private unsubscribe: (() => void) | null = null;

  /** `create` makes the core when the element first connects, once its properties are set. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly create: () => AppCore,
  ) {
    host.addController(this);
  }

  get value(): AppCore {
    this.core ??= this.create();
    return this.core;
  }

  hostConnected(): void {
    this.unsubscribe = this.value.subscribe(() => {
      this.host.requestUpdate();
    });
    this.value.start();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.core?.stop();
  }
}
