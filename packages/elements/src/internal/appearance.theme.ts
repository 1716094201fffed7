/**
 * The appearance's code, fetched (appearance.ts) once a page sets `appearance` or `theme`, with the
 * English of its warnings: the theme's palette, the variables set on the element, and the warnings
 * about what was ignored.
 */
import type { ReactiveController } from 'lit';
import type { AppearanceHost, SavAppearanceVariables, SavTheme } from './appearance.js';
import { loadLaterEnglish, sharedCatalog, translate, type SharedKey } from './i18n.js';

/** The warnings' English: the shared strings' `later` English (i18n.ts), fetched with this code. */
export { default } from './appearance.en.js';

/** Each variable and the public token it sets (base.styles.ts). */
export const TOKENS: Readonly<Record<keyof SavAppearanceVariables, string>> = {
  colorPrimary: '--sav-color-primary',
  colorText: '--sav-color-text',
  colorSurface: '--sav-color-surface',
  colorBorder: '--sav-color-border',
  colorOnPrimary: '--sav-color-on-primary',
  colorSuccess: '--sav-color-success',
  colorWarning: '--sav-color-warning',
  colorDanger: '--sav-color-danger',
  colorMuted: '--sav-color-muted',
  borderRadius: '--sav-radius',
  fontFamily: '--sav-font-family',
  spacingUnit: '--sav-spacing',
};

/**
 * The dark palette. On the surface, the text is 16:1, the muted text, the primary colour (links,
 * outlines) and the statuses 6:1 or more (WCAG AA: 4.5:1); the text on the primary colour is 7:1;
 * the border 5:1 (3:1 for a control's edge).
 */
export const DARK: Readonly<Partial<Record<keyof SavAppearanceVariables, string>>> = {
  colorText: '#e6edf3',
  colorSurface: '#0d1117',
  colorBorder: '#8b949e',
  colorPrimary: '#58a6ff',
  colorOnPrimary: '#0d1117',
  colorSuccess: '#3fb950',
  colorWarning: '#d29922',
  colorDanger: '#ff7b72',
  colorMuted: '#9ea7b3',
};

const darkRule = `:host{${Object.entries(DARK)
  .map(([name, value]) => `${TOKENS[name as keyof SavAppearanceVariables]}:${value}`)
  .join(';')};color-scheme:dark}`;

/**
 * Each theme's CSS, in the shadow root: below the page's CSS, so a page's `--sav-*` rules win over
 * the theme's; `auto` is a media query, so it follows the system's preference live, with nothing to
 * listen to nor to remove.
 */
const THEMES: Readonly<Record<SavTheme, string>> = {
  light: '',
  dark: darkRule,
  auto: `@media (prefers-color-scheme:dark){${darkRule}}`,
};

/** Something ignored: the key of its warning and what it names. */
type Problem = readonly [SharedKey, string];

/** A value as a warning names it: an object by its kind (its own `toString` may throw). */
const show = (value: unknown): string => (typeof value === 'object' || typeof value === 'function' ? Object.prototype.toString.call(value).slice(8, -1) : String(value));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What an appearance (and the `theme` attribute) asks for, read without ever throwing: the theme's
 * CSS, each token's value, and what was ignored (the rest applies).
 */
export function readAppearance(appearance: unknown, attribute: unknown): { css: string; tokens: Map<string, string>; problems: Problem[] } {
  const problems: Problem[] = [];
  const tokens = new Map<string, string>();
  let theme = attribute;
  let variables: Record<string, unknown> = {};
  if (isObject(appearance)) {
    for (const [key, value] of Object.entries(appearance)) {
      if (value === undefined) continue;
      if (key === 'theme') theme = value;
      else if (key !== 'variables') problems.push(['appearance.unknown', key]);
      else if (isObject(value)) variables = value;
      else problems.push(['appearance.notObject', key]);
    }
  } else if (appearance != null) {
    problems.push(['appearance.notObject', show(appearance)]);
  }
  let css = '';
  if (theme != null && theme !== '') {
    const name = typeof theme === 'string' ? theme.trim().toLowerCase() : '';
    if (Object.hasOwn(THEMES, name)) css = THEMES[name as SavTheme];
    else problems.push(['appearance.invalidTheme', show(theme)]);
  }
  for (const [name, value] of Object.entries(variables)) {
    const token = Object.hasOwn(TOKENS, name) ? TOKENS[name as keyof SavAppearanceVariables] : undefined;
    if (!token) problems.push(['appearance.unknown', name]);
    else if (typeof value === 'string') {
      if (value.trim()) tokens.set(token, value.trim());
    } else if (value !== undefined) problems.push(['appearance.notString', name]);
  }
  return { css, tokens, problems };
}

/** The hosts served, each with the promise of its start. */
const served = new WeakMap<AppearanceHost, Promise<void>>();

/**
 * Serves a host from now on (once; the appearance.ts part calls it at each update while something
 * is set). Waits for the warnings' English first, so a warning is never shown as its key; resolves
 * once the host is served (an update is then on its way).
 */
export function attach(host: AppearanceHost): Promise<void> {
  let serving = served.get(host);
  if (!serving) {
    serving = loadLaterEnglish(sharedCatalog).then(() => void new Appearance(host));
    served.set(host, serving);
  }
  return serving;
}

/** Applies a host's appearance before each render, and shows its warnings after it. */
class Appearance implements ReactiveController {
  readonly #host: AppearanceHost;
  /** The theme's CSS, in the shadow root while a theme other than light is in force. */
  readonly #style = document.createElement('style');
  /** The inline value each token set had before (usually none), put back when its variable goes. */
  readonly #before = new Map<string, string>();
  #problems: Problem[] = [];
  #notes: HTMLElement[] = [];
  #shown = '';

  constructor(host: AppearanceHost) {
    this.#host = host;
    host.addController(this);
    host.requestUpdate();
  }

  hostUpdate(): void {
    const host = this.#host;
    const { css, tokens, problems } = readAppearance(host.appearance, host.theme);
    this.#problems = problems;

    if (this.#style.textContent !== css) this.#style.textContent = css;
    if (!css) this.#style.remove();
    else if (!this.#style.isConnected) host.renderRoot.prepend(this.#style);

    const style = host.style;
    for (const [token, before] of this.#before) {
      if (tokens.has(token)) continue;
      if (before) style.setProperty(token, before);
      else style.removeProperty(token);
      this.#before.delete(token);
    }
    for (const [token, value] of tokens) {
      if (!this.#before.has(token)) this.#before.set(token, style.getPropertyValue(token));
      style.setProperty(token, value);
    }
  }

  /** The warnings, first in the component's wrapper; put there again only when they change or the wrapper does (an alert is read out each time it is added). */
  hostUpdated(): void {
    const host = this.#host;
    const language = host.language;
    const texts = this.#problems.map(([key, value]) => translate(language, key, { value }));
    const where = host.renderRoot.querySelector('[part~="base"]') ?? host.renderRoot;
    const shown = `${language}\n${texts.join('\n')}`;
    if (shown === this.#shown && this.#notes.every((note) => note.parentNode === where)) return;
    this.#shown = shown;
    for (const note of this.#notes) note.remove();
    this.#notes = texts.map((text) => {
      const note = document.createElement('p');
      note.setAttribute('part', 'warning');
      note.setAttribute('role', 'alert');
      note.className = 'warning';
      note.textContent = text;
      return note;
    });
    where.prepend(...this.#notes);
  }
}
