import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Tells the bench which port the server took: one line, `listening <port>`. */
export function announce(server: Server): void {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
}
