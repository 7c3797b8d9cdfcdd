// The `opendata` module (`regionrad/opendata`): a council and its meetings as a published
// open-data standard (Popolo).
import type { CoreErrorCode, Council, DocumentInput, Meeting } from './common.js';

export type * from './common.js';

/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** The `code` of every `RegionradError` the library itself gives (not `internal`, a defect of the binding). */
export function errorCodes(): CoreErrorCode[];
/** A Popolo object: its `id`, Popolo's properties, and regionrad's own flagged `+`. */
export interface PopoloObject {
  id: string;
  [property: string]: unknown;
}
/** A Popolo export: each kind of object in a list of its own. */
export interface Popolo {
  organizations: PopoloObject[];
  persons: PopoloObject[];
  memberships: PopoloObject[];
  events: PopoloObject[];
  motions: PopoloObject[];
  vote_events: PopoloObject[];
}
/** The council and its meetings as Popolo (popoloproject.com). */
export function exportPopolo(council: DocumentInput<Council>, meetings: DocumentInput<Meeting>[]): Popolo;
