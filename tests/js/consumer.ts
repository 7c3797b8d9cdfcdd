// A project that installs the package and imports it by name, compiled by strict tsc under
// `moduleResolution: nodenext` and `bundler` (types.test.mjs): the published declarations
// resolve through package.json's exports in both.
import { validate, validateField, PreparedCouncil, type Meeting, type Report } from 'regionrad';
import { readMinutes } from 'regionrad/minutes';
import { contributions, parseKroner } from 'regionrad/cost';
import { register } from 'regionrad/register';
import { bundledCouncil } from 'regionrad/bundled';

const council = bundledCouncil();
const meeting: Meeting = readMinutes('Referat', council).meeting;
const report: Report = validate(council, [meeting], '2023-02-01', 'en');
const field: Report = validateField(council, meeting, ['agenda', 0, 'number'], '2023-02-01');
const prepared = new PreparedCouncil(council);
prepared.free();
const ore: number = parseKroner('kr 1,00');
console.log(report, field, ore, contributions, register);
