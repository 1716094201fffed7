import { readConnection, type Connection, type ConnectionAttributes } from '../../internal/connection.js';
import { certificateText } from '../../internal/i18n.certificate.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../internal/zoned-time.js';

/** The query parameter of the signed link in the installer platform's page address (`?sav-certificate=…`). */
export const LINK_PARAMETER = 'sav-certificate';

/** The attributes a page sets on `<sav-completion-certificate>`, as properties. */
export interface CertificateAttributes extends ConnectionAttributes {
  readonly link: string | undefined;
  readonly onSite: boolean;
  readonly timeZone: string | undefined;
}

/** Where and as whom to call the gateway (or a fatal problem), the signed link, how it is signed, the zone of times, warnings. */
export type Configuration = Connection & {
  /** The signed link: the `link` attribute, else the page address's `?sav-certificate=`; undefined: none. */
  readonly link: string | undefined;
  readonly onSite: boolean;
  /** The IANA zone the signing time is shown in. */
  readonly timeZone: string;
  readonly warnings: readonly string[];
};

/** The signed link in the page's address (`?sav-certificate=…`), if any. */
export function linkFromPage(): string | undefined {
  return new URLSearchParams(window.location.search).get(LINK_PARAMETER)?.trim() || undefined;
}

/** Reads the attributes; never throws: a wrong value is a message in the reader's language. */
export function readConfiguration(attributes: CertificateAttributes, language: SupportedLanguage): Configuration {
  const connection = readConnection(attributes, language);
  const warnings: string[] = [];
  const asked = attributes.timeZone?.trim();
  let timeZone = DEFAULT_TIME_ZONE;
  if (asked) {
    if (isTimeZone(asked)) timeZone = asked;
    else warnings.push(certificateText(language, 'config.invalidTimeZone', { value: asked, zone: DEFAULT_TIME_ZONE }));
  }
  const link = attributes.link?.trim() || linkFromPage();
  if (connection.fatal !== undefined) return { ...connection, link: undefined, onSite: attributes.onSite, timeZone, warnings: [] };
  return { ...connection, link, onSite: attributes.onSite, timeZone, warnings };
}
