import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';

/** Back-office operations need a secret key (sk_…): a publishable key lives in browsers. */
export function requireSecretKey(context: GatewayContext): void {
  if (context.tenant.keyKind !== 'SECRET') {
    throw new GraphQLError('This operation is for the service desk: call it from a server with a secret key (sk_…).', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
}
