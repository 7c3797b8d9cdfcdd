// The `register` module (`regionrad/register`): the open follow-ups across a council's
// meetings (restanseliste).
import type { Council, DocumentInput, Meeting, Register } from './common';

export type * from './common';

/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** The open follow-ups as of `asOf` (YYYY-MM-DD), grouped by who follows up and by body, overdue first. */
export function register(council: DocumentInput<Council>, meetings: DocumentInput<Meeting>[], asOf: string): Register;
