// A secretary's form: the meeting's fields, findings beside the field they are about as you
// type, case numbers proposed, and a table of contributions. All checking is the library's:
// the forms module (regionrad) and the cost module (regionrad/cost), each its own .wasm, and
// the bundled data, which needs none. Nothing typed is lost: a date or a body changed keeps
// the items, and what was set for one body's attendance comes back with that body.
import init, * as regionrad from '../pkg/web/regionrad.js';
import initCost, * as cost from '../pkg/web/cost.js';
import { bundledCouncil, bundledPopulation } from '../pkg/bundled/index.js';

await Promise.all([init(), initCost()]);
const council = bundledCouncil();
// Decoded and checked once; every keystroke checks only the meeting against it.
const prepared = new regionrad.PreparedCouncil(council);
addEventListener('pagehide', () => prepared.free(), { once: true });
const population = bundledPopulation();
const $ = (id) => document.getElementById(id);

const words = {
  nb: {
    title: 'Møte', status: 'Oppmøte', present: 'Møtt', absent_with_notice: 'Forfall', absent: 'Ikke til stede',
    number: 'Saksnr.', caseTitle: 'Tittel', decision: 'Vedtak', firstItem: 'Godkjenning av innkalling',
    kinds: { approval: 'Godkjenning', noted: 'Tatt til orientering', substantive: 'Realitetsvedtak', election: 'Valg', referral: 'Oversendt til et annet organ', postponed: 'Utsatt' },
    quorum: (present, seats) => `${present} av ${seats} plasser til stede`,
    item: (position) => `sak ${position}`,
    appliesTo: (items) => `Gjelder ${items}.`,
    marked: { 'quorum.not_met': 'kan ikke vedtas' }, seeAbove: 'se merknaden over sakene',
    changeBody: (from, to) => `Bytte organ fra ${from} til ${to}? Sakene blir stående. Oppmøtelisten blir medlemmene i ${to}; det du har satt for ${from}, kommer tilbake om du bytter tilbake.`,
    kommune: 'Kommune', total: 'Sum', share: 'Andel', all: 'Kommunene i alt',
    amountInvalid: (text) => `«${text}» er ikke et beløp i kroner. Skriv beløpet med tall, for eksempel 2 400 000 eller 2400000,50.`,
    equalInvalid: (text) => `«${text}» er ikke en prosentandel. Skriv et tall fra 0 til 100, for eksempel 30.`,
    equalTooLarge: (text) => `Likt (%) er ${text} %, men kan være høyst 100 %: resten fordeles etter folketall. Skriv et tall fra 0 til 100.`,
    yearInvalid: (text) => `«${text}» er ikke et årstall. Skriv for eksempel 2023.`,
  },
  en: {
    title: 'Meeting', status: 'Attendance', present: 'Present', absent_with_notice: 'Notice of absence', absent: 'Absent',
    number: 'Case no.', caseTitle: 'Title', decision: 'Decision', firstItem: 'Approval of the notice',
    kinds: { approval: 'Approval', noted: 'Noted', substantive: 'Substantive decision', election: 'Election', referral: 'Referred to another body', postponed: 'Postponed' },
    quorum: (present, seats) => `${present} of ${seats} seats present`,
    item: (position) => `item ${position}`,
    appliesTo: (items) => `Applies to ${items}.`,
    marked: { 'quorum.not_met': 'cannot be decided' }, seeAbove: 'see the note above the items',
    changeBody: (from, to) => `Change the body from ${from} to ${to}? The items stay. The attendance becomes the members of ${to}; what you set for ${from} comes back if you change back.`,
    kommune: 'Municipality', total: 'Total', share: 'Share', all: 'All municipalities',
    amountInvalid: (text) => `“${text}” is not an amount in kroner. Write it in figures, e.g. 2,400,000 or 2400000.50.`,
    equalInvalid: (text) => `“${text}” is not a percentage. Write a number from 0 to 100, e.g. 30.`,
    equalTooLarge: (text) => `The equal part is ${text}%, but can be at most 100%: the rest is split by population. Write a number from 0 to 100.`,
    yearInvalid: (text) => `“${text}” is not a year. Write e.g. 2023.`,
  },
};
const kinds = Object.keys(words.nb.kinds);
const statuses = ['present', 'absent_with_notice', 'absent'];
const today = new Date().toISOString().slice(0, 10);
const lang = () => $('lang').value;
const bodyOf = (id) => council.bodies.find((b) => b.id === id);

