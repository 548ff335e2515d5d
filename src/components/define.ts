/** Registers a tag once: a page may load the widget's script twice, and the second must be harmless. */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
