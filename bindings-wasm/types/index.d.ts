// The `forms` module, the package's main entry (`regionrad`), as node and bundlers see it: a
// meeting checked against its council as a form is filled in, case numbers parsed and
// proposed, who counted for each item, and the meeting redacted for publishing. The other
// modules: `regionrad/minutes`,
// `regionrad/cost`, `regionrad/register`, and the data in `regionrad/bundled`.
import type { CaseNumberParts, CoreErrorCode, Council, DocumentInput, ItemPresence, Lang, Meeting, Redaction, Report } from './common.js';

export type * from './common.js';

/** Checks a council and meetings of its bodies as of `today` (YYYY-MM-DD). */
export function validate(
  council: DocumentInput<Council>,
  meetings: DocumentInput<Meeting>[],
  today: string,
  lang?: Lang | null,
): Report;
/**
 * The findings about one field of a meeting and what lies under it, for as-you-type checks.
 * `path` leads from the meeting's root to the field, as findings' own `path` does: field
 * names and list indices, e.g. `['agenda', 2, 'number']` for the third item's case number,
 * `['attendance']` for the whole list; `[]` is the whole meeting.
 */
export function validateField(
  council: DocumentInput<Council>,
  meeting: DocumentInput<Meeting>,
  path: (string | number)[],
  today: string,
  lang?: Lang | null,
): Report;
/**
 * A council decoded and checked once, for validating many meetings against it (a form that
 * validates on every keystroke). Its `validate`, `validateField`, `quorumStatus` and
 * `nextCaseNumber` give exactly what the functions of those names give with the same
 * council. `free()` releases it at once; otherwise the garbage collector does.
 */
export class PreparedCouncil {
  constructor(council: DocumentInput<Council>);
  /** As `validate(council, meetings, today, lang)`. */
  validate(meetings: DocumentInput<Meeting>[], today: string, lang?: Lang | null): Report;
  /** As `validateField(council, meeting, path, today, lang)`. */
  validateField(
    meeting: DocumentInput<Meeting>,
    path: (string | number)[],
    today: string,
    lang?: Lang | null,
  ): Report;
  /** As `quorumStatus(council, meeting)`. */
  quorumStatus(meeting: DocumentInput<Meeting>): ItemPresence[];
  /** As `nextCaseNumber(council, meetings, body, date)`. */
  nextCaseNumber(meetings: DocumentInput<Meeting>[], body: string, date: string): CaseNumberParts;
  free(): void;
}
/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** The `code` of every `RegionradError` the library itself gives (not `internal`, a defect of the binding). */
export function errorCodes(): CoreErrorCode[];
/**
 * The meeting made fit to publish (offentleglova): e-mail addresses, phone numbers and
 * fødselsnummer out of every text, and the texts, decision words and personal names of items
 * closed to the public withheld; with what was withheld where (`start`/`end` in characters of
 * the field's text before redaction) and how many of each.
 */
export function redactMeeting(meeting: DocumentInput<Meeting>): Redaction;
/** The parts of a case number, a two-digit year resolved against `meetingDate`. */
export function parseCaseNumber(text: string, meetingDate?: string | null): CaseNumberParts;
/**
 * The next free case number of the council's body `body` (its id) for a meeting on `date`
 * (YYYY-MM-DD), given the body's meetings so far. Throws `invalid_argument` for a body the
 * council does not have.
 */
export function nextCaseNumber(
  council: DocumentInput<Council>,
  meetings: DocumentInput<Meeting>[],
  body: string,
  date: string,
): CaseNumberParts;
/** Who counted for each agenda item of a meeting. */
export function quorumStatus(council: DocumentInput<Council>, meeting: DocumentInput<Meeting>): ItemPresence[];
