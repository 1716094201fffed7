/** The languages the components are translated into; anything else falls back to English. */
export type SupportedLanguage = 'en' | 'fr';

/** A BCP 47 tag `Intl` accepts, or undefined for a malformed one (never throws). */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The language tag in force for an element: its own `lang`, else the closest `lang` up the DOM
 * (crossing shadow roots), else the document's; an empty or malformed tag is skipped.
 */
export function languageTagOf(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const tag = canonicalLocale(node.getAttribute('lang'));
      if (tag) return tag;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return canonicalLocale(document.documentElement.getAttribute('lang'));
}

/** The supported language a tag selects: `fr`, `fr-BE`, `fr-CA` give French; anything else English. */
export function supportedLanguage(tag: string | undefined): SupportedLanguage {
  return tag?.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en';
}

/**
 * The locale to format dates and numbers with: the tag itself when it is of a supported language
 * (so `en-GB` keeps day-month order, `fr-CA` its own conventions), else English.
 */
export function formattingLocale(tag: string | undefined): string {
  const primary = tag?.toLowerCase().split('-')[0];
  return tag && (primary === 'en' || primary === 'fr') ? tag : 'en';
}
