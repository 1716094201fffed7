import { css, unsafeCSS, type CSSResult } from 'lit';
import { RESERVED_BLOCK_SIZE_REM, type ReservingTag } from './reserved-space.js';

/**
 * `:host` (or `:host(<condition>)`, e.g. `[state='product']` for a reservation held only in the
 * component's first view) with `min-block-size` set to the tag's reserved size (reserved-space.ts).
 */
export function reservedSpace(tag: ReservingTag, condition = ''): CSSResult {
  const host = condition ? `:host(${condition})` : ':host';
  return css`
    ${unsafeCSS(host)} {
      min-block-size: ${unsafeCSS(`${RESERVED_BLOCK_SIZE_REM[tag]}rem`)};
    }
  `;
}
