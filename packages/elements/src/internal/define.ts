/**
 * Registers a custom element unless the tag is already taken: a retailer's page may load the
 * bundle twice (two widgets, two versions), and a second `customElements.define` would throw.
 * Returns the constructor actually registered under the tag.
 */
export function define(tag: string, elementConstructor: CustomElementConstructor): CustomElementConstructor {
  const registered = customElements.get(tag);
  if (registered) return registered;
  customElements.define(tag, elementConstructor);
  return elementConstructor;
}
