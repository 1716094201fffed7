import { css } from 'lit';

/**
 * The public design tokens and the base every component shares. A component's private variables
 * (`--_…`) fall back through its own public variables to these tokens, then to a default with good
 * contrast on white. The tokens may also come from a component's `appearance` or `theme`
 * (appearance.ts). The default font is the system's: `system-ui` is known to every browser that
 * runs the components (ES2022), so no older fallbacks are listed.
 */
export const baseStyles = css`
  :host {
    --_text: var(--sav-color-text, #1f2328);
    --_surface: var(--sav-color-surface, #ffffff);
    --_border: var(--sav-color-border, #6e7781);
    --_primary: var(--sav-color-primary, #0b5cad);
    --_on-primary: var(--sav-color-on-primary, #ffffff);
    --_success: var(--sav-color-success, #1a7f37);
    --_warning: var(--sav-color-warning, #8a5300);
    --_danger: var(--sav-color-danger, #b42318);
    --_muted: var(--sav-color-muted, #57606a);
    --_radius: var(--sav-radius, 6px);
    --_font: var(--sav-font-family, system-ui, sans-serif);
    --_space: var(--sav-spacing, 1rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
`;
