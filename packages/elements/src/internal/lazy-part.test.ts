import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { catalog, textFrom } from './i18n.js';
import { completeWithParts, LazyPart } from './lazy-part.js';

/** A part that arrives when `arrive` is called (or fails with `fail`), counting its fetches. */
function deferredPart() {
  const fetches: Array<{ arrive: (module: { words: string }) => void; fail: (error: Error) => void }> = [];
  const load = () => new Promise<{ words: string }>((arrive, fail) => fetches.push({ arrive, fail }));
  return { fetches, load };
}

let tagCount = 0;
function defineHost(load: () => Promise<{ words: string }>, needsPart: () => boolean, strings = catalog<string>({}, {})) {
  class Host extends LitElement {
    readonly lazy = new LazyPart(this, load, [strings]);
    protected override scheduleUpdate(): void | Promise<unknown> {
      const wait = this.lazy.hold(needsPart());
      return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    }
    protected override getUpdateComplete(): Promise<boolean> {
      return completeWithParts(() => super.getUpdateComplete(), [this.lazy]);
    }
    protected override render() {
      if (!needsPart()) return html`<p>first</p>`;
      return html`<p>${this.lazy.module ? `${this.lazy.module.words} ${textFrom([strings], 'en', 'later.key')}` : 'pending'}</p>`;
    }
  }
  const tag = `sav-lazy-part-host-${(tagCount += 1)}`;
  customElements.define(tag, Host);
  return tag;
}

const text = (element: Element) => element.shadowRoot!.querySelector('p')!.textContent;

describe('LazyPart', () => {
  it('fetches the part, with its English, once the first render is done, without holding it', async () => {
    const { fetches, load } = deferredPart();
    const strings = catalog<string>({ 'first.key': 'First' }, {}, async () => ({ default: { 'later.key': 'Later' } }));
    let needed = false;
    const tag = defineHost(load, () => needed, strings);
    const element = await fixture(`<${tag}></${tag}>`);
    expect(text(element)).to.equal('first');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetches).to.have.length(1);
    fetches[0]!.arrive({ words: 'part' });
    needed = true;
    (element as LitElement).requestUpdate();
    await (element as LitElement).updateComplete;
    expect(text(element)).to.equal('part Later');
  });

  it('holds the first render when it needs the part, and updateComplete waits for the part a later render needs', async () => {
    const { fetches, load } = deferredPart();
    const tag = defineHost(load, () => true);
    const element = document.createElement(tag) as LitElement;
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(element.hasUpdated).to.equal(false);
    fetches[0]!.arrive({ words: 'part' });
    await element.updateComplete;
    expect(text(element)).to.equal('part later.key');
    element.remove();
  });

  it('shows the pending state while a later render waits, and tries a failed fetch again', async () => {
    const { fetches, load } = deferredPart();
    let needed = false;
    const tag = defineHost(load, () => needed);
    const element = (await fixture(`<${tag}></${tag}>`)) as LitElement;
    await new Promise((resolve) => setTimeout(resolve, 10));
    fetches[0]!.fail(new Error('offline'));
    await element.updateComplete;
    needed = true;
    element.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(text(element)).to.equal('pending');
    expect(fetches).to.have.length(2);
    const done = element.updateComplete;
    fetches[1]!.arrive({ words: 'part' });
    await done;
    expect(text(element)).to.equal('part later.key');
  });
});
