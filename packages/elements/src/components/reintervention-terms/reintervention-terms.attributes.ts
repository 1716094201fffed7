import { readConnection, type Connection, type ConnectionAttributes } from '../../internal/connection.js';
import { isCountryCode } from '../../internal/countries.js';
import { reinterventionText } from '../../internal/i18n.reintervention.js';
import type { SupportedLanguage } from '../../internal/language.js';

/** The attributes a page sets on `<sav-reintervention-terms>`, as properties. */
export interface ReinterventionAttributes extends ConnectionAttributes {
  readonly country: string | undefined;
}

/** Where and as whom to call the gateway (or a fatal problem), whose VAT to apply, and warnings. */
export type Configuration = Connection & {
  /** The job's country (ISO 3166-1 alpha-2, upper case); undefined: the network's own. */
  readonly country: string | undefined;
  readonly warnings: readonly string[];
};

/** Reads the attributes; never throws: a wrong value is a message in the reader's language. */
export function readConfiguration(attributes: ReinterventionAttributes, language: SupportedLanguage): Configuration {
  const connection = readConnection(attributes, language);
  if (connection.fatal !== undefined) return { ...connection, country: undefined, warnings: [] };
  const asked = attributes.country?.trim();
  if (!asked) return { ...connection, country: undefined, warnings: [] };
  if (!isCountryCode(asked)) return { ...connection, country: undefined, warnings: [reinterventionText(language, 'config.invalidCountry', { value: asked })] };
  return { ...connection, country: asked.toUpperCase(), warnings: [] };
}
