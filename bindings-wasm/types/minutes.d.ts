// The `minutes` module (`regionrad/minutes`): minutes text read into a meeting document, and
// a meeting written as clean minutes.
import type { CoreErrorCode, Council, DocumentInput, Lang, Meeting, Reading } from './common.js';

export type * from './common.js';

/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** The `code` of every `RegionradError` the library itself gives (not `internal`, a defect of the binding). */
export function errorCodes(): CoreErrorCode[];
/** Minutes text read into a meeting, with what could not be placed and where each value stands. */
export function readMinutes(text: string, council?: DocumentInput<Council> | null, lang?: Lang | null): Reading;
/**
 * A meeting written as clean minutes (bokmål, or English headings) that `readMinutes` reads
 * back as the same meeting with the same `council`. Throws `invalid_input`, naming the field,
 * for what cannot be written so (a line break in a title, place or name).
 */
export function writeMinutes(
  meeting: DocumentInput<Meeting>,
  lang?: Lang | null,
  council?: DocumentInput<Council> | null,
): string;
