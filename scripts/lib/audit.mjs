// @ts-check
// Reads the JSON report of `npm audit --json` (scripts/audit.mjs, docs/dependencies.md).

/** The severities that fail the audit. */
export const FAILING_SEVERITIES = /** @type {const} */ (['high', 'critical']);

/**
 * @typedef {{ ran: false, reason: string }
 *   | { ran: true, summary: string, failing: { name: string, severity: string }[] }} AuditVerdict
 */

/**
 * What an `npm audit --json` report says: whether the audit ran at all (the registry's audit
 * service answered with counts), and if it did, every package with a high or critical advisory.
 * @param {unknown} report the parsed report, or null when there was none
 * @returns {AuditVerdict}
 */
export function auditVerdict(report) {
  /** @type {any} */
  const data = report;
  const counts = data?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    const reason = data?.message || data?.error?.summary || 'no report';
    return { ran: false, reason: String(reason).split('\n')[0] ?? '' };
  }
  const summary = Object.entries(counts)
    .filter(([level]) => level !== 'total')
    .map(([level, count]) => `${level} ${count}`)
    .join(', ');
  const failing = Object.entries(data.vulnerabilities ?? {})
    .map(([name, entry]) => ({ name, severity: String(/** @type {any} */ (entry)?.severity) }))
    .filter(({ severity }) =>
      /** @type {readonly string[]} */ (FAILING_SEVERITIES).includes(severity),
    );
  return { ran: true, summary, failing };
}
