import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageTagOf, supportedLanguage, type SupportedLanguage } from './language.js';

/**
 * Follows the language a component must speak: its own `lang`, else the closest one up the page,
 * else the document's. A page's language switcher may change an ancestor's `lang` at any time: the
 * host re-renders then. (The host's own `lang` attribute it must observe itself:
 * `observedAttributes` is static.)
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The language tag in force (own `lang`, closest ancestor's, the document's), if any. */
  get tag(): string | undefined {
    return languageTagOf(this.#host);
  }

  /** The supported language that tag selects: `en` or `fr`. */
  get language(): SupportedLanguage {
    return supportedLanguage(this.tag);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
