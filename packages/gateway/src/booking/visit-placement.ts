import { isExclusionViolation, isWriteConflict } from '../db/database-errors.js';

/** Tries of one technician when PostgreSQL aborts a write for a deadlock with a simultaneous one. */
const MAX_ATTEMPTS = 5;

/**
 * Writes a visit with the first technician still free: `write` inserts it (the exclusion
 * constraint refuses a technician booked a moment ago by another request, and the next one is
 * tried); a deadlock between simultaneous writes is run again. `whenTaken`, called after a refusal,
 * may answer instead (the same idempotency key won elsewhere). Null when nobody is left. The places
 * may be technicians (refused by the exclusion constraint) or a workshop slot's seats (refused by
 * a unique index: pass `isTaken`).
 */
export async function placeWithFreeTechnician<T, Place = string>(
  places: readonly Place[],
  write: (place: Place) => Promise<T>,
  whenTaken: () => Promise<T | null> = async () => null,
  isTaken: (error: unknown) => boolean = isExclusionViolation,
): Promise<T | null> {
  for (const technicianId of places) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await write(technicianId);
      } catch (error) {
        if (isWriteConflict(error) && attempt < MAX_ATTEMPTS) continue;
        if (!isTaken(error)) throw error;
        const answer = await whenTaken();
        if (answer !== null) return answer;
        break;
      }
    }
  }
  return null;
}
