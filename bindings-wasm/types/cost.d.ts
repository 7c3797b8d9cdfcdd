// The `cost` module (`regionrad/cost`): a budget split between the council's municipalities
// by its key, and the tools around it.
import type { Apportioned, Budget, Comparison, CostKey, Council, DocumentInput, ErrorCode, Invoiced, Lang, PopulationTable, Recovery, Scenario } from './common.js';

export type * from './common.js';

/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** The `code` of every `RegionradError` the library itself gives (not `internal`, a defect of the binding). */
export function errorCodes(): Exclude<ErrorCode, 'internal'>[];
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
/** Øre as kroner the Norwegian way: `kr 1 234 567,89`. */
export function formatKroner(ore: number): string;
/**
 * An amount in kroner as people write it (`"kr 1 234 567,89"`, `"2400000"`,
 * `"2 400 000,50"`) in whole øre. Throws `RegionradError` with code `invalid_argument` for
 * text that is not an amount (`"2,4 mill"`, more than two decimals).
 */
export function parseKroner(text: string): number;
