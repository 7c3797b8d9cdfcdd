// Compiled by `tsc --noEmit --strict` in the tests (types.test.mjs): the published
// declarations describe the API, and misuse is a type error.
import * as regionrad from '../../bindings-wasm/pkg/types/index.js';
import * as minutes from '../../bindings-wasm/pkg/types/minutes.js';
import * as cost from '../../bindings-wasm/pkg/types/cost.js';
import * as followUps from '../../bindings-wasm/pkg/types/register.js';
import * as openData from '../../bindings-wasm/pkg/types/opendata.js';
import { bundledCouncil, bundledPopulation } from '../../bindings-wasm/pkg/types/bundled.js';
import init, { initSync } from '../../bindings-wasm/pkg/types/web.js';
import initMinutes from '../../bindings-wasm/pkg/types/minutes-web.js';
import initCost, { contributions as webContributions } from '../../bindings-wasm/pkg/types/cost-web.js';
import initRegister from '../../bindings-wasm/pkg/types/register-web.js';
import type { Code, Council, Finding, ItemPresence, Meeting, Reading, Report, RegionradError, Severity } from '../../bindings-wasm/pkg/types/index.js';
import type { CaseNumberParts } from '../../bindings-wasm/pkg/types/minutes.js';

declare const council: Council;
declare const meeting: Meeting;

const bundled: Council = bundledCouncil();
const people: number | undefined = bundledPopulation().municipalities[0]?.population['2023'];
console.log(bundled.id, people);
const report: Report = regionrad.validate(council, [meeting, JSON.stringify(meeting)], '2023-02-01', 'en');
const first: Finding | undefined = report.findings[0];
const atField: Report = regionrad.validateField(council, meeting, ['agenda', 2, 'number'], '2023-02-01');
console.log(atField.findings.length);
const code: Code | undefined = first?.code;
const severity: Severity | undefined = first?.severity;
const where: (string | number)[] | undefined = first?.path;
console.log(code, severity, where, regionrad.schemaVersion() + 1);

const prepared = new regionrad.PreparedCouncil(council);
const again: Report = prepared.validate([meeting], '2023-02-01', 'en');
const field: Report = prepared.validateField(meeting, ['agenda', 0, 'number'], '2023-02-01');
const items: ItemPresence[] = prepared.quorumStatus(meeting);
const proposed: CaseNumberParts = prepared.nextCaseNumber([meeting], 'kdu', '2023-03-01');
console.log(again.findings.length, field.findings.length, items.length, proposed.canonical);
prepared.free();
// @ts-expect-error: a prepared council validates meetings, not a council
prepared.validate(council, '2023-02-01');

// @ts-expect-error: a finding code is one of the library's codes
const unknownCode: Code = 'no.such_code';
// @ts-expect-error: messages come in bokmål or English only
regionrad.validate(council, [meeting], '2023-02-01', 'sv');
// @ts-expect-error: a meeting's attendance status is an enum, not free text
const badMeeting: Meeting = { ...meeting, attendance: [{ name: 'A', capacity: 'member', status: 'yes' }] };

const parts = regionrad.parseCaseNumber('KDU 5 /23', '2023-01-20');
const sequence: number = parts.sequence;
const canonical: string = parts.canonical;
const next: number = regionrad.nextCaseNumber(council, [meeting], 'kdu', '2023-03-01').sequence;
// @ts-expect-error: the meetings are a list
regionrad.nextCaseNumber(council, meeting, 'kdu', '2023-03-01');

const split = cost.contributions(council, '{}', '{}', {
  name: '30/70',
  parts: [{ kind: 'equal', fraction: '30%' }, { kind: 'population', fraction: '70%' }],
  population_year: 'budget_year',
});
const totals: number[] = split.apportionment?.contributions.map((c) => c.total_ore) ?? [];
const comparison = cost.compareScenarios(split.apportionment ? [{ label: '30/70', apportionment: split.apportionment }] : []);
const rows: number = comparison.rows.length;
const present: string[] = regionrad.quorumStatus(council, meeting)[0]?.present_voting ?? [];
const reading: Reading = minutes.readMinutes('Referat\nDato: 20.01.23', council, 'en');
const unplaced: string[] = reading.meeting.unplaced?.map((u) => u.text) ?? [];
const spanLines: number[] = reading.spans.map((s) => s.span.start.line);
const minutesText: string = minutes.writeMinutes(regionrad.redactMeeting(reading.meeting).meeting);
const readBackWith: string = minutes.writeMinutes(reading.meeting, 'nb', council);
const exportedEvents: number = openData.exportPopolo(council, [meeting]).events.length;
const overdue: boolean[] = followUps.register(council, [meeting], '2023-02-01').groups.flatMap((g) => g.entries.map((e) => e.overdue));
const fit = cost.recoverEqualShare([{ municipality: '5059', amount_ore: 100, population: 10 }]);
const share: string = fit.equal_share_decimal;
// @ts-expect-error: population files are JSON-stat or CSV
cost.parsePopulation('', 'xlsx');
// @ts-expect-error: each module has only its own functions
regionrad.readMinutes('Referat');
const kroner: string = cost.formatKroner(cost.parseKroner("kr 1,00")) + webContributions.name;

try {
  regionrad.parseCaseNumber('12/123');
} catch (error) {
  const e = error as RegionradError;
  const kind: string | undefined = e.kind;
  console.log(e.code === 'invalid_case_number', kind);
}

void init;
void initSync;
void initMinutes;
void initCost;
void initRegister;
console.log(unknownCode, badMeeting, sequence, canonical, totals, rows, present, overdue, share);
console.log(unplaced, spanLines, minutesText.length, readBackWith.length, next, kroner, minutes.schemaVersion());