// Attendance per body: `set` marks a status the user chose, which is never replaced.
const state = { body: 'kdu', date: today, attendanceOf: {}, agenda: [] };

function inTerm(term, date) {
  return (!term?.from || term.from <= date) && (!term?.to || date <= term.to);
}

/** The body's voting members on `date`, with what was already set for it kept. */
function attendanceOn(bodyId, date) {
  const kept = state.attendanceOf[bodyId] ?? [];
  const members = bodyOf(bodyId).members
    .filter((m) => m.voting && inTerm(m.term, date))
    .map((m) => kept.find((a) => a.name === m.name) ?? { name: m.name, municipality: m.represents.municipality, status: 'present', set: false });
  // Someone set by hand who is no member on this date stays listed: the findings say so.
  return [...members, ...kept.filter((a) => a.set && !members.includes(a))];
}

/** The next free number of the body for this meeting, after those the form already has. */
function nextNumber() {
  try {
    return prepared.nextCaseNumber([meeting()], state.body, state.date).canonical;
  } catch (error) {
    // A date half typed: no proposal until it reads.
    return '';
  }
}

/** Numbers the library proposed follow the body and the date; numbers typed stay. */
function proposeNumbers() {
  for (const item of state.agenda) if (item.proposed) item.number = '';
  for (const item of state.agenda) if (item.proposed) item.number = nextNumber();
}

function meeting() {
  const m = {
    schema_version: 1, council: council.id, body: state.body, date: state.date,
    place: $('place').value, remote: $('remote').checked,
    attendance: (state.attendanceOf[state.body] ?? []).map((a) => ({ name: a.name, ...(a.municipality ? { municipality: a.municipality } : {}), capacity: 'member', status: a.status })),
    agenda: state.agenda.map((item) => ({
      ...(item.number.trim() ? { number: item.number } : {}), title: item.title,
      decision: { kind: item.kind, text: item.title, unanimous: true },
    })),
  };
  if ($('start_time').value) m.start_time = $('start_time').value;
  if ($('end_time').value) m.end_time = $('end_time').value;
  return m;
}

function changeDate() {
  state.date = $('date').value;
  state.attendanceOf[state.body] = attendanceOn(state.body, state.date);
  proposeNumbers();
  render();
}

function changeBody() {
  const to = $('body').value;
  const chosen = (state.attendanceOf[state.body] ?? []).some((a) => a.set);
  if (chosen && !confirm(words[lang()].changeBody(bodyOf(state.body).name, bodyOf(to).name))) {
    $('body').value = state.body;
    return;
  }
  state.body = to;
  state.attendanceOf[to] = attendanceOn(to, state.date);
  proposeNumbers();
  render();
}

