// `regionrad/bundled`: the data the package carries, without loading any .wasm.
import type { Council, PopulationTable } from './documents.js';

/** The bundled council: Interkommunalt politisk råd Trøndelag sørvest – Lakseregionen (a fresh copy each call). */
export function bundledCouncil(): Council;
/** The bundled population table of its municipalities (SSB 07459, 2021–2024; a fresh copy each call). */
export function bundledPopulation(): PopulationTable;
