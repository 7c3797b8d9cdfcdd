// The `cost` module (`regionrad/cost`): a budget split between the council's municipalities
// by its key, and the tools around it.
import type { Apportioned, Apportionment, Budget, Comparison, CoreErrorCode, CostKey, Council, DocumentInput, Invoiced, Lang, PopulationTable, Recovery, Scenario } from './common.js';

export type * from './common.js';

/** The version of the wire format (`schema_version`) this build reads and writes. */
export function schemaVersion(): number;
/** The `code` of every `RegionradError` the library itself gives (not `internal`, a defect of the binding). */
export function errorCodes(): CoreErrorCode[];
/**
 * A budget split by the council's key, or by `key` given for the run, with the report's
 * warnings. Throws `RegionradError` with code `validation_failed` and the `findings` when
 * the documents allow no split (a key parameter or a population figure missing).
 */
export function contributions(
  council: DocumentInput<Council>,
  budget: DocumentInput<Budget>,
  population: DocumentInput<PopulationTable>,
  key?: DocumentInput<CostKey> | null,
  lang?: Lang | null,
): Apportioned & { apportionment: Apportionment };
/** A two-part key's equal share fitted to invoiced amounts. */
export function recoverEqualShare(invoiced: Invoiced[] | string): Recovery;
/** SSB population figures from JSON-stat 2.0 or CSV. */
export function parsePopulation(text: string, format: 'json-stat' | 'csv'): PopulationTable;
/** Apportionments side by side. */
export function compareScenarios(scenarios: Scenario[] | string): Comparison;
/** Øre as kroner the way `lang` writes them: `kr 1 234 567,89` (bokmål, the default), `NOK 1,234,567.89` (English). */
export function formatKroner(ore: number, lang?: Lang | null): string;
/** A `share_percent` ("8.559") as `lang` writes a percentage: `8,559 %` (bokmål, the default), `8.559%` (English). */
export function formatPercent(share: string, lang?: Lang | null): string;
/**
 * An amount in kroner as people write it (`"kr 1 234 567,89"`, `"2400000"`,
 * `"2 400 000,50"`) in whole øre. Throws `RegionradError` with code `invalid_argument` for
 * text that is not an amount (`"2,4 mill"`, more than two decimals).
 */
export function parseKroner(text: string): number;
