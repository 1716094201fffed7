/** The 27 member states of the European Union (ISO 3166-1 alpha-2), whose consumers the EU directives protect. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

export function isEuMemberState(country: string | null): boolean {
  return country !== null && EU_MEMBER_STATES.has(country.toUpperCase());
}
