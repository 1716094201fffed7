// The appearance (appearance.ts, appearance.theme.ts): the `appearance` property and the `theme`
// attribute on a real component, the warranty check (the others share the same code).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../index.js';
import type { SavWarrantyCheck } from '../components/warranty-check/warranty-check.js';
import type { SavAppearance } from './appearance.js';
import { attach, DARK, readAppearance, TOKENS } from './appearance.theme.js';
import { part, parts, plain, setUpEachTest, stubFetch, submitButton } from './testing.js';

/** Once the appearance's code serves the element and its update is done. */
async function applied<T extends HTMLElement & { updateComplete: Promise<boolean> }>(element: T): Promise<T> {
  await attach(element as unknown as Parameters<typeof attach>[0]);
  await element.updateComplete;
  return element;
}

const computed = (element: Element) => getComputedStyle(element);
const base = (element: HTMLElement) => part(element, 'base')!;

/** `#rrggbb` as computed styles write it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** WCAG's contrast ratio of two `#rrggbb` colours. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

async function warrantyCheck(appearance?: unknown, theme?: string): Promise<SavWarrantyCheck> {
  const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo" theme=${theme ?? ''}></sav-warranty-check>`);
  if (appearance !== undefined) element.appearance = appearance as SavAppearance;
  return element;
}

describe('appearance', () => {
  setUpEachTest();
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('sets each variable as its --sav-* token on the element, and the rendered elements use it', async () => {
    const element = await applied(
      await warrantyCheck({ variables: { colorPrimary: '#c2410c', colorOnPrimary: '#ffffff', borderRadius: '0px', fontFamily: 'Georgia, serif', spacingUnit: '0.5rem' } }),
    );
    expect(element.style.getPropertyValue('--sav-color-primary')).to.equal('#c2410c');
    expect(element.style.getPropertyValue('--sav-radius')).to.equal('0px');
    const button = submitButton(element);
    expect(computed(button).backgroundColor).to.equal('rgb(194, 65, 12)');
    expect(computed(button).borderTopLeftRadius).to.equal('0px');
    expect(computed(button).fontFamily).to.equal('Georgia, serif');
    expect(computed(base(element)).rowGap).to.equal('8px');
    expect(parts(element, 'warning')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('applies the dark palette with theme: "dark", accessible, with AA contrast', async () => {
    const element = await applied(await warrantyCheck({ theme: 'dark' }));
    expect(computed(base(element)).backgroundColor).to.equal(rgb(DARK.colorSurface!));
    expect(computed(base(element)).color).to.equal(rgb(DARK.colorText!));
    expect(computed(submitButton(element)).backgroundColor).to.equal(rgb(DARK.colorPrimary!));
    expect(computed(element).colorScheme).to.equal('dark');
    // Nothing set inline: the page's CSS may still override the theme's tokens.
    expect(element.getAttribute('style') ?? '').to.equal('');
    await expect(element).to.be.accessible();
    for (const name of ['colorText', 'colorMuted', 'colorPrimary', 'colorSuccess', 'colorWarning', 'colorDanger'] as const) {
      expect(contrast(DARK[name]!, DARK.colorSurface!), name).to.be.at.least(4.5);
    }
    expect(contrast(DARK.colorOnPrimary!, DARK.colorPrimary!)).to.be.at.least(4.5);
    expect(contrast(DARK.colorBorder!, DARK.colorSurface!)).to.be.at.least(3);
  });

  it('takes the theme attribute without script, and appearance.theme over it', async () => {
    const element = await applied(await warrantyCheck(undefined, 'dark'));
    expect(computed(base(element)).backgroundColor).to.equal(rgb(DARK.colorSurface!));
    element.appearance = { theme: 'light' };
    await element.updateComplete;
    expect(computed(base(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
    element.appearance = undefined;
    element.setAttribute('theme', 'light');
    await element.updateComplete;
    expect(computed(base(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('follows the system with theme: "auto", live', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const element = await applied(await warrantyCheck({ theme: 'auto' }));
    expect(computed(base(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(computed(base(element)).backgroundColor).to.equal(rgb(DARK.colorSurface!));
    expect(computed(base(element)).color).to.equal(rgb(DARK.colorText!));
    await expect(element).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    expect(computed(base(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('lets variables win over the theme, and the page’s CSS win over the theme only', async () => {
    const style = document.createElement('style');
    style.textContent = 'sav-warranty-check.branded { --sav-color-primary: #7c3aed; --sav-color-surface: #1e1b4b; }';
    document.head.append(style);
    try {
      const element = await applied(await warrantyCheck({ theme: 'dark', variables: { colorPrimary: '#ffd33d', colorOnPrimary: '#000000' } }));
      element.classList.add('branded');
      expect(computed(submitButton(element)).backgroundColor).to.equal('rgb(255, 211, 61)');
      expect(computed(base(element)).backgroundColor).to.equal('rgb(30, 27, 75)');
      expect(computed(base(element)).color).to.equal(rgb(DARK.colorText!));
    } finally {
      style.remove();
    }
  });

  it('ignores and reports an unknown theme, an unknown variable and a value that is not a string, and applies the rest', async () => {
    const element = await applied(
      await warrantyCheck({ theme: 'sepia', variables: { colorPrimary: '#c2410c', colour: 'red', borderRadius: 4 }, palette: {} }),
    );
    const warnings = parts(element, 'warning').map((warning) => plain(warning.textContent));
    expect(warnings).to.have.length(4);
    expect(warnings.join(' ')).to.contain('The theme "sepia" is not light, dark or auto');
    expect(warnings.join(' ')).to.contain('The appearance setting "colour" is unknown');
    expect(warnings.join(' ')).to.contain('The appearance setting "palette" is unknown');
    expect(warnings.join(' ')).to.contain('The appearance variable "borderRadius" should be a string');
    for (const warning of parts(element, 'warning')) expect(warning.getAttribute('role')).to.equal('alert');
    // The rest applies: the primary colour; the light theme and the default radius stay.
    expect(computed(submitButton(element)).backgroundColor).to.equal('rgb(194, 65, 12)');
    expect(computed(submitButton(element)).borderTopLeftRadius).to.equal('6px');
    expect(computed(base(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(element.style.getPropertyValue('--sav-radius')).to.equal('');
    await expect(element).to.be.accessible();

    // An alert is added again only when what it says changes.
    const first = parts(element, 'warning')[0];
    element.requestUpdate();
    await element.updateComplete;
    expect(parts(element, 'warning')[0]).to.equal(first);

    // Put right, the warnings go.
    element.appearance = { theme: 'dark', variables: { colorPrimary: '#c2410c', borderRadius: '4px' } };
    await element.updateComplete;
    expect(parts(element, 'warning')).to.have.length(0);
    expect(computed(submitButton(element)).borderTopLeftRadius).to.equal('4px');
  });

  it('reports a wrong theme attribute, and an appearance that is not an object', async () => {
    const element = await applied(await warrantyCheck('dark', 'blue'));
    const warnings = parts(element, 'warning').map((warning) => plain(warning.textContent));
    expect(warnings).to.have.length(2);
    expect(warnings.join(' ')).to.contain('The theme "blue" is not light, dark or auto');
    expect(warnings.join(' ')).to.contain('The appearance setting "dark" should be an object');
  });

  it('reports in the component’s language', async () => {
    const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check lang="fr" publishable-key="pk_demo" theme="sombre"></sav-warranty-check>`);
    await applied(element);
    expect(plain(part(element, 'warning')!.textContent)).to.contain('Le thème « sombre » n’est ni light, ni dark, ni auto');
  });

  it('restores the defaults (and a token the page had set inline) when the appearance is removed', async () => {
    const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo" style="--sav-radius: 12px"></sav-warranty-check>`);
    element.appearance = { theme: 'dark', variables: { colorPrimary: '#c2410c', borderRadius: '0px', colour: 'red' } as SavAppearance['variables'] };
    await applied(element);
    expect(computed(submitButton(element)).borderTopLeftRadius).to.equal('0px');
    expect(part(element, 'warning')).not.to.equal(null);
    element.appearance = undefined;
    await element.updateComplete;
    expect(element.style.getPropertyValue('--sav-color-primary')).to.equal('');
    expect(element.style.getPropertyValue('--sav-radius').trim()).to.equal('12px');
    expect(computed(submitButton(element)).backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(computed(submitButton(element)).borderTopLeftRadius).to.equal('12px');
    expect(computed(base(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(element.shadowRoot!.querySelector(':scope > style:not([data-lit])')?.textContent ?? '').to.equal('');
    expect(parts(element, 'warning')).to.have.length(0);
  });

  it('works on every component', async () => {
    stubFetch(() => new Promise<Response>(() => {}));
    for (const tag of ['sav-warranty-check', 'sav-booking', 'sav-ticket-tracker', 'sav-reintervention-terms', 'sav-completion-certificate']) {
      const element = document.createElement(tag) as SavWarrantyCheck;
      element.setAttribute('publishable-key', 'pk_demo');
      element.setAttribute('theme', 'dark');
      element.appearance = { variables: { colorPrimary: '#c2410c' } };
      document.body.append(element);
      try {
        await applied(element);
        expect(element.style.getPropertyValue('--sav-color-primary'), tag).to.equal('#c2410c');
        expect(computed(element).getPropertyValue('--sav-color-surface').trim(), tag).to.equal(DARK.colorSurface);
      } finally {
        element.remove();
      }
    }
  });

  describe('readAppearance', () => {
    it('maps every variable to its token, and never throws', () => {
      const variables = Object.fromEntries(Object.keys(TOKENS).map((name) => [name, ` value-${name} `]));
      const { tokens, problems, css } = readAppearance({ variables }, null);
      expect(problems).to.deep.equal([]);
      expect(css).to.equal('');
      expect([...tokens.keys()].sort()).to.deep.equal(Object.values(TOKENS).sort());
      expect(tokens.get('--sav-color-primary')).to.equal('value-colorPrimary');
      for (const wrong of [null, undefined, 42, 'dark', [], { variables: [] }, { variables: null }, { theme: 7 }, { theme: { toString: null } }]) {
        expect(() => readAppearance(wrong, undefined)).not.to.throw();
      }
      expect(readAppearance({ theme: ' DARK ' }, 'auto').css).to.contain(':host{--sav-color-text:');
      expect(readAppearance({}, 'auto').css).to.match(/^@media \(prefers-color-scheme:dark\)/);
      expect(readAppearance({ variables: { colorText: '' } }, undefined).tokens.size).to.equal(0);
      expect(readAppearance({ variables: { __proto__: 'x', toString: 'y' } }, undefined).problems.map(([key]) => key)).to.deep.equal(['appearance.unknown']);
    });
  });
});
