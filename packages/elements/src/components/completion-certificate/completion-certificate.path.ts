// What the certificate's checks need of a drawn signature, apart from the pad (fetched with the job's view).

/** The gateway's limit for a drawn signature, in characters. */
export const MAX_DRAWING_LENGTH = 100_000;
/** The gateway's alphabet for a drawn signature: SVG path commands, numbers, spaces and commas. */
const PATH_DATA = /^[MLHVCSQTAZmlhvcsqtaz0-9 ,.\-e]+$/;

/** Whether text is path data the gateway takes as a drawn signature (starting with a move, 10 to 100000 characters). */
export function isSignaturePath(text: string): boolean {
  const path = text.trim();
  return path.length >= 10 && path.length <= MAX_DRAWING_LENGTH && PATH_DATA.test(path) && /^[Mm]/.test(path);
}
