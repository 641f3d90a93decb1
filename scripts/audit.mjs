// @ts-check
// The dependency audit of CI (docs/dependencies.md): `npm audit` over the production dependencies,
// failing on any advisory rated high or critical. The advisories come from the registry's audit
// service; where it does not answer (a mirror or proxy without it), the audit cannot run: it says
// so loudly and, unless AUDIT_REQUIRED=true, lets the rest of CI go on, since no test can stand in
// for the advisory database.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './lib/audit.mjs';

const required = process.env.AUDIT_REQUIRED === 'true';
const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });

/** @type {unknown} */
let report = null;
try {
  report = JSON.parse(result.stdout || 'null');
} catch {
  report = { message: result.stderr.trim() || 'the report could not be read' };
}

const verdict = auditVerdict(report);
if (!verdict.ran) {
  const banner = '!'.repeat(78);
  console.error(
    [
      banner,
      'DEPENDENCY AUDIT NOT RUN: the registry’s audit service did not answer.',
      `  ${verdict.reason}`,
      required
        ? 'AUDIT_REQUIRED=true: an audit that cannot run fails.'
        : 'Run `npm audit --omit=dev` where the registry answers before a release.',
      banner,
    ].join('\n'),
  );
  process.exit(required ? 1 : 0);
}

console.log(`Dependency audit (production dependencies): ${verdict.summary}.`);
if (verdict.failing.length > 0) {
  for (const { name, severity } of verdict.failing) console.error(`  ${severity}: ${name}`);
  console.error(
    `${verdict.failing.length} packages with high or critical advisories: see \`npm audit --omit=dev\`.`,
  );
  process.exit(1);
}
