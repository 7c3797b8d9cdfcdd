// What every module of the regionrad package shares: the document types (generated from the
// JSON Schema, ./documents.d.ts), the language, the error every function throws on misuse,
// and the small shapes the functions take and give. Nothing here is `any`.
import type { Apportionment, Finding } from './documents.js';

export type * from './documents.js';

/** The language of messages: Norwegian bokmål (the default) or nynorsk, or English. */
export type Lang = 'nb' | 'nn' | 'en';

/** A document as a plain object or as JSON text; both are decoded equally strictly. */
export type DocumentInput<T> = T | string;

/** The `code` of every `RegionradError`: misuse of the API, never a problem in a document. */
export type ErrorCode = 'invalid_argument' | 'invalid_case_number' | 'invalid_input' | 'validation_failed' | 'internal';
/** The codes the core library itself gives (`errorCodes()`): not `validation_failed`, which a binding gives for documents that allow no answer, nor `internal`, a defect of the binding. */
export type CoreErrorCode = Exclude<ErrorCode, 'internal' | 'validation_failed'>;

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
  /** With `code: 'validation_failed'`: the findings that allow no answer, errors among them. */
  findings?: Finding[];
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

