/**
 * The demo back office's endpoint (examples/back-office/): what a distributor's own server does for
 * `<sav-quality-report>`, played by the gateway for the seeded demo tenant. A secret key never goes
 * in a web page, so the component posts its GraphQL request to its back office's server, behind
 * that back office's login, which forwards it to SAV with `Authorization: Bearer sk_…`. Here the
 * gateway takes the request on `POST /demo/back-office/graphql` and serves it as its own GraphQL
 * with the demo secret key (sk_demo), restricted to the quality report (`query:qualityReport`), as
 * a real back office would forward only what its pages need.
 *
 * Never in production: there the path is not served (404), and the demo keys are refused anyway
 * (tenancy/authenticate.ts). Outside production there is no login in front of it: the demo
 * tenant's data is public, like its keys.
 */
import type { IncomingMessage } from 'node:http';
import type { AuthenticatedTenant } from '../tenancy/authenticate.js';

/** Where the demo back office's page (examples/back-office/) sends its requests. */
export const DEMO_BACK_OFFICE_PATH = '/demo/back-office/graphql';

/** The key the demo back office's server adds: the demo tenant's secret key (public, refused in production). */
const DEMO_SECRET_KEY = 'sk_demo';

/** What the demo back office forwards: the quality report, nothing else (a restricted key's scopes, tenancy/key-scopes.ts). */
export const DEMO_BACK_OFFICE_SCOPES: readonly string[] = ['query:qualityReport'];

/** Whether a request is for the demo back office's endpoint: only outside production. */
export function isDemoBackOffice(pathname: string, production: boolean): boolean {
  return !production && pathname === DEMO_BACK_OFFICE_PATH;
}

/**
 * Makes the request the one the demo back office's server would send to SAV: with the demo secret
 * key, whatever Authorization the page sent (a page sends none).
 */
export function asDemoBackOffice(request: IncomingMessage): void {
  request.headers.authorization = `Bearer ${DEMO_SECRET_KEY}`;
}

/** The demo tenant as the demo back office reaches it: its secret key, restricted to the quality report. */
export function restrictedToQualityReport(tenant: AuthenticatedTenant): AuthenticatedTenant {
  return { ...tenant, keyScopes: DEMO_BACK_OFFICE_SCOPES };
}
