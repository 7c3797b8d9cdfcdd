// A secretary's form: the meeting's fields, findings beside the field they are about as you
// type, case numbers proposed, and a table of contributions. All checking is the library's:
// the forms module (regionrad) and the cost module (regionrad/cost), each its own .wasm, and
// the bundled data, which needs none.
import init, * as regionrad from '../pkg/web/regionrad.js';
import initCost, * as cost from '../pkg/web/cost.js';
import { bundledCouncil, bundledPopulation } from '../pkg/bundled/index.js';

await Promise.all([init(), initCost()]);
const council = bundledCouncil();
// Decoded and checked once; every keystroke checks only the meeting against it.
const prepared = new regionrad.PreparedCouncil(council);
const population = bundledPopulation();
const $ = (id) => document.getElementById(id);
const words = {
  nb: { title: 'Møte', present: 'Møtt', absent_with_notice: 'Forfall', absent: 'Ikke til stede', number: 'Saksnr.', caseTitle: 'Tittel',
        decision: 'Vedtak', quorum: (p, s) => `${p} av ${s} plasser til stede`, kommune: 'Kommune', total: 'Sum', share: 'Andel' },
  en: { title: 'Meeting', present: 'Present', absent_with_notice: 'Notice of absence', absent: 'Absent', number: 'Case no.', caseTitle: 'Title',
        decision: 'Decision', quorum: (p, s) => `${p} of ${s} seats present`, kommune: 'Municipality', total: 'Total', share: 'Share' },
};
const kinds = ['approval', 'noted', 'substantive', 'election', 'referral', 'postponed'];
const today = new Date().toISOString().slice(0, 10);
const lang = () => $('lang').value;
const body = () => council.bodies.find((b) => b.id === $('body').value);

const state = { attendance: [], agenda: [] };

function inTerm(term, date) {
  return (!term?.from || term.from <= date) && (!term?.to || date <= term.to);
}

/** The next free number of the body for this meeting, after those the form already has. */
function nextNumber() {
  try {
    return prepared.nextCaseNumber(state.agenda.length ? [meeting()] : [], $('body').value, $('date').value).canonical;
  } catch (error) {
    // A date or a number half typed: no proposal until it reads.
    return '';
  }
}

function resetForBody() {
  const date = $('date').value;
  state.attendance = body().members
    .filter((m) => m.voting && inTerm(m.term, date))
    .map((m) => ({ name: m.name, municipality: m.represents.municipality, status: 'present' }));
  state.agenda = [];
  state.agenda.push({ number: nextNumber(), title: 'Godkjenning av innkalling', kind: 'approval' });
  render();
}

function meeting() {
  const m = {
    schema_version: 1, council: council.id, body: $('body').value, date: $('date').value,
    place: $('place').value, remote: $('remote').checked,
    attendance: state.attendance.map((a) => ({ name: a.name, ...(a.municipality ? { municipality: a.municipality } : {}), capacity: 'member', status: a.status })),
    agenda: state.agenda.map((item) => ({
      ...(item.number.trim() ? { number: item.number } : {}), title: item.title,
      decision: { kind: item.kind, text: item.title, unanimous: true },
    })),
  };
  if ($('start_time').value) m.start_time = $('start_time').value;
  if ($('end_time').value) m.end_time = $('end_time').value;
  return m;
}

function render() {
  const w = words[lang()];
  $('title').textContent = w.title;
  document.documentElement.lang = lang();
  document.querySelectorAll('[data-en]').forEach((el) => { el.textContent = el.dataset[lang()]; });
  $('attendance').replaceChildren(...state.attendance.map((a, i) => {
    const tr = document.createElement('tr');
    tr.className = 'field';
    tr.dataset.path = `attendance.${i}`;
    const select = document.createElement('select');
    select.dataset.role = 'status';
    for (const s of ['present', 'absent_with_notice', 'absent']) select.add(new Option(w[s], s, false, a.status === s));
    select.addEventListener('change', () => { a.status = select.value; check(); });
    const name = document.createElement('td'); name.textContent = a.name;
    const status = document.createElement('td'); status.append(select);
    const findings = document.createElement('td'); findings.innerHTML = '<ul class="findings"></ul>';
    tr.append(name, status, findings);
    return tr;
  }));
  $('agenda').replaceChildren(...state.agenda.map((item, i) => {
    const box = document.createElement('div');
    box.className = 'item field';
    box.dataset.path = `agenda.${i}`;
    box.innerHTML = `<div class="row">
      <div class="field" data-path="agenda.${i}.number"><label>${w.number}</label><input data-role="number"><ul class="findings"></ul></div>
      <div class="field" data-path="agenda.${i}.title"><label>${w.caseTitle}</label><input data-role="title" size="40"><ul class="findings"></ul></div>
      <div class="field" data-path="agenda.${i}.decision"><label>${w.decision}</label><select data-role="kind"></select><ul class="findings"></ul></div>
      <span class="quorum"></span></div><ul class="findings"></ul>`;
    const number = box.querySelector('[data-role=number]');
    const title = box.querySelector('[data-role=title]');
    const kind = box.querySelector('[data-role=kind]');
    number.value = item.number;
    title.value = item.title;
    for (const k of kinds) kind.add(new Option(k, k, false, item.kind === k));
    number.addEventListener('input', () => { item.number = number.value; check(); });
    title.addEventListener('input', () => { item.title = title.value; check(); });
    kind.addEventListener('change', () => { item.kind = kind.value; check(); });
    return box;
  }));
  check();
  contributions();
}

