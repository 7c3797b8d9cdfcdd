// The `register` module (`regionrad/register`): the open follow-ups across a council's
// meetings (restanseliste).
import type { CoreErrorCode, Council, DocumentInput, Meeting, Register } from './common.js';

export type * from './common.js';

/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** The `code` of every `RegionradError` the library itself gives (not `internal`, a defect of the binding). */
export function errorCodes(): CoreErrorCode[];
/** The open follow-ups as of `asOf` (YYYY-MM-DD), grouped by who follows up and by body, overdue first. */
export function register(council: DocumentInput<Council>, meetings: DocumentInput<Meeting>[], asOf: string): Register;
