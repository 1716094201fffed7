// Test helpers for <sav-completion-certificate> (not part of the bundle).
import { elementUpdated, expect, waitUntil } from '@open-wc/testing';
import type { CertificateJob } from '@sav/client';
import { sendKeys } from '@web/test-runner-commands';
import { fillIn, focused, graphqlData, operationName, part, stubFetch, type FetchStub, type StubbedRequest } from '../../internal/testing.js';

/** A kitchen job of seed 000's kind, awaiting the customer's signature. */
export function awaitingJob(overrides: Partial<CertificateJob> = {}): CertificateJob & { __typename: 'InstallationJob' } {
  return {
    __typename: 'InstallationJob',
    reference: 'JOB-7K2P-Q9XW',
    customerName: 'Claire Dubois',
    addressLine1: '12 rue des Lilas',
    postalCode: '69003',
    city: 'Lyon',
    country: 'FR',
    designerName: 'Cuisines Martin',
    installerName: 'Pose & Co',
    supplierName: 'Meubles Durand',
    supplies: ['Base units', 'Oak worktop'],
    createdAt: '2026-03-02T09:00:00.000Z',
    certificate: {
      itemsDone: ['Units fitted and levelled', 'Worktop cut and sealed'],
      reserves: [
        { description: 'Replace the scratched oven door', party: 'SUPPLIER', dueOn: '2026-03-20' },
        { description: 'Empty the room for the skirting', party: 'CUSTOMER', dueOn: '2026-03-01' },
      ],
      photoUrls: [],
      status: 'AWAITING_SIGNATURE',
      signerName: null,
      signatureKind: null,
      signature: null,
      signedAt: null,
      signedPlace: null,
      signedRemotely: null,
      declineReason: null,
    },
    ...overrides,
  };
}

/** The job once signed with the input a SignCompletionCertificate request sent. */
export function signedJob(input: Record<string, unknown>): CertificateJob & { __typename: 'InstallationJob' } {
  const job = awaitingJob();
  return {
    ...job,
    certificate: {
      ...job.certificate!,
      status: 'SIGNED',
      signerName: String(input.signerName),
      signatureKind: input.signatureKind as 'TYPED' | 'DRAWN',
      signature: String(input.signature),
      signedAt: '2026-03-05T13:30:00.000Z',
      signedPlace: String(input.place),
      signedRemotely: !input.onSite,
    },
  };
}

type Answer = Record<string, unknown> | 'network-error';

/** Stubs the gateway: the job awaiting a signature; signing and declining succeed unless told otherwise; a small PDF. */
export function stubGateway(answers: { load?: () => Answer; sign?: (request: StubbedRequest) => Answer; decline?: (request: StubbedRequest) => Answer } = {}): FetchStub {
  return stubFetch((request) => {
    const name = operationName(request);
    const answer = (value: Answer, field: string) => (value === 'network-error' ? 'network-error' : graphqlData({ [field]: value }));
    if (name === 'CompletionCertificatePdf') return answer({ __typename: 'InstallationJob', reference: 'JOB-7K2P-Q9XW', certificatePdf: btoa('%PDF-1.7 stub') }, 'completionCertificate');
    if (name === 'SignCompletionCertificate') return answer(answers.sign?.(request) ?? signedJob(request.body.variables.input!), 'signCompletionCertificate');
    if (name === 'DeclineCompletionCertificate') {
      const job = awaitingJob();
      const declined = { ...job, certificate: { ...job.certificate!, status: 'DECLINED', declineReason: String(request.body.variables.reason) } };
      return answer(answers.decline?.(request) ?? declined, 'declineCompletionCertificate');
    }
    return answer(answers.load?.() ?? awaitingJob(), 'completionCertificate');
  });
}

/** The requests of one operation. */
export function requestsOf(stub: FetchStub, name: string): StubbedRequest[] {
  return stub.requests.filter((request) => operationName(request) === name);
}

/** Waits until the element's `state` is `state`, and it has rendered. */
export async function atState(element: HTMLElement, state: string, timeout = 5000): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === state, `never reached ${state} (at ${element.getAttribute('state')})`, { timeout });
  await elementUpdated(element);
}

/** Presses Tab until the shadow root's focus is on `target` (at most 60 times). */
export async function tabTo(element: HTMLElement, target: () => Element | null): Promise<void> {
  for (let presses = 0; presses < 60 && focused(element) !== target(); presses += 1) await sendKeys({ press: 'Tab' });
  expect(focused(element), 'Tab never reached the control').to.equal(target());
}

/** The text of a part, white space made plain. */
export function textOf(element: HTMLElement, name: string): string {
  return (part(element, name)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** The message under a field (`signer-name`, `place`, `typed-signature`, `pad`, `agreed`, `reason`). */
export function errorOf(element: HTMLElement, id: string): string {
  return (element.shadowRoot!.getElementById(`${id}-error`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Fills the signing form as a person would (each field's input, the checkbox's click); leaves out what is undefined. */
export async function fillSigning(element: HTMLElement, values: { name?: string; place?: string; typed?: string; agree?: boolean }): Promise<void> {
  const root = element.shadowRoot!;
  if (values.name !== undefined) fillIn(root.querySelector<HTMLInputElement>('#signer-name')!, values.name);
  if (values.place !== undefined) fillIn(root.querySelector<HTMLInputElement>('#place')!, values.place);
  await elementUpdated(element);
  if (values.typed !== undefined) fillIn(root.querySelector<HTMLInputElement>('#typed-signature')!, values.typed);
  if (values.agree) root.querySelector<HTMLInputElement>('#agreed')!.click();
  await elementUpdated(element);
}

/** Draws a stroke on the pad with pointer events (pen, touch or mouse), from one point to another in the canvas's own pixels. */
export async function drawStroke(element: HTMLElement, points: readonly [number, number][], pointerType = 'pen'): Promise<void> {
  const canvas = part(element, 'pad') as HTMLCanvasElement;
  const box = canvas.getBoundingClientRect();
  const at = (type: string, [x, y]: [number, number]) =>
    canvas.dispatchEvent(
      new PointerEvent(type, { pointerId: 7, pointerType, isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: box.left + x, clientY: box.top + y, bubbles: true, composed: true, cancelable: true }),
    );
  at('pointerdown', points[0]!);
  for (const point of points.slice(1)) at('pointermove', point);
  at('pointerup', points.at(-1)!);
  await elementUpdated(element);
}