function render() {
  const w = words[lang()];
  $('title').textContent = w.title;
  document.documentElement.lang = lang();
  document.querySelectorAll('[data-en]').forEach((el) => { el.textContent = el.dataset[lang()]; });
  $('attendance').replaceChildren(...state.attendanceOf[state.body].map((a, i) => {
    const tr = document.createElement('tr');
    tr.className = 'field';
    tr.dataset.path = `attendance.${i}`;
    const select = document.createElement('select');
    select.dataset.role = 'status';
    select.setAttribute('aria-label', `${w.status}: ${a.name}`);
    for (const s of statuses) select.add(new Option(w[s], s, false, a.status === s));
    select.addEventListener('change', () => { a.status = select.value; a.set = true; check(); });
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
      <div class="field" data-path="agenda.${i}.number"><label for="item-${i}-number">${w.number}</label><input id="item-${i}-number" data-role="number"><ul class="findings"></ul></div>
      <div class="field title" data-path="agenda.${i}.title"><label for="item-${i}-title">${w.caseTitle}</label><input id="item-${i}-title" data-role="title"><ul class="findings"></ul></div>
      <div class="field" data-path="agenda.${i}.decision"><label for="item-${i}-kind">${w.decision}</label><select id="item-${i}-kind" data-role="kind"></select><ul class="findings"></ul></div>
      <span class="quorum"></span></div><ul class="findings"></ul>`;
    const number = box.querySelector('[data-role=number]');
    const title = box.querySelector('[data-role=title]');
    const kind = box.querySelector('[data-role=kind]');
    number.value = item.number;
    title.value = item.title;
    for (const k of kinds) kind.add(new Option(w.kinds[k], k, false, item.kind === k));
    number.addEventListener('input', () => { item.number = number.value; item.proposed = false; check(); });
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

function show(list, finding, suffix = '') {
  const li = document.createElement('li');
  li.className = finding.severity;
  li.dataset.code = finding.code;
  li.textContent = finding.message + (finding.legal_basis ? ` (${finding.legal_basis})` : '') + suffix;
  list.append(li);
}

/** Findings about whole items that several items share, by code and message. */
function sharedByItems(findings) {
  const groups = new Map();
  for (const finding of findings) {
    if (finding.path.length !== 2 || finding.path[0] !== 'agenda') continue;
    const key = `${finding.code}\n${finding.message}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(finding);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

function check() {
  const w = words[lang()];
  document.querySelectorAll('#meeting-form .findings').forEach((ul) => ul.replaceChildren());
  const doc = meeting();
  const boxes = [...document.querySelectorAll('#agenda .item')];
  let presence = [];
  try {
    presence = prepared.quorumStatus(doc);
  } catch (error) {
    // The meeting does not decode yet (a field half typed): the findings say where.
  }
  boxes.forEach((box, i) => {
    box.classList.remove('marked');
    const p = presence[i];
    box.querySelector('.quorum').textContent = p ? w.quorum(p.present_voting.length, bodyOf(state.body).seats) : '';
  });
  const findings = prepared.validate([doc], today, lang()).findings.filter((f) => f.document === 'meeting');
  // Said once for the meeting, naming the items, and each item marked.
  const shared = new Set();
  for (const group of sharedByItems(findings)) {
    const items = group.map((f) => state.agenda[f.path[1]]?.number || w.item(f.path[1] + 1));
    show($('meeting-findings'), group[0], ` ${w.appliesTo(items.join(', '))}`);
    for (const finding of group) {
      shared.add(finding);
      const box = boxes[finding.path[1]];
      if (!box) continue;
      box.classList.add('marked');
      const mark = document.createElement('span');
      mark.className = 'mark';
      mark.dataset.code = finding.code;
      mark.textContent = ` — ${w.marked[finding.code] ?? w.seeAbove}`;
      box.querySelector('.quorum').append(mark);
    }
  }
  for (const finding of findings) if (!shared.has(finding)) show(placeFor(finding.path), finding);
  document.body.dataset.checked = String(Number(document.body.dataset.checked || 0) + 1);
}

/** The cost field a finding about the budget or the key is about, else the list under the table. */
function costPlace(finding) {
  const field = finding.document === 'budget' && finding.path[0] === 'year' ? 'year'
    : finding.document === 'budget' ? 'amount'
      : finding.code.startsWith('cost.key') ? 'equal' : null;
  return field ? document.querySelector(`[data-cost="${field}"] > .findings`) : $('cost-findings');
}

/** The equal part as typed ("30", "33,5") and the population part, both as exact percentages. */
function keyParts(text) {
  const [whole, decimals = ''] = text.split('.');
  const scale = 10 ** decimals.length;
  const equal = Number(whole) * scale + Number(decimals || 0);
  const rest = 100 * scale - equal;
  const percent = (n) => `${Math.floor(n / scale)}${decimals ? `.${String(n % scale).padStart(decimals.length, '0')}` : ''}%`;
  return { equal: percent(equal), population: percent(rest), tooLarge: rest < 0 };
}

function contributions() {
  const w = words[lang()];
  document.querySelectorAll('#cost .findings').forEach((ul) => ul.replaceChildren());
  const problems = [];
  const problem = (field, message) => problems.push({ field, finding: { severity: 'error', code: 'form.input', message } });

  const amountText = $('amount').value.trim();
  let totalOre = null;
  try {
    totalOre = cost.parseKroner(amountText);
  } catch (error) {
    problem('amount', w.amountInvalid(amountText));
  }
  const equalText = $('equal').value.trim().replace(',', '.');
  const parts = /^\d{1,3}(\.\d{1,6})?$/.test(equalText) ? keyParts(equalText) : null;
  if (!parts) problem('equal', w.equalInvalid($('equal').value.trim()));
  else if (parts.tooLarge) problem('equal', w.equalTooLarge($('equal').value.trim()));
  const yearText = $('year').value.trim();
  if (!/^\d{4}$/.test(yearText)) problem('year', w.yearInvalid(yearText));
  for (const { field, finding } of problems) show(document.querySelector(`[data-cost="${field}"] > .findings`), finding);
  if (problems.length) {
    $('contributions').replaceChildren();
    return;
  }

  const key = { name: `${parts.equal} / ${parts.population}`, population_year: 'budget_year',
                parts: [{ kind: 'equal', fraction: parts.equal }, { kind: 'population', fraction: parts.population }] };
  const budget = { schema_version: 1, council: council.id, year: Number(yearText), total_ore: totalOre };
  let result;
  try {
    result = cost.contributions(council, budget, population, key, lang());
  } catch (error) {
    // The documents allow no split: each finding by the field it is about.
    for (const finding of error.findings ?? [{ severity: 'error', code: error.code, message: error.message }]) show(costPlace(finding), finding);
    $('contributions').replaceChildren();
    return;
  }
  for (const finding of result.report.findings) show(costPlace(finding), finding);
  const rows = result.apportionment.contributions;
  const cell = (text, amount) => `<td${amount ? ' class="amount"' : ''}>${text}</td>`;
  const head = `<tr><th>${w.kommune}</th><th class="amount">${w.total}</th><th class="amount">${w.share}</th></tr>`;
  const body = rows.map((c) => `<tr data-municipality="${c.municipality}">${cell(`${c.municipality} ${c.name}`)}${cell(cost.formatKroner(c.total_ore, lang()), true)}${cell(cost.formatPercent(c.share_percent, lang()), true)}</tr>`);
  // The shares as shown add up to exactly 100 (the library rounds them so).
  const thousandths = rows.reduce((sum, c) => sum + Number(c.share_percent.replace('.', '')), 0);
  const sumShare = `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`;
  const total = `<tr data-total>${cell(`<strong>${w.all}</strong>`)}${cell(cost.formatKroner(rows.reduce((sum, c) => sum + c.total_ore, 0), lang()), true)}${cell(cost.formatPercent(sumShare, lang()), true)}</tr>`;
  $('contributions').innerHTML = head + body.join('') + total;
}

for (const b of council.bodies) $('body').add(new Option(b.name, b.id, false, b.id === state.body));
$('date').value = state.date;
$('body').addEventListener('change', changeBody);
$('date').addEventListener('change', changeDate);
$('lang').addEventListener('change', render);
for (const id of ['place', 'start_time', 'end_time', 'remote']) $(id).addEventListener('input', check);
for (const id of ['amount', 'equal', 'year']) $(id).addEventListener('input', contributions);
$('add-item').addEventListener('click', () => {
  state.agenda.push({ number: nextNumber(), proposed: true, title: '', kind: 'substantive' });
  render();
});
state.attendanceOf[state.body] = attendanceOn(state.body, state.date);
state.agenda.push({ number: '', proposed: true, title: words[lang()].firstItem, kind: 'approval' });
proposeNumbers();
render();
document.body.dataset.ready = 'true';
