// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../../scripts/lib/audit.mjs';

/** The counts of `npm audit --json` (report version 2). */
const counts = (high: number, critical: number, moderate = 0) => ({
  info: 0,
  low: 0,
  moderate,
  high,
  critical,
  total: high + critical + moderate,
});

describe('the dependency audit', () => {
  it('passes a report with no high or critical advisory', () => {
    const verdict = auditVerdict({
      auditReportVersion: 2,
      vulnerabilities: { 'some-lib': { name: 'some-lib', severity: 'moderate' } },
      metadata: { vulnerabilities: counts(0, 0, 1) },
    });
    expect(verdict).toEqual({
      ran: true,
      summary: 'info 0, low 0, moderate 1, high 0, critical 0',
      failing: [],
    });
  });

  it('names every package with a high or critical advisory', () => {
    const verdict = auditVerdict({
      auditReportVersion: 2,
      vulnerabilities: {
        'a-lib': { name: 'a-lib', severity: 'high' },
        'b-lib': { name: 'b-lib', severity: 'low' },
        'c-lib': { name: 'c-lib', severity: 'critical' },
      },
      metadata: { vulnerabilities: counts(1, 1) },
    });
    expect(verdict.ran && verdict.failing).toEqual([
      { name: 'a-lib', severity: 'high' },
      { name: 'c-lib', severity: 'critical' },
    ]);
  });

  it('says it did not run when the audit service gave no counts', () => {
    expect(auditVerdict({ message: '405 Method Not Allowed - POST /advisories/bulk' })).toEqual({
      ran: false,
      reason: '405 Method Not Allowed - POST /advisories/bulk',
    });
    expect(auditVerdict(null)).toEqual({ ran: false, reason: 'no report' });
    expect(auditVerdict({ error: { summary: 'offline\nmore' } })).toEqual({
      ran: false,
      reason: 'offline',
    });
  });

  it('runs in CI before the tests', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^node scripts\/audit\.mjs$/m);
    expect(ci.indexOf('node scripts/audit.mjs')).toBeLessThan(ci.indexOf('npm test'));
  });
});

describe('docs/dependencies.md', () => {
  const doc = readFileSync('docs/dependencies.md', 'utf8');
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies: Record<string, string>;
  };

  it('lists every production dependency at its exact version, and only those', () => {
    const listed = [...doc.matchAll(/^\| `([^`]+)` +\| ([^ |]+) +\|/gm)].map(
      ([, name, version]) => [name, version],
    );
    expect(Object.fromEntries(listed)).toEqual(manifest.dependencies);
  });
});
