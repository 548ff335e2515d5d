import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToMain } from '../map/yield-to-main';

/**
 * A component's first render in two tasks: the host renders its first part, and `done` turns true a task
 * later with a new update for the rest. For first renders long enough to block a phone at start-up
 * (Lighthouse's mobile CPU is 4× slower than a desktop's: a 13 ms render on a desktop is a long task there). The host's
 * `getUpdateComplete` returns `after(() => super.getUpdateComplete())`, so `updateComplete` waits for both.
 */
export class SecondPass implements ReactiveController {
  done = false;
  private pending?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.done || this.pending) return;
    this.pending = yieldToMain().then(() => {
      this.done = true;
      this.pending = undefined;
      this.host.requestUpdate();
    });
  }

  /** `complete` (the host's own updateComplete), once the second pass has rendered too. */
  async after(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    while (this.pending) {
      await this.pending;
      done = await complete();
    }
    return done;
  }
}
