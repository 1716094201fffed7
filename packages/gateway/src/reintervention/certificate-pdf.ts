/**
 * The certificate of completion as a PDF a person would file (seed 000): who, where, what was
 * done, what remains (who acts, by when), and the signature with its date and place. A4, the
 * standard Helvetica fonts (Latin text; a character they cannot show is printed as "?").
 *
 * Written in English, French or Dutch. A Chinese request gets the English certificate: the standard
 * fonts have no Chinese glyphs, and SAV ships no CJK font to embed (see certificateLanguage).
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { Language } from '@sav/rules';
import type { JobView } from './installation-jobs.js';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** What the standard fonts can print: Latin-1 and the WinAnsi extras; anything else becomes "?". */
export function printable(text: string): string {
  return [...text].map((char) => (char.charCodeAt(0) <= 0xff && char !== '\u00ad' ? char : WIN_ANSI_EXTRA.includes(char) ? char : '?')).join('').replace(/[\u0000-\u0008\u000b-\u001f]/g, ' ');
}

/** The languages the certificate is written in: those the standard (Latin) fonts can print. */
export const CERTIFICATE_LANGUAGES = ['en', 'fr', 'nl'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

/** The certificate's language for a request's: the same when the fonts can print it, English otherwise (Chinese). */
export function certificateLanguage(language: Language): CertificateLanguage {
  return (CERTIFICATE_LANGUAGES as readonly string[]).includes(language) ? (language as CertificateLanguage) : 'en';
}

/** How the certificate writes dates, per language. */
const DATE_LOCALE: Readonly<Record<CertificateLanguage, string>> = { en: 'en-GB', fr: 'fr-FR', nl: 'nl-NL' };

interface CertificateWords {
  readonly title: string; readonly colon: string; readonly supplier: string; readonly job: string; readonly customer: string; readonly designer: string; readonly installer: string;
  readonly supplies: string; readonly done: string; readonly reserves: string; readonly none: string; readonly who: string; readonly by: string; readonly status: string;
  readonly AWAITING_SIGNATURE: string; readonly SIGNED: string; readonly DECLINED: string; readonly signedBy: string; readonly on: string; readonly at: string;
  readonly onSite: string; readonly remotely: string; readonly reason: string;
  readonly parties: Readonly<Record<'INSTALLER' | 'DESIGNER' | 'SUPPLIER' | 'CUSTOMER', string>>;
}

const WORDS: Readonly<Record<CertificateLanguage, CertificateWords>> = {
  en: {
    title: 'Certificate of completion', colon: ': ', supplier: 'Supplier', job: 'Job', customer: 'Customer', designer: 'Kitchen designer', installer: 'Installer', supplies: 'Supplies',
    done: 'Work done', reserves: 'Remaining items (reserves)', none: 'None.', who: 'Who acts', by: 'by', status: 'Status',
    AWAITING_SIGNATURE: 'Awaiting the customer\'s signature', SIGNED: 'Signed', DECLINED: 'Declined by the customer', signedBy: 'Signed by', on: 'on', at: 'at',
    onSite: 'on site, with the installer', remotely: 'remotely', reason: 'Reason', parties: { INSTALLER: 'Installer', DESIGNER: 'Designer', SUPPLIER: 'Supplier', CUSTOMER: 'Customer' },
  },
  fr: {
    title: 'Procès-verbal de fin de travaux', colon: ' : ', supplier: 'Fournisseur', job: 'Chantier', customer: 'Client', designer: 'Concepteur de la cuisine', installer: 'Installateur', supplies: 'Fournitures',
    done: 'Travaux réalisés', reserves: 'Réserves (reste à faire)', none: 'Aucune.', who: 'Qui agit', by: 'avant le', status: 'État',
    AWAITING_SIGNATURE: 'En attente de la signature du client', SIGNED: 'Signé', DECLINED: 'Refusé par le client', signedBy: 'Signé par', on: 'le', at: 'à',
    onSite: 'sur place, avec l\'installateur', remotely: 'à distance', reason: 'Motif', parties: { INSTALLER: 'Installateur', DESIGNER: 'Concepteur', SUPPLIER: 'Fournisseur', CUSTOMER: 'Client' },
  },
  nl: {
    title: 'Proces-verbaal van oplevering', colon: ': ', supplier: 'Leverancier', job: 'Project', customer: 'Klant', designer: 'Keukenontwerper', installer: 'Installateur', supplies: 'Materialen',
    done: 'Uitgevoerde werkzaamheden', reserves: 'Openstaande punten (voorbehouden)', none: 'Geen.', who: 'Wie handelt', by: 'uiterlijk op', status: 'Status',
    AWAITING_SIGNATURE: 'Wacht op de handtekening van de klant', SIGNED: 'Ondertekend', DECLINED: 'Geweigerd door de klant', signedBy: 'Ondertekend door', on: 'op', at: 'te',
    onSite: 'ter plaatse, samen met de installateur', remotely: 'op afstand', reason: 'Reden', parties: { INSTALLER: 'Installateur', DESIGNER: 'Ontwerper', SUPPLIER: 'Leverancier', CUSTOMER: 'Klant' },
  },
};

class Writer {
  page: PDFPage;
  y: number;
  constructor(readonly doc: PDFDocument, readonly regular: PDFFont, readonly bold: PDFFont) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  /** Writes wrapped text, opening a new page when the current one is full. */
  line(text: string, options: { size?: number; font?: PDFFont; indent?: number; gap?: number } = {}): void {
    const size = options.size ?? 10.5;
    const font = options.font ?? this.regular;
    const x = MARGIN + (options.indent ?? 0);
    const width = A4[0] - MARGIN - x;
    for (const row of wrap(printable(text), font, size, width)) {
      if (this.y < MARGIN + size) {
        this.page = this.doc.addPage(A4);
        this.y = A4[1] - MARGIN;
      }
      this.page.drawText(row, { x, y: this.y - size, size, font, color: rgb(0.1, 0.1, 0.12) });
      this.y -= size * 1.4;
    }
    this.y -= options.gap ?? 0;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = row ? `${row} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !row) row = next;
    else {
      rows.push(row);
      row = word;
    }
  }
  return rows.length || row ? [...rows, row] : [''];
}

export async function certificatePdf(job: JobView, context: { tenantName: string; language: Language; timeZone: string }): Promise<Uint8Array> {
  const language = certificateLanguage(context.language);
  const words = WORDS[language];
  const doc = await PDFDocument.create();
  doc.setTitle(`${words.title} ${job.reference}`);
  doc.setAuthor(context.tenantName);
  doc.setCreator('SAV');
  const writer = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  const bold = writer.bold;
  const certificate = job.certificate;
  const day = (value: Date | string) => new Intl.DateTimeFormat(DATE_LOCALE[language], { dateStyle: 'long', ...(typeof value === 'string' ? { timeZone: 'UTC' } : { timeZone: context.timeZone }) }).format(typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value);

  writer.line(words.title, { size: 20, font: bold, gap: 4 });
  writer.line(`${context.tenantName} · ${words.job} ${job.reference}`, { gap: 12 });
  const c = words.colon;
  writer.line(`${words.customer}${c}${job.customerName}, ${job.addressLine1}, ${job.postalCode} ${job.city} (${job.country})`);
  writer.line(`${words.designer}${c}${job.designerName}`);
  writer.line(`${words.installer}${c}${job.installerName}`);
  if (job.supplierName) writer.line(`${words.supplier}${c}${job.supplierName}`);
  writer.line(`${words.supplies}${c}${job.supplies.join(', ') || '—'}`, { gap: 12 });

  writer.line(words.done, { size: 13, font: bold, gap: 2 });
  for (const item of certificate?.itemsDone ?? []) writer.line(`• ${item}`, { indent: 8 });
  writer.y -= 10;
  writer.line(words.reserves, { size: 13, font: bold, gap: 2 });
  const reserves = Array.isArray(certificate?.reserves) ? (certificate.reserves as { description: string; party: keyof typeof words.parties; dueOn: string }[]) : [];
  if (reserves.length === 0) writer.line(words.none, { indent: 8 });
  for (const reserve of reserves) writer.line(`• ${reserve.description} — ${words.who}${c}${words.parties[reserve.party] ?? reserve.party}, ${words.by} ${day(reserve.dueOn)}`, { indent: 8 });
  writer.y -= 10;

  writer.line(`${words.status}${c}${words[certificate?.status ?? 'AWAITING_SIGNATURE']}`, { size: 13, font: bold, gap: 4 });
  if (certificate?.status === 'SIGNED' && certificate.signedAt) {
    writer.line(`${words.signedBy} ${certificate.signerName} ${words.on} ${day(certificate.signedAt)} ${words.at} ${certificate.signedPlace} (${certificate.signedRemotely ? words.remotely : words.onSite}).`, { gap: 8 });
    if (certificate.signatureKind === 'DRAWN' && certificate.signature) {
      writer.page.drawSvgPath(certificate.signature, { x: MARGIN, y: writer.y, scale: 0.5, borderColor: rgb(0.05, 0.1, 0.35), borderWidth: 1.5 });
      writer.y -= 90;
    } else if (certificate.signature) {
      writer.line(certificate.signature, { size: 18, font: await doc.embedFont(StandardFonts.HelveticaOblique) });
    }
  }
  if (certificate?.status === 'DECLINED' && certificate.declineReason) writer.line(`${words.reason}${c}${certificate.declineReason}${certificate.declinedAt ? ` (${day(certificate.declinedAt)})` : ''}`);
  return doc.save();
}
