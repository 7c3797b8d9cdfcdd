// The regionrad API as node and bundlers see it. Every document type comes from the JSON
// Schema generated from the Rust types (./documents.d.ts); nothing here is `any`.
import type {
  Apportioned,
  Apportionment,
  Budget,
  Comparison,
  CostKey,
  Council,
  ItemPresence,
  Meeting,
  PopulationTable,
  Reading,
  Recovery,
  Register,
  Report,
} from './documents';

export type * from './documents';

/** The language of messages: Norwegian bokmål (the default) or English. */
export type Lang = 'nb' | 'en';

/** A document as a plain object or as JSON text; both are decoded equally strictly. */
export type DocumentInput<T> = T | string;

/** The `code` of every `RegionradError`: misuse of the API, never a problem in a document. */
export type ErrorCode = 'invalid_argument' | 'invalid_case_number' | 'invalid_input' | 'internal';

/** Why a text is not a case number. */
export type CaseNumberErrorKind =
  | 'empty'
  | 'too_long'
  | 'missing_number'
  | 'missing_slash'
  | 'missing_sequence'
  | 'missing_year'
  | 'bad_year'
  | 'zero_sequence'
  | 'sequence_too_large'
  | 'bad_sub_item'
  | 'too_many_prefixes'
  | 'unexpected_character';

/** What every function throws on misuse. */
export interface RegionradError extends Error {
  name: 'RegionradError';
  code: ErrorCode;
  /** With `code: 'invalid_case_number'`: why. */
  kind?: CaseNumberErrorKind;
  /** With `code: 'invalid_case_number'`: the 0-based character where the text stops being one. */
  position?: number;
}

/** The parts of a case number and its canonical form. */
export interface CaseNumberParts {
  body: string | null;
  series: 'PS' | 'RS' | 'DS' | 'FO' | null;
  sequence: number;
  suffix: string | null;
  /** The full year, when written with four digits or resolved against a meeting date. */
  year: number | null;
  two_digit_year: number | null;
  sub_item: number | null;
  canonical: string;
}

/** What one municipality was invoiced, for fitting a key. */
export interface Invoiced {
  municipality: string;
  amount_ore: number;
  population: number;
}

/** An apportionment to compare, with its label. */
export interface Scenario {
  label: string;
  apportionment: Apportionment;
}

/** Checks a council and meetings of its bodies as of `today` (YYYY-MM-DD). */
export function validate(
  council: DocumentInput<Council>,
  meetings: DocumentInput<Meeting>[],
  today: string,
  lang?: Lang | null,
): Report;
/** The findings about one field of a meeting and what lies under it, for as-you-type checks. */
export function validateField(
  council: DocumentInput<Council>,
  meeting: DocumentInput<Meeting>,
  path: (string | number)[],
  today: string,
  lang?: Lang | null,
): Report;
/**
 * A council decoded and checked once, for validating many meetings against it (a form that
 * validates on every keystroke). Its `validate`, `validateField` and `quorumStatus` give
 * exactly what the functions of those names give with the same council. `free()` releases it at once;
 * otherwise the garbage collector does.
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
  free(): void;
}
/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** The parts of a case number, a two-digit year resolved against `meetingDate`. */
export function parseCaseNumber(text: string, meetingDate?: string | null): CaseNumberParts;
/** A budget split by the council's key, or by `key` given for the run. */
export function contributions(
  council: DocumentInput<Council>,
  budget: DocumentInput<Budget>,
  population: DocumentInput<PopulationTable>,
  key?: DocumentInput<CostKey> | null,
  lang?: Lang | null,
): Apportioned;
/** A two-part key's equal share fitted to invoiced amounts. */
export function recoverEqualShare(invoiced: Invoiced[] | string): Recovery;
/** SSB population figures from JSON-stat 2.0 or CSV. */
export function parsePopulation(text: string, format: 'json-stat' | 'csv'): PopulationTable;
/** Apportionments side by side. */
export function compareScenarios(scenarios: Scenario[] | string): Comparison;
/** Minutes text read into a meeting, with what could not be placed and where each value stands. */
export function readMinutes(text: string, council?: DocumentInput<Council> | null, lang?: Lang | null): Reading;
/** A meeting written as clean minutes (bokmål, or English headings). */
export function writeMinutes(meeting: DocumentInput<Meeting>, lang?: Lang | null): string;
/** The meeting with e-mail addresses and phone numbers taken out (offentleglova). */
export function redactMeeting(meeting: DocumentInput<Meeting>): Meeting;
/** Who counted for each agenda item of a meeting. */
export function quorumStatus(council: DocumentInput<Council>, meeting: DocumentInput<Meeting>): ItemPresence[];
/** The open follow-ups as of `asOf` (YYYY-MM-DD). */
export function register(council: DocumentInput<Council>, meetings: DocumentInput<Meeting>[], asOf: string): Register;
/** The bundled council: Interkommunalt politisk råd Trøndelag sørvest – Lakseregionen. */
export function bundledCouncil(): Council;
/** The bundled population table of its municipalities (SSB 07459, 2021–2024). */
export function bundledPopulation(): PopulationTable;
/** Øre as kroner the Norwegian way: `kr 1 234 567,89`. */
export function formatKroner(ore: number): string;
