import { define } from '../../internal/define.js';
import { SavQualityReport } from './quality-report.component.js';

export * from './quality-report.component.js';
export * from '../../events/sav-report-loaded.js';

define('sav-quality-report', SavQualityReport);

declare global {
  interface HTMLElementTagNameMap {
    'sav-quality-report': SavQualityReport;
  }
}
