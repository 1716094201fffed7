/**
 * `<sav-completion-certificate>`'s English strings for a job and its certificate (reserves,
 * photos, PDF): a chunk of its own, fetched with the code that shows them (the component's lazy
 * part), not with the component. The rest of English, what the first render shows, is in
 * ../i18n.certificate.ts; the other languages' chunks hold both.
 */
const en = {
  'job.title': 'The installation',
  'job.customer': 'Customer',
  'job.address': 'Address',
  'job.designer': 'Kitchen designer',
  'job.installer': 'Installer',
  'job.supplier': 'Supplier',
  'job.supplies': 'Supplies',
  'reserves.title': 'Remaining items',
  'reserves.none': 'Nothing remains to be done.',
  'reserves.what': 'What',
  'reserves.who': 'Who must act',
  'reserves.when': 'By when',
  'party.INSTALLER': 'The installer',
  'party.DESIGNER': 'The kitchen designer',
  'party.SUPPLIER': 'The supplier',
  'party.CUSTOMER': 'You, the customer',
  'photos.title': 'Photos',
  'photos.alt': 'Photo {index} of {count} of the installation',
  'pdf.download': 'Download the PDF',
  'pdf.hint': 'The certificate as a PDF file, to keep.',
  'pdf.loading': 'Preparing the PDF…',
  'pdf.failed': 'The PDF could not be prepared.',
} as const;

export default en;
