import * as L from 'leaflet';

/**
 * The approval numbers (审图号) under the attribution: the base map provider's and the bureau's own
 * (`map-review-number`, which arrives from a URL parameter in embed.html and is hostile). Leaflet's
 * attribution control takes HTML strings, so the numbers never go there: this control writes one
 * text node. Empty: hidden.
 */
export class ReviewControl extends L.Control {
  private readonly el: HTMLElement;

  constructor() {
    super({ position: 'bottomright' });
    this.el = L.DomUtil.create('div', 'lz-review-number');
    this.el.hidden = true;
  }

  onAdd(): HTMLElement {
    return this.el;
  }

  /** Shows `text` as text (never parsed), or hides the control when empty. */
  setText(text: string): void {
    this.el.textContent = text;
    this.el.hidden = text === '';
  }
}
