// The wasm API's shape: plain objects out, objects or text in, misuse thrown as Error with .code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forms, minutes, cost, register, modules, bundled, read } from './fixtures.mjs';

const council = JSON.parse(read('councils/trondelag-sorvest.json'));
const meeting = JSON.parse(read('meetings/2021-11-05-kdu.json'));

test('findings are plain objects with code, path and a message in the asked language', () => {
  const report = forms.validate(council, [meeting], '2021-11-01', 'en');
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  const [finding, ...rest] = report.findings.filter((f) => f.code !== 'quorum.uncertain');
  assert.equal(rest.length, 0);
  assert.equal(Object.getPrototypeOf(finding), Object.prototype);
  assert.equal(Object.getPrototypeOf(finding.params), Object.prototype);
  assert.equal(finding.code, 'meeting.date_after_today');
  assert.deepEqual(finding.path, ['date']);
  assert.equal(finding.message, 'The meeting date 2021-11-05 is after today, 2021-11-01');
  const nb = forms.validate(council, [meeting], '2021-11-01');
  assert.equal(nb.findings.find((f) => f.code === 'meeting.date_after_today').message, 'Møtedatoen 05.11.2021 er etter dagens dato 01.11.2021');
});

test('nynorsk is a language of its own: its messages, and the acts as it names them', () => {
  const [nb, nn] = ['nb', 'nn'].map((lang) => forms.validate(council, [meeting], '2021-11-01', lang).findings);
  assert.deepEqual(nn.map((f) => [f.code, f.path]), nb.map((f) => [f.code, f.path]));
  // Dates as Norwegian writes them, in words of its own.
  const date = nn.find((f) => f.code === 'meeting.date_after_today');
  assert.match(date.message, /05\.11\.2021.*01\.11\.2021/);
  assert.notEqual(date.message, nb.find((f) => f.code === 'meeting.date_after_today').message);
  const quorum = nn.find((f) => f.legal_basis);
  assert.equal(quorum.legal_basis, 'kommunelova § 11-9');
  assert.throws(() => forms.validate(council, [meeting], '2021-11-01', 'no'), { code: 'invalid_argument' });
});

test('objects and JSON text give the same report', () => {
  const bad = { ...meeting, remote: 'yes' };
  const fromObject = forms.validate(council, [bad], '2023-02-01');
  const fromText = forms.validate(JSON.stringify(council), [JSON.stringify(bad)], '2023-02-01');
  assert.deepEqual(fromObject.findings.map((f) => [f.code, f.path]), [['input.invalid', ['remote']]]);
  assert.deepEqual(fromText, fromObject);
  assert.deepEqual(fromText.findings.map((f) => [f.code, f.path]), [['input.invalid', ['remote']]]);
});

test('misuse throws an Error with a code, never a string', () => {
  for (const [today, lang] of [['05.11.2021', 'nb'], ['2021-11-05', 'sv']]) {
    assert.throws(() => forms.validate(council, [meeting], today, lang), (err) => {
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'RegionradError');
      assert.equal(err.code, 'invalid_argument');
      return true;
    });
  }
});

test('the schema version is exported', () => {
  assert.equal(forms.schemaVersion(), council.schema_version);
});

test('quorum status per item', () => {
  const items = forms.quorumStatus(council, meeting);
  assert.equal(items.length, meeting.agenda.length);
  assert.deepEqual(items[0].uncertain, ['Ingvill Kvernmo']);
  assert.equal(items[0].present_voting.length, 5);
  assert.throws(() => forms.quorumStatus(council, { ...meeting, body: 'styret' }), { code: 'invalid_input' });
});

test('one field at a time, for checking as the user types', () => {
  const doubled = { ...meeting, agenda: [meeting.agenda[0], { ...meeting.agenda[1], number: meeting.agenda[0].number }] };
  const atNumber = forms.validateField(council, doubled, ['agenda', 1, 'number'], '2021-11-06', 'en');
  assert.deepEqual(atNumber.findings.map((f) => f.code), ['case_number.duplicate']);
  assert.deepEqual(forms.validateField(council, doubled, ['agenda', 0, 'number'], '2021-11-06').findings, []);
  assert.throws(() => forms.validateField(council, doubled, 'agenda', '2021-11-06'), { code: 'invalid_argument' });
});

