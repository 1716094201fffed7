/**
 * The shared English strings of the appearance's warnings (see appearance.ts): a chunk of their own
 * (the `later` English of the shared strings, ../i18n.ts), fetched with the appearance's code, since
 * only a page that sets `appearance` or `theme` can need them. French, Dutch and Chinese are with
 * the other shared strings (i18n/shared.<language>.ts).
 */
const en = {
  'appearance.invalidTheme': 'The theme "{value}" is not light, dark or auto; it was ignored (the light theme is used).',
  'appearance.unknown': 'The appearance setting "{value}" is unknown (SAV knows theme, and variables such as colorPrimary, borderRadius or fontFamily); it was ignored.',
  'appearance.notString': 'The appearance variable "{value}" should be a string, a CSS value such as "#0b5cad" or "8px"; it was ignored.',
  'appearance.notObject': 'The appearance setting "{value}" should be an object, such as { theme: "dark", variables: { colorPrimary: "#c2410c" } }; it was ignored.',
} as const;

export default en;