/** The element a finding belongs beside: the one whose data-path is the longest prefix of its path. */
function placeFor(path) {
  let key = path.join('.');
  for (;;) {
    const found = document.querySelector(`#meeting-form [data-path="${key}"] > .findings, #meeting-form [data-path="${key}"] > td > .findings, #meeting-form [data-path="${key}"] > .row + .findings`);
    if (found) return found;
    if (!key) return $('meeting-findings');
    key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
  }
}

function show(list, finding) {
  const li = document.createElement('li');
  li.className = finding.severity;
  li.dataset.code = finding.code;
  li.textContent = finding.message + (finding.legal_basis ? ` (${finding.legal_basis})` : '');
  list.append(li);
}

function check() {
  document.querySelectorAll('#meeting-form .findings').forEach((ul) => ul.replaceChildren());
  const doc = meeting();
  const report = prepared.validate([doc], today, lang());
  for (const finding of report.findings) {
    if (finding.document === 'meeting') show(placeFor(finding.path), finding);
  }
  try {
    const items = prepared.quorumStatus(doc);
    document.querySelectorAll('#agenda .item').forEach((box, i) => {
      const p = items[i];
      box.querySelector('.quorum').textContent = p ? words[lang()].quorum(p.present_voting.length, body().seats) : '';
    });
  } catch (error) {
    // The meeting does not decode yet (a field half typed): the findings say where.
  }
  document.body.dataset.checked = String(Number(document.body.dataset.checked || 0) + 1);
}

function contributions() {
  const w = words[lang()];
  $('cost-findings').replaceChildren();
  const equal = $('equal').value.trim().replace(',', '.');
  const key = { name: `${equal}/${100 - Number(equal)}`, population_year: 'budget_year',
                parts: [{ kind: 'equal', fraction: `${equal}%` }, { kind: 'population', fraction: `${100 - Number(equal)}%` }] };
  const kroner = $('amount').value.replace(/\s/g, '').replace(',', '.');
  const ore = Math.round(Number(kroner) * 100);
  const budget = { schema_version: 1, council: council.id, year: Number($('year').value), total_ore: Number.isFinite(ore) ? ore : 0 };
  let result;
  try {
    result = cost.contributions(council, budget, population, key, lang());
  } catch (error) {
    show($('cost-findings'), { severity: 'error', code: error.code, message: error.message });
    $('contributions').replaceChildren();
    return;
  }
  for (const finding of result.report.findings) show($('cost-findings'), finding);
  const rows = result.apportionment?.contributions ?? [];
  const head = `<tr><th>${w.kommune}</th><th class="amount">${w.total}</th><th class="amount">${w.share}</th></tr>`;
  $('contributions').innerHTML = head + rows.map((c) =>
    `<tr data-municipality="${c.municipality}"><td>${c.municipality} ${c.name}</td><td class="amount">${cost.formatKroner(c.total_ore)}</td><td class="amount">${c.share_percent} %</td></tr>`).join('');
}

for (const b of council.bodies) $('body').add(new Option(b.name, b.id, false, b.id === 'kdu'));
$('date').value = today;
$('body').addEventListener('change', resetForBody);
$('date').addEventListener('change', resetForBody);
$('lang').addEventListener('change', render);
for (const id of ['place', 'start_time', 'end_time', 'remote']) $(id).addEventListener('input', check);
for (const id of ['amount', 'equal', 'year']) $(id).addEventListener('input', contributions);
$('add-item').addEventListener('click', () => {
  state.agenda.push({ number: nextNumber(), title: '', kind: 'substantive' });
  render();
});
resetForBody();
document.body.dataset.ready = 'true';
