import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLanguage, type Catalog } from './i18n.js';
import { formattingLocale, LANGUAGES, languageTagOf, supportedLanguage, type SupportedLanguage } from './language.js';

/**
 * Follows the language a component must speak: its own `lang`, else the closest one up the page,
 * else the document's. A page's language switcher may change an ancestor's `lang` at any time: the
 * host re-renders then. (The host's own `lang` attribute it must observe itself:
 * `observedAttributes` is static.)
 *
 * Only English is in the bundle: the host's other strings are fetched when it first speaks their
 * language. The host holds each update until they are here (`stringsReady`, awaited in its
 * `scheduleUpdate`), so it never shows English words on a French page for a moment, and its
 * `updateComplete` resolves once it speaks the language.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #languages: readonly SupportedLanguage[];
  readonly #catalogs: readonly Catalog<string>[];
  #observer: MutationObserver | undefined;

  /**
   * `languages`: those the component is translated into; others speak English. `catalogs`: the
   * strings it shows, whose language chunks `stringsReady` fetches.
   */
  constructor(host: ReactiveControllerHost & Element, languages: readonly SupportedLanguage[] = LANGUAGES, catalogs: readonly Catalog<string>[] = []) {
    this.#host = host;
    this.#languages = languages;
    this.#catalogs = catalogs;
    host.addController(this);
  }

  /** The language tag in force (own `lang`, closest ancestor's, the document's), if any. */
  get tag(): string | undefined {
    return languageTagOf(this.#host);
  }

  /** The language that tag selects among the component's (English when it speaks none of them). */
  get language(): SupportedLanguage {
    return supportedLanguage(this.tag, this.#languages);
  }

  /** The locale to format dates and numbers with (see `formattingLocale`). */
  get locale(): string {
    return formattingLocale(this.tag, this.#languages);
  }

  /**
   * Undefined when the strings of the language in force are here (English always is); else a
   * promise that settles once they have arrived, or failed to (English then stands in).
   */
  stringsReady(): Promise<void> | undefined {
    return loadLanguage(this.#catalogs, this.language);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
