import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { t } from '../i18n/t';
import type { Lang } from '../model/types';

/**
 * Whether the browser is online (`navigator.onLine` and the window's online/offline events), and the
 * map's "offline" indicator while it is not. The live region is always in the template, so a screen
 * reader announces the words when they appear. Listeners go when the host leaves the page.
 */
export class ConnectivityController implements ReactiveController {
  online = true;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly win: Window = window,
  ) {
    host.addController(this);
  }

  private readonly update = () => {
    const online = this.win.navigator.onLine !== false;
    if (online === this.online) return;
    this.online = online;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.win.addEventListener('online', this.update);
    this.win.addEventListener('offline', this.update);
    this.update();
  }

  hostDisconnected(): void {
    this.win.removeEventListener('online', this.update);
    this.win.removeEventListener('offline', this.update);
  }

  render(lang: Lang) {
    return html`<p class="offline" part="offline" role="status">${this.online ? '' : t(lang, 'offline.indicator')}</p>`;
  }
}
