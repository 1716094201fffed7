/** Every language a component may speak; anything else falls back to English. */
export type SupportedLanguage = 'en' | 'fr' | 'nl' | 'zh';

/**
 * Every language there are strings for; every component speaks them all (a test checks each
 * catalogue has every key). A string one of them lacks is shown in English.
 */
export const LANGUAGES: readonly SupportedLanguage[] = ['en', 'fr', 'nl', 'zh'];

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

/** A tag's primary language subtag, lower case: `fr-BE` → `fr`, `zh-Hans-CN` → `zh`. */
function primaryLanguage(tag: string | undefined): string | undefined {
  return tag?.toLowerCase().split('-')[0];
}

/**
 * The language a tag selects among those a component speaks (default: all of them):
 * `fr`, `fr-BE`, `fr-CA` give French, `nl-BE` Dutch, `zh-CN`, `zh-Hans` Chinese; anything else English.
 */
export function supportedLanguage(tag: string | undefined, languages: readonly SupportedLanguage[] = LANGUAGES): SupportedLanguage {
  const primary = primaryLanguage(tag);
  return languages.find((language) => language === primary) ?? 'en';
}

/**
 * The locale to format dates and numbers with: the tag itself when it selects one of the
 * component's languages (so `en-GB` keeps day-month order, `fr-CA` its own conventions), else English.
 */
export function formattingLocale(tag: string | undefined, languages: readonly SupportedLanguage[] = LANGUAGES): string {
  return tag && supportedLanguage(tag, languages) === primaryLanguage(tag) ? tag : 'en';
}
