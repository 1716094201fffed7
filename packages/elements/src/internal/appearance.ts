import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SupportedLanguage } from './language.js';

/**
 * A component's look from a page's script, in the spirit of Stripe Elements' Appearance API: a
 * theme, and variables that set the public design tokens (base.styles.ts) on the element.
 *
 * - `theme`: `light` (the default: changes nothing), `dark` (a dark palette, WCAG AA for the text
 *   on the surface and for the text on the primary colour) or `auto` (dark while the system prefers
 *   it, following it live). The `theme` attribute says the same for a page without script;
 *   `appearance.theme`, when given, wins over it.
 * - `variables`: each sets its `--sav-*` token on the element (inline), so it wins over the theme's
 *   palette and over the page's CSS. Removing one gives the token back to the theme and the page.
 *
 * Layers, weakest first: the defaults; the theme's palette (a `:host` rule in the shadow root); the
 * page's CSS (`sav-booking { --sav-color-primary: … }`); `appearance.variables`.
 * A theme or a variable name the components do not know, or a value that is not a string, is
 * ignored and reported in the component, as a wrong attribute is (`part="warning"`, role=alert), in
 * the reader's language; the rest of the appearance applies.
 */
export interface SavAppearance {
  theme?: SavTheme | undefined;
  variables?: SavAppearanceVariables | undefined;
}

/** `light` (the default), `dark`, or `auto` (the system's preference, followed live). */
export type SavTheme = 'light' | 'dark' | 'auto';

/** Each variable sets a public token (a CSS value, as a string). */
export interface SavAppearanceVariables {
  /** `--sav-color-primary`: buttons, focus rings, links. */
  colorPrimary?: string | undefined;
  /** `--sav-color-text`. */
  colorText?: string | undefined;
  /** `--sav-color-surface`: the background. */
  colorSurface?: string | undefined;
  /** `--sav-color-border`. */
  colorBorder?: string | undefined;
  /** `--sav-color-on-primary`: text on the primary colour. */
  colorOnPrimary?: string | undefined;
  /** `--sav-color-success`. */
  colorSuccess?: string | undefined;
  /** `--sav-color-warning`. */
  colorWarning?: string | undefined;
  /** `--sav-color-danger`. */
  colorDanger?: string | undefined;
  /** `--sav-color-muted`: secondary text. */
  colorMuted?: string | undefined;
  /** `--sav-radius`, e.g. `0` or `12px`. */
  borderRadius?: string | undefined;
  /** `--sav-font-family`. */
  fontFamily?: string | undefined;
  /** `--sav-spacing`: the base spacing unit, e.g. `1rem`. */
  spacingUnit?: string | undefined;
}

/**
 * A component with an appearance: it declares, in its `static properties`, `appearance: { attribute:
 * false }` and `theme: {}` (the attribute), and adds `appearanceController(this)`.
 */
export interface AppearanceHost extends ReactiveControllerHost, HTMLElement {
  appearance: SavAppearance | undefined;
  theme: SavTheme | undefined;
  /** The language its warnings are written in. */
  readonly language: SupportedLanguage;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The part of the appearance in every component's first download, a Lit ReactiveController: it
 * only fetches the rest (appearance.theme.ts: the palette, the variables, the warnings and their
 * English) once `appearance` or `theme` is set; that part then takes over until the element goes (a
 * removed appearance is undone by it). A function, not a class: the smallest code in every entry.
 */
export function appearanceController(host: AppearanceHost): ReactiveController {
  const controller: ReactiveController = {
    hostUpdate() {
      // A failed fetch (offline) is tried again at the next update.
      if (host.appearance || host.theme) import('./appearance.theme.js').then((part) => part.attach(host), () => {});
    },
  };
  host.addController(controller);
  return controller;
}
