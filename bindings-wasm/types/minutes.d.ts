// The `minutes` module (`regionrad/minutes`): minutes text read into a meeting document, a
// meeting written as clean minutes, and a meeting redacted for publishing.
import type { Council, DocumentInput, Lang, Meeting, Reading } from './common';

export type * from './common';

/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** Minutes text read into a meeting, with what could not be placed and where each value stands. */
export function readMinutes(text: string, council?: DocumentInput<Council> | null, lang?: Lang | null): Reading;
/** A meeting written as clean minutes (bokmål, or English headings). */
export function writeMinutes(meeting: DocumentInput<Meeting>, lang?: Lang | null): string;
/** The meeting with e-mail addresses and phone numbers taken out (offentleglova). */
export function redactMeeting(meeting: DocumentInput<Meeting>): Meeting;
