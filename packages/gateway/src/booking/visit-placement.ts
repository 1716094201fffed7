import { isExclusionViolation, isWriteConflict } from '../db/database-errors.js';

/** Tries of one technician when PostgreSQL aborts a write for a deadlock with a simultaneous one. */
const MAX_ATTEMPTS = 5;

/**
 * Writes a visit with the first technician still free: `write` inserts it (the exclusion
 * constraint refuses a technician booked a moment ago by another request, and the next one is
 * tried); a deadlock between simultaneous writes is run again. `whenTaken`, called after a refusal,
 * may answer instead (the same idempotency key won elsewhere). Null when nobody is left.
 */
export async function placeWithFreeTechnician<T>(
  technicianIds: readonly string[],
  write: (technicianId: string) => Promise<T>,
  whenTaken: () => Promise<T | null> = async () => null,
): Promise<T | null> {
  for (const technicianId of technicianIds) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await write(technicianId);
      } catch (error) {
        if (isWriteConflict(error) && attempt < MAX_ATTEMPTS) continue;
        if (!isExclusionViolation(error)) throw error;
        const answer = await whenTaken();
        if (answer !== null) return answer;
        break;
      }
    }
  }
  return null;
}
