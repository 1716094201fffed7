import { adoptStyles, getCompatibleStyle, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import { loadLaterEnglish, type Catalog } from './i18n.js';

/** The element a lazy part serves: it re-renders when the part arrives, and takes the part's styles. */
type LazyHost = ReactiveControllerHost & Pick<ReactiveElement, 'hasUpdated' | 'renderRoot'>;

/** What a part's module may export: styles for what it renders, adopted when it arrives. */
interface PartModule {
  readonly partStyles?: readonly CSSResultOrNative[];
}

/**
 * Code a component needs only after a user action (a later step, a result, a signing form), kept
 * out of the component's first download and fetched with `import()`: once the first render is done
 * (so it is there before the customer clicks), or at once when something needs it sooner. Its
 * English strings (the `later` English of the catalogs given) arrive with it.
 *
 * Two ways to keep what is shown the same as with the code bundled:
 * - what shows the part after a request (a result, a ticket, a job) awaits `load()` with the
 *   request's answer, before showing it: the component stays in its loading state meanwhile;
 * - a component that shows the part after a click renders `module` when it is here and its pending
 *   state when it is not (rare: a slow network and a fast click), and the part's arrival re-renders
 *   it. `hold()`, from its `scheduleUpdate`, makes the first render wait for the part when that
 *   render already needs it (a booking draft restored at a later step), as it waits for the strings
 *   of its language.
 * `completeWithParts`, from `getUpdateComplete`, makes `updateComplete` wait for a part on its way
 * and the render it brings. A failed fetch (offline) is tried again the next time the part is needed.
 * The part's `partStyles` (CSS only it uses) join the component's styles before its first render.
 */
export class LazyPart<T> implements ReactiveController {
  /** The part's module, once it has arrived. */
  module: T | undefined;

  readonly #host: LazyHost;
  readonly #load: () => Promise<T>;
  readonly #strings: readonly Catalog<string>[];
  #loading: Promise<T | undefined> | undefined;
  #prefetched = false;
  #stylesAdopted = false;

  /** `strings`: the catalogs whose English the part shows (their `later` strings are fetched with it). */
  constructor(host: LazyHost, load: () => Promise<T>, strings: readonly Catalog<string>[] = []) {
    this.#host = host;
    this.#load = load;
    this.#strings = strings;
    host.addController(this);
  }

  /** Fetches the part (once); resolves with it, or undefined when the fetch failed. */
  load(): Promise<T | undefined> {
    if (this.module) return Promise.resolve(this.module);
    this.#loading ??= Promise.all([this.#load(), ...this.#strings.map(loadLaterEnglish)])
      .then(([module, ...strings]) => {
        if (strings.includes(false)) throw new Error('the part\'s strings could not be fetched');
        this.module = module;
        this.#host.requestUpdate();
        return module;
      })
      .catch(() => {
        this.#loading = undefined;
        return undefined;
      });
    return this.#loading;
  }

  /**
   * For `scheduleUpdate`: when the coming render needs the part (`needed`) and it is not here, the
   * first render waits for it (the promise to wait for); a later one starts fetching it and
   * renders the pending state.
   */
  hold(needed: boolean): Promise<unknown> | undefined {
    if (!needed || this.module) return undefined;
    const loading = this.load();
    return this.#host.hasUpdated ? undefined : loading;
  }

  /** For `getUpdateComplete`: the fetch in flight, if one is (it never rejects). */
  settled(): Promise<unknown> | undefined {
    return this.module ? undefined : this.#loading;
  }

  /** Before a render: the part's styles join the component's once the part is here. */
  hostUpdate(): void {
    const styles = (this.module as PartModule | undefined)?.partStyles;
    const root = this.#host.renderRoot;
    if (this.#stylesAdopted || !styles || !(root instanceof ShadowRoot)) return;
    this.#stylesAdopted = true;
    const own = (this.#host.constructor as typeof ReactiveElement).elementStyles;
    adoptStyles(root, [...own, ...styles.map(getCompatibleStyle)]);
  }

  hostUpdated(): void {
    if (this.#prefetched) return;
    this.#prefetched = true;
    // Once the first render is done, so the part never delays what the page shows first.
    setTimeout(() => void this.load(), 0);
  }
}

/**
 * `updateComplete` for a component with lazy parts: resolves once its update is done and every part
 * a render was waiting for has arrived and been rendered too.
 */
export async function completeWithParts(updateComplete: () => Promise<boolean>, parts: readonly LazyPart<unknown>[]): Promise<boolean> {
  let result = await updateComplete();
  // A part settles once: arrived (then rendered by the update it requested), or failed (its pending state stays).
  for (let pending = parts.map((part) => part.settled()); pending.some(Boolean); pending = parts.map((part) => part.settled())) {
    await Promise.all(pending);
    result = await updateComplete();
  }
  return result;
}
