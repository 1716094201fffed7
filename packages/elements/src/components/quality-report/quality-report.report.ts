// The report's view (its figures, charts, tables and CSV export): fetched once the loading line is
// shown (LazyPart), not with the component; a loaded report waits for it.
import { reportStyles } from './quality-report.report.styles.js';

export { renderPeriodForm, renderReport } from './quality-report.view.js';
export { reportTables } from './quality-report.tables.js';
export { tablesToCsv } from './quality-report.csv.js';

/** Adopted into the component's shadow root when the part arrives. */
export const partStyles = [reportStyles];
