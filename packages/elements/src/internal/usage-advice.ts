import type { UsageTip } from '@sav/client';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { SupportedLanguage } from './language.js';

/**
 * Usage advice (issue 10, seed 004): a few tips in plain words, against what fails most on the
 * customer's model, shown by the warranty check's result and the tracker's ticket (each in its own
 * lazy part; the words of the heading come from each component's catalogue). Nothing when the
 * gateway sent none.
 */
export function renderUsageAdvice(tips: readonly UsageTip[], heading: { title: string; intro: string }, language: SupportedLanguage): TemplateResult | typeof nothing {
  if (tips.length === 0) return nothing;
  return html`<section part="usage-advice" class="usage-advice" aria-labelledby="usage-advice-heading">
    <h3 id="usage-advice-heading" part="section-heading usage-advice-heading">${heading.title}</h3>
    <p part="usage-advice-intro" class="usage-advice-intro">${heading.intro}</p>
    <ul part="usage-tips" class="usage-tips">
      ${tips.map(
        (tip) => html`<li part="usage-tip" class="usage-tip" data-cause=${tip.cause} data-reason=${tip.reason}>
          <span part="usage-tip-text" lang=${tip.language === language ? nothing : tip.language}>${tip.text}</span>
          <span part="usage-tip-why" class="usage-tip-why">${tip.why}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** Adopted with the part that shows the advice. */
export const usageAdviceStyles = css`
  .usage-advice {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }

  .usage-advice-intro {
    margin: 0;
  }

  .usage-tips {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .usage-tip-why {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
