// The cost-sharing vectors in fixtures/cost/ give the same findings, amounts and shares in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cost, read, fixtures, documentText, assertFindings } from './fixtures.mjs';

/** A path as people read it: `cost_keys[0].parts[1].fraction`. */
const formatPath = (path) => path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');

const files = readdirSync(join(fixtures, 'cost')).filter((f) => f.endsWith('.json')).sort();

test('the cost vectors are there', () => assert.ok(files.length >= 30));

for (const file of files) {
  const c = JSON.parse(read(`cost/${file}`));
  test(`cost/${file}: ${c.description}`, () => {
    if (c.kind === 'population') {
      const text = read(c.file);
      if (c.expect.error) {
        assert.throws(() => cost.parsePopulation(text, c.format), { code: 'invalid_input' });
      } else {
        const table = cost.parsePopulation(text, c.format);
        const got = Object.fromEntries(table.municipalities.map((row) => [row.code, row.population]));
        assert.deepEqual(got, c.expect.municipalities);
      }
      return;
    }
    if (c.kind === 'comparison') {
      const scenarios = c.scenarios.map((s) => ({
        label: s.label,
        apportionment: cost.contributions(documentText(s.council), documentText(s.budget), documentText(c.population), documentText(s.key)).apportionment,
      }));
      const comparison = cost.compareScenarios(scenarios);
      assert.deepEqual(comparison.scenarios, c.expect.scenarios);
      for (const [code, want] of Object.entries(c.expect.rows)) {
        const row = comparison.rows.find((r) => r.municipality === code);
        assert.deepEqual({ total_ore: row.total_ore, difference_ore: row.difference_ore }, want);
      }
      return;
    }
    if (c.kind === 'recovery') {
      if (c.expect.error) {
        assert.throws(() => cost.recoverEqualShare(c.invoiced), { code: 'invalid_input' });
        return;
      }
      const fit = cost.recoverEqualShare(c.invoiced);
      if (c.expect.equal_share_decimal) assert.equal(fit.equal_share_decimal, c.expect.equal_share_decimal);
      if (c.expect.population_share_decimal) assert.equal(fit.population_share_decimal, c.expect.population_share_decimal);
      if ('max_abs_residual_ore_at_most' in c.expect) assert.ok(fit.max_abs_residual_ore <= c.expect.max_abs_residual_ore_at_most);
      if ('max_abs_residual_ore_at_least' in c.expect) assert.ok(fit.max_abs_residual_ore >= c.expect.max_abs_residual_ore_at_least);
      return;
    }
    const split = () => cost.contributions(
      documentText(c.council), documentText(c.budget), documentText(c.population),
      'key' in c ? documentText(c.key) : null,
    );
    // A split the documents do not allow throws, as Python raises ValidationError, with
    // every finding; one they allow returns its warnings in the report.
    let result;
    try {
      result = split();
    } catch (error) {
      assert.equal(error.name, 'RegionradError');
      assert.equal(error.code, 'validation_failed', error.message);
      assertFindings(c.expect.findings, error.findings);
      const errors = error.findings.filter((f) => f.severity === 'error');
      assert.ok(errors.length > 0);
      assert.equal(error.message, `${errors.length} error(s), first ${errors[0].code} at ${errors[0].path.length ? formatPath(errors[0].path) : '(root)'}: ${errors[0].message}`);
      assert.equal(c.expect.contributions, undefined);
      return;
    }
    assertFindings(c.expect.findings, result.report.findings);
    assert.ok(!result.report.findings.some((f) => f.severity === 'error'));
    const apportionment = result.apportionment;
    assert.equal(apportionment.contributions.reduce((s, x) => s + x.by_key_ore, 0), apportionment.by_key_ore);
    if (!c.expect.contributions) return;
    assert.equal(apportionment.by_key_ore, c.expect.by_key_ore);
    assert.equal(apportionment.contributions.length, c.expect.contributions.length);
    for (const want of c.expect.contributions) {
      const have = apportionment.contributions.find((x) => x.municipality === want.municipality);
      for (const [field, value] of Object.entries(want)) assert.equal(have[field], value, `${want.municipality} ${field}`);
    }
  });
}

test('kroner are formatted the way each language writes them, and only whole øre', () => {
  assert.equal(cost.formatKroner(123456789), 'kr 1 234 567,89');
  assert.equal(cost.formatKroner(123456789, 'nb'), 'kr 1 234 567,89');
  assert.equal(cost.formatKroner(-5, 'en'), 'NOK -0.05');
  assert.equal(cost.formatKroner(100000, 'en'), 'NOK 1,000.00');
  assert.throws(() => cost.formatKroner(1.5), { code: 'invalid_argument' });
  assert.equal(cost.formatKroner(100000, 'nn'), 'kr 1 000,00');
  assert.throws(() => cost.formatKroner(100, 'no'), { code: 'invalid_argument' });
});

test('a share is written as a percentage the way each language writes one', () => {
  assert.equal(cost.formatPercent('8.559'), '8,559 %');
  assert.equal(cost.formatPercent('100.000', 'nb'), '100,000 %');
  assert.equal(cost.formatPercent('8.559', 'en'), '8.559%');
  for (const bad of ['', '8,559', '8.5.5', '.5', 'x']) {
    assert.throws(() => cost.formatPercent(bad), { code: 'invalid_argument' }, bad);
  }
});

test('the shares of a split, as shown, add up to exactly 100 %', () => {
  const c = JSON.parse(read('cost/trondelag-30-70-2023.json'));
  const { apportionment } = cost.contributions(documentText(c.council), documentText(c.budget), documentText(c.population), documentText(c.key));
  // Thousandths of a percent, in integers: the column a reader adds up.
  const sum = apportionment.contributions.reduce((s, x) => s + Number(x.share_percent.replace('.', '')), 0);
  assert.equal(sum, 100_000);
});

test('parseKroner reads amounts as people write them, and refuses what is no amount', () => {
  assert.equal(cost.parseKroner('kr 1 234 567,89'), 123456789);
  assert.equal(cost.parseKroner('2400000'), 240000000);
  assert.equal(cost.parseKroner('2 400 000,5'), 240000050);
  for (const text of ['2,4 mill', '12,345', '', 'kr']) {
    assert.throws(() => cost.parseKroner(text), { name: 'RegionradError', code: 'invalid_argument' }, text);
  }
  assert.throws(() => cost.parseKroner(100), { code: 'invalid_argument' });
  assert.throws(() => cost.parseKroner('90071992547409,92'), { code: 'invalid_argument' });
  // The two are each other's inverse on whole øre.
  assert.equal(cost.parseKroner(cost.formatKroner(-123456)), -123456);
});
