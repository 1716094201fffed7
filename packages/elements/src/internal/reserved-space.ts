/**
 * The block size (height, in rem) each component reserves, so that a page does not move when the
 * component upgrades, renders, and shows the data it loads at once: its first complete view
 * (the warranty form, the booking's first step with the model's symptoms, the tracker's lookup
 * form, the network's terms with the calculator, a certificate awaiting its signature), in English,
 * at 40rem wide and wider, with the default tokens or the example pages' (`--sav-spacing: 1.1rem`),
 * rounded up with about a line to spare.
 *
 * The component holds it as `min-block-size` once defined (reserved-space.styles.ts); before the
 * script runs, only the page can hold it, with the same value:
 *
 * ```css
 * sav-warranty-check:not(:defined) { display: block; min-block-size: 38rem; }
 * ```
 *
 * Together: no layout shift (measured by `pnpm bench page`, checked by layout-shift.test.ts). A
 * narrower column, larger spacing or longer data make the component taller than this: a page then
 * sets its own `min-block-size` on the element (it applies before and after the upgrade). No DOM
 * and no Lit in this file: the bench reads it too.
 */
export const RESERVED_BLOCK_SIZE_REM = {
  'sav-warranty-check': 38,
  'sav-booking': 76,
  'sav-ticket-tracker': 22,
  'sav-reintervention-terms': 58,
  'sav-completion-certificate': 88,
  // A back office's page, not a shop's: the report's headline figures and first chart, at least.
  'sav-quality-report': 40,
} as const;

export type ReservingTag = keyof typeof RESERVED_BLOCK_SIZE_REM;

/** The page's rule for the time before the component's script has run (what the README recommends). */
export function placeholderRule(tag: ReservingTag): string {
  return `${tag}:not(:defined) { display: block; min-block-size: ${RESERVED_BLOCK_SIZE_REM[tag]}rem; }`;
}
