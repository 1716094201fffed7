import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BASE_LANGUAGES, formattingLocale, languageTagOf, supportedLanguage, type SupportedLanguage } from './language.js';

/**
 * Follows the language a component must speak: its own `lang`, else the closest one up the page,
 * else the document's. A page's language switcher may change an ancestor's `lang` at any time: the
 * host re-renders then. (The host's own `lang` attribute it must observe itself:
 * `observedAttributes` is static.)
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #languages: readonly SupportedLanguage[];
  #observer: MutationObserver | undefined;

  /** `languages`: those the component is translated into (default English and French); others speak English. */
  constructor(host: ReactiveControllerHost & Element, languages: readonly SupportedLanguage[] = BASE_LANGUAGES) {
    this.#host = host;
    this.#languages = languages;
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

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
