import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/**
 * Every PGlite SAV opens, with the extensions its migrations use (btree_gist, for the exclusion
 * constraint that makes double-booking a technician impossible).
 */
export function createPglite(dataDir?: string, options: PGliteOptions = {}): Promise<PGlite> {
  return PGlite.create(dataDir, { ...options, extensions: { btree_gist, ...options.extensions } });
}