test('a prepared council gives what validate, validateField and quorumStatus give, every time', () => {
  const prepared = new forms.PreparedCouncil(council);
  for (const m of [meeting, JSON.stringify(meeting), { ...meeting, remote: 'yes' }]) {
    for (let i = 0; i < 2; i += 1) {
      assert.deepEqual(prepared.validate([m], '2021-11-01', 'en'), forms.validate(council, [m], '2021-11-01', 'en'));
      assert.deepEqual(
        prepared.validateField(m, ['date'], '2021-11-01'),
        forms.validateField(council, m, ['date'], '2021-11-01'),
      );
      // Presence per item, or the same error for a meeting that does not decode.
      const outcome = (run) => {
        try {
          return run();
        } catch (err) {
          return `${err.name} ${err.code} ${err.message}`;
        }
      };
      assert.deepEqual(outcome(() => prepared.quorumStatus(m)), outcome(() => forms.quorumStatus(council, m)));
    }
  }
  // A council that does not decode: its finding in every report, as from validate.
  const broken = new forms.PreparedCouncil('{');
  const report = broken.validate([meeting], '2021-11-01');
  assert.deepEqual(report, forms.validate('{', [meeting], '2021-11-01'));
  assert.deepEqual(report.findings.map((f) => [f.code, f.document]), [['input.invalid', 'council']]);
  prepared.free();
  broken.free();
});


test('the bundled data is the fixtures, a fresh copy each call, without any .wasm', () => {
  assert.deepEqual(bundled.bundledCouncil(), JSON.parse(read('councils/trondelag-sorvest.json')));
  assert.deepEqual(bundled.bundledPopulation(), JSON.parse(read('population/ssb-07459-trondelag-sorvest.json')));
  const mine = bundled.bundledCouncil();
  mine.bodies = [];
  assert.ok(bundled.bundledCouncil().bodies.length > 0);
  assert.deepEqual(forms.validate(bundled.bundledCouncil(), [], '2023-02-01').findings, []);
});

test('redactMeeting takes addresses and numbers out', () => {
  const { meeting, counts } = forms.redactMeeting(read('meetings/2021-03-05-kdu.json'));
  assert.ok(counts.emails > 0);
  assert.ok(!JSON.stringify(meeting).includes('@'));
  assert.equal(meeting.attendance[0].email, undefined);
  assert.throws(() => forms.redactMeeting('{}'), (e) => e.code === 'invalid_input');
  // What it takes out is gone for good: the redacted meeting still validates as one.
  const report = forms.validate(read('councils/trondelag-sorvest.json'), [meeting], '2021-06-01', 'en');
  assert.ok(!report.findings.some((f) => f.code === 'input.invalid'));
});

test('each module has its own functions, and every module says the schema version', () => {
  for (const [name, m] of Object.entries(modules)) assert.equal(m.schemaVersion(), 1, name);
  assert.equal(typeof forms.readMinutes, 'undefined');
  assert.equal(typeof minutes.validate, 'undefined');
  assert.equal(typeof minutes.redactMeeting, 'undefined');
  assert.equal(typeof cost.register, 'undefined');
  assert.equal(typeof register.contributions, 'undefined');
});

test('each error code of the library is a RegionradError code, the same as in Rust and Python', async () => {
  const { readFileSync } = await import('node:fs');
  const codes = ['invalid_argument', 'invalid_input', 'invalid_case_number'];
  for (const module of Object.values(modules)) assert.deepEqual(module.errorCodes(), codes);
  // The TypeScript union names the same codes, `validation_failed` for documents that allow
  // no answer (Python's ValidationError), and `internal` for a defect of the binding.
  const common = readFileSync(new URL('../../bindings-wasm/types/common.d.ts', import.meta.url), 'utf8');
  const union = common.match(/export type ErrorCode =([^;]*);/)[1].match(/'[a-z_]+'/g).map((c) => c.slice(1, -1));
  assert.deepEqual(union.sort(), [...codes, 'internal', 'validation_failed'].sort());
  // Each thrown where the library refuses a call.
  const thrown = (call) => {
    try {
      call();
    } catch (error) {
      return [error.name, error.code];
    }
    return null;
  };
  assert.deepEqual(
    [
      thrown(() => forms.nextCaseNumber(council, [], 'styret', '2023-03-01')),
      thrown(() => register.register('{', [], '2023-03-01')),
      thrown(() => forms.parseCaseNumber('12/')),
    ],
    codes.map((code) => ['RegionradError', code]),
  );
});

test('a meeting of another schema version is refused by every function that takes one', () => {
  const meeting = JSON.parse(read('meetings/2023-01-20-kdu.json'));
  for (const version of [0, 2]) {
    const other = JSON.stringify({ ...meeting, schema_version: version });
    for (const call of [() => minutes.writeMinutes(other), () => forms.redactMeeting(other)]) {
      assert.throws(call, (e) => e.code === 'invalid_input' && /schema_version/.test(e.message));
    }
  }
  // -0 is the number 0 to JSON.
  const minusZero = read('meetings/2023-01-20-kdu.json').replace('"schema_version": 1', '"schema_version": -0');
  assert.throws(() => minutes.writeMinutes(minusZero), (e) => e.code === 'invalid_input');
});
