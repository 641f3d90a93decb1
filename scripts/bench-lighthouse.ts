// Lighthouse figures for `npm run bench`, written into docs/benchmarks.md with the domain timings.
// Every screen is measured in Arabic and in French beside the floor app (bench/floor: the bare
// stack the app is built on), in the same run, and every speed figure is read as a ratio to the
// floor's: on a shared, noisy machine absolute times drift from one run to the next, the ratio
// much less. Reported, never asserted.
//
//   npx tsx scripts/bench-lighthouse.ts [--runs N] [--only home,results] [--out file.md]
//                                       [--reports dir] [--app dir --floor dir]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { arch, availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import lighthouse, { type Config, type Result } from 'lighthouse';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/browser';
import { CONTENT_TYPES } from '../tests/e2e/support/static-server';
import { buildFloor } from './lib/budgets.mjs';

const root = resolve(import.meta.dirname, '..');

const SCREENS = [
  { id: 'home', name: 'Home', route: '#/' },
  { id: 'questionnaire', name: 'Questionnaire', route: '#/quiz' },
  { id: 'results', name: 'Results', route: '#/results?riasec=70,20,10,30,40,60' },
  { id: 'explorer', name: 'Explorer', route: '#/programs' },
  { id: 'centers', name: 'Centers', route: '#/centers' },
  { id: 'counselor', name: 'Counselor', route: '#/counselor' },
] as const;
type Screen = (typeof SCREENS)[number];

/** Arabic (right to left) and French (left to right): the two layouts every screen has. */
const LANGUAGES = ['ar', 'fr'] as const;

/**
 * How the pages are served: over HTTP/2 with TLS, as public static hosts and CDNs serve, where
 * one connection carries every file at once; and over plain HTTP/1.1, as a school's intranet may
 * serve, where a browser fetches six files at a time from one host. Every screen, and the floor,
 * is measured both ways.
 */
const PROTOCOLS = [
  { id: 'h2', name: 'HTTP/2', heading: 'Over HTTP/2 (with TLS), as public static hosts serve' },
  {
    id: 'http1',
    name: 'HTTP/1.1',
    heading: 'Over HTTP/1.1 (plain HTTP), as a school’s intranet may serve',
  },
] as const;
type Protocol = (typeof PROTOCOLS)[number];

/**
 * The floor's runs, spread from the first run to the last: their median is the reference, and
 * their spread shows the machine's drift. Five, so that one run slowed by a neighbour on the
 * machine does not move the median.
 */
const FLOOR_RUNS = 5;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The default config is Lighthouse's mobile preset: simulated slow 4G and a 4× slower CPU. */
const CONFIG: Config = { extends: 'lighthouse:default', settings: { onlyCategories: CATEGORIES } };

interface FailingAudit {
  category: string;
  id: string;
  title: string;
}

/** One Lighthouse run: scores 0–100, times in ms, sizes in bytes as transferred. */
interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  totalBytes: number;
  scriptBytes: number;
  benchmarkIndex: number;
  /** The simulated connection's throughput (Lighthouse's mobile preset), in kbit/s. */
  throughputKbps: number;
  failing: FailingAudit[];
  /** Audits Lighthouse could not run, such as diagnostics it cannot read in a newer browser. */
  errored: string[];
}

interface Job {
  protocol: Protocol;
  screen: string;
  language: string;
  key: string;
  url: string;
}

interface Target {
  name: string;
  met: (app: Figures, floor: Figures) => boolean;
  value: (app: Figures, floor: Figures) => string;
}

/** The LCP target: at most this many times the floor's LCP. */
const LCP_RATIO_TARGET = 1.25;

const TARGETS: Target[] = [
  {
    name: 'Performance ≥ 95',
    met: (app) => app.performance >= 95,
    value: (app) => `performance ${app.performance}`,
  },
  {
    name: 'LCP ≤ 1.25× floor',
    met: (app, floor) => app.lcp <= LCP_RATIO_TARGET * floor.lcp,
    value: (app, floor) => `LCP ${seconds(app.lcp)} s, ${ratio(app.lcp, floor.lcp)} the floor's`,
  },
  {
    name: 'Accessibility 100',
    met: (app) => app.accessibility === 100,
    value: (app) => `accessibility ${app.accessibility}`,
  },
  {
    name: 'Best practices 100',
    met: (app) => app.bestPractices === 100,
    value: (app) => `best practices ${app.bestPractices}`,
  },
  { name: 'SEO ≥ 95', met: (app) => app.seo >= 95, value: (app) => `SEO ${app.seo}` },
  {
    name: 'CLS ≤ 0.02',
    met: (app) => app.cls <= 0.02,
    value: (app) => `CLS ${app.cls.toFixed(3)}`,
  },
  {
    // A floor that blocks for 0 ms leaves no room: then any blocking misses the target.
    name: 'TBT ≤ 2× floor',
    met: (app, floor) => app.tbt <= 2 * floor.tbt,
    value: (app, floor) =>
      `TBT ${Math.round(app.tbt)} ms, ${ratio(app.tbt, floor.tbt)} the floor's`,
  },
];

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const ratio = (value: number, reference: number) =>
  reference > 0 ? `${(value / reference).toFixed(2)}×` : value > 0 ? '∞' : '1.00×';
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** The median of every figure of several runs; the failing audits of any of them. */
function medianOf(runs: Figures[]): Figures {
  const of = (pick: (figures: Figures) => number) => median(runs.map(pick));
  const failing = new Map<string, FailingAudit>();
  for (const audit of runs.flatMap((run) => run.failing))
    failing.set(`${audit.category}/${audit.id}`, audit);
  return {
    performance: of((f) => f.performance),
    accessibility: of((f) => f.accessibility),
    bestPractices: of((f) => f.bestPractices),
    seo: of((f) => f.seo),
    lcp: of((f) => f.lcp),
    fcp: of((f) => f.fcp),
    tbt: of((f) => f.tbt),
    cls: of((f) => f.cls),
    speedIndex: of((f) => f.speedIndex),
    totalBytes: of((f) => f.totalBytes),
    scriptBytes: of((f) => f.scriptBytes),
    benchmarkIndex: of((f) => f.benchmarkIndex),
    throughputKbps: of((f) => f.throughputKbps),
    failing: [...failing.values()],
    errored: [...new Set(runs.flatMap((run) => run.errored))],
  };
}

function buildApp(outDir: string): void {
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

const COMPRESSED = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
]);

/**
 * Serves each directory under its sub-path as a static host would: text gzip-compressed (so that
 * Lighthouse's transfer sizes are the bytes a visitor downloads), hashed assets cached for a year,
 * the rest revalidated. Compressed once, at -9, and kept: the server must not steal CPU time
 * from the page being measured.
 */
interface ServedRequest {
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}
interface ServedResponse {
  writeHead(status: number, headers?: Record<string, string | number>): unknown;
  end(body: string | Buffer): unknown;
}

/**
 * A certificate for the local HTTP/2 server, made with openssl for this run only; the browser
 * under measurement is told to accept it (`--ignore-certificate-errors`).
 */
function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (result.status !== 0 || !existsSync(cert)) {
    throw new Error(
      `openssl could not make a certificate for the HTTP/2 server: ${result.error?.message ?? result.stderr}`,
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function serve(mounts: Record<string, string>, tls?: { key: Buffer; cert: Buffer }) {
  const cache = new Map<string, { body: Buffer; gzipped: boolean }>();
  const handle = (request: ServedRequest, response: ServedResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const base = Object.keys(mounts).find((prefix) => url.pathname.startsWith(prefix));
    const dir = base && mounts[base];
    if (!base || !dir) {
      response.writeHead(404);
      return void response.end('not found');
    }
    const relativePath = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    const file = normalize(join(dir, relativePath));
    if (!file.startsWith(normalize(dir) + sep)) {
      response.writeHead(403);
      return void response.end('');
    }
    const gzipOk = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const load = async () => {
      const path = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const key = `${path}:${gzipOk}`;
      let entry = cache.get(key);
      if (!entry) {
        const raw = await readFile(path);
        const gzipped = gzipOk && COMPRESSED.has(extname(path));
        entry = { body: gzipped ? gzipSync(raw, { level: 9 }) : raw, gzipped };
        cache.set(key, entry);
      }
      return { path, ...entry };
    };
    load().then(
      ({ path, body, gzipped }) => {
        const hashed = relative(dir, path).startsWith(`assets${sep}`);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
          vary: 'accept-encoding',
          ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
        });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end('not found');
      },
    );
  };
  const server = tls
    ? createSecureServer({ ...tls, allowHTTP1: false }, handle)
    : createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Chromium's process groups still running, ended on the way out, even on Ctrl+C. */
const running = new Set<number>();
process.once('exit', () => running.forEach((group) => signalGroup(group, 'SIGKILL')));
process.once('SIGINT', () => process.exit(130));

function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false; // no process left in the group
  }
}

/**
 * One Chromium per Lighthouse run, on a fresh profile: nothing (cache, service worker, storage)
 * carries over from one screen to the next, and a crash costs one run, not the rest. It runs in
 * a process group of its own, so that closing it ends its helper processes too, before the
 * profile they write to is deleted.
 */
async function launchChromium(executable: string) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const child: ChildProcess = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      // The local HTTP/2 server's certificate is made for the run (`selfSignedCertificate`).
      '--ignore-certificate-errors',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const group = child.pid;
  if (group) running.add(group);
  const exited = new Promise<void>((done) => {
    child.once('exit', () => done());
    child.once('error', () => done()); // not started at all
  });

  const close = async () => {
    if (group) {
      signalGroup(group, 'SIGTERM');
      const deadline = Date.now() + 10_000;
      while (signalGroup(group, 0) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 100));
      signalGroup(group, 'SIGKILL');
      running.delete(group);
    }
    await exited;
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      // A profile left in the temporary directory is no reason to lose the run.
      console.warn(`    could not delete a browser profile: ${(error as Error).message}`);
    }
  };

  try {
    const port = await new Promise<number>((done, fail) => {
      let log = '';
      const timer = setTimeout(() => fail(new Error(`Chromium did not listen:\n${log}`)), 60_000);
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (chunk: string) => {
        log += chunk;
        const match = /DevTools listening on ws:\/\/[^:/]+:(\d+)\//.exec(log);
        if (match) {
          clearTimeout(timer);
          done(Number(match[1]));
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        fail(new Error(`Chromium exited before listening:\n${log}`));
      });
    });
    // Keep reading Chromium's log, or a full pipe would stall it.
    child.stderr?.resume();
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The audits of a category that weigh in its score and did not pass. */
function failingAudits(lhr: Result, category: string): FailingAudit[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .flatMap((ref) => lhr.audits[ref.id] ?? [])
    .filter((audit) => audit.scoreDisplayMode === 'error' || (audit.score ?? 1) < 1)
    .map((audit) => ({ category, id: audit.id, title: audit.title }));
}

function figuresOf(lhr: Result): Figures {
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = (lhr.audits['resource-summary']?.details as { items?: unknown[] } | undefined)
    ?.items as { resourceType: string; transferSize: number }[] | undefined;
  const transferred = (type: string) =>
    items?.find((item) => item.resourceType === type)?.transferSize ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: metric('largest-contentful-paint'),
    fcp: metric('first-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    speedIndex: metric('speed-index'),
    totalBytes: transferred('total'),
    scriptBytes: transferred('script'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    throughputKbps: lhr.configSettings.throttling?.throughputKbps ?? Number.NaN,
    failing: ['accessibility', 'best-practices', 'seo'].flatMap((c) => failingAudits(lhr, c)),
    errored: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => audit.id),
  };
}

/** One Lighthouse run in a fresh Chromium; tried twice, since a shared machine has hiccups. */
async function measure(executable: string, url: string, reports?: string): Promise<Figures> {
  for (let attempt = 1; ; attempt += 1) {
    const chromium = await launchChromium(executable);
    try {
      const result = await lighthouse(
        url,
        { port: chromium.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error' },
        CONFIG,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError)
        throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const warning of lhr.runWarnings) console.warn(`    warning: ${warning}`);
      if (reports) {
        const name = `${Date.now()}-${url.replace(/^https?:\/\/[^/]+\//, '').replace(/\W+/g, '-')}`;
        writeFileSync(join(reports, `${name}.json`), JSON.stringify(lhr));
      }
      return figuresOf(lhr);
    } catch (error) {
      if (attempt >= 2) throw error;
      console.warn(`    run failed, once more: ${(error as Error).message}`);
    } finally {
      await chromium.close();
    }
  }
}

/** The floor's runs spread evenly over the app's, the first before them and the last after. */
function schedule(appJobs: Job[], floorJob: Job): Job[] {
  const jobs: Job[] = [];
  const floorAt = Array.from({ length: FLOOR_RUNS }, (_, i) =>
    Math.round((i * appJobs.length) / (FLOOR_RUNS - 1)),
  );
  for (let i = 0; i <= appJobs.length; i += 1) {
    for (const at of floorAt) if (at === i) jobs.push(floorJob);
    const job = appJobs[i];
    if (job) jobs.push(job);
  }
  return jobs;
}

interface DomainTimings {
  output: string;
  status: number | null;
}

/** Runs the domain timings (scripts/bench-domain.ts), prints their output and returns it. */
function domainTimings(): DomainTimings {
  const result = spawnSync('npx', ['tsx', 'scripts/bench-domain.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(result.stdout);
  return { output: result.stdout.trim(), status: result.status };
}

/**
 * The last section of the doc: the domain timings as printed. A failure is written down rather
 * than thrown, so that the Lighthouse figures of the run are kept.
 */
function domainSection({ output, status }: DomainTimings): string[] {
  return [
    '## Domain timings',
    '',
    status === 0
      ? 'The output of `npx tsx scripts/bench-domain.ts`, run after the Lighthouse runs:'
      : `\`npx tsx scripts/bench-domain.ts\` failed (exit status ${status}); what it printed:`,
    '',
    '```text',
    output,
    '```',
    '',
  ];
}

function machine(executable: string, benchmarkIndex: number): string[] {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const os = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? process.platform;
  const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return [
    `- CPU: ${cpus()[0]?.model.trim() ?? 'unknown'}, ${availableParallelism()} cores`,
    `- Memory: ${(totalmem() / 1e9).toFixed(1)} GB`,
    `- OS: ${os}, ${arch()}`,
    `- Node.js: ${process.version}`,
    `- Browser: ${version}`,
    `- Lighthouse's benchmark index (median of the runs): ${Math.round(benchmarkIndex)}`,
  ];
}

interface Row {
  screen: Screen;
  language: string;
  figures: Figures;
}

/** A run as it happened, in the order of the run. */
interface Run {
  protocol: Protocol;
  screen: string;
  language: string;
  figures: Figures;
}

interface Measured {
  protocol: Protocol;
  floor: Figures;
  floorRuns: Figures[];
  rows: Row[];
}

const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The figures, targets and notes of one way of serving the pages. */
function protocolSection({ protocol, floor, floorRuns, rows }: Measured): string[] {
  const row = (name: string, language: string, f: Figures) =>
    line([
      name,
      language,
      f.performance,
      seconds(f.lcp),
      ratio(f.lcp, floor.lcp),
      Math.round(f.tbt),
      ratio(f.tbt, floor.tbt),
      f.cls.toFixed(3),
      f.accessibility,
      f.bestPractices,
      f.seo,
      kb(f.scriptBytes),
      ratio(f.scriptBytes, floor.scriptBytes),
    ]);
  const screens = SCREENS.filter((screen) => rows.some((r) => r.screen === screen));
  const missed = (screen: Screen, target: Target) =>
    rows.filter((r) => r.screen === screen && !target.met(r.figures, floor)).map((r) => r.language);
  const blocked = rows.filter((r) => TARGETS.some((target) => !target.met(r.figures, floor)));
  const rounds = protocol.id === 'http1' ? 'more files, in more rounds' : 'more files';
  const files =
    protocol.id === 'http1'
      ? 'more files, fetched six at a time over HTTP/1.1'
      : 'more files, though HTTP/2 fetches them all at once';
  return [
    `## ${protocol.heading}`,
    '',
    '### Figures',
    '',
    line([
      'Screen',
      'Language',
      'Performance',
      'LCP (s)',
      'LCP ratio',
      'TBT (ms)',
      'TBT ratio',
      'CLS',
      'Accessibility',
      'Best practices',
      'SEO',
      'JS (kB)',
      'JS ratio',
    ]),
    line(Array.from({ length: 13 }, (_, i) => (i < 2 ? '---' : '--:'))),
    row('Floor', 'fr', floor),
    ...rows.map((r) => row(r.screen.name, r.language, r.figures)),
    '',
    'The floor’s runs in order, for the drift: LCP ' +
      floorRuns.map((f) => seconds(f.lcp)).join(', ') +
      ' s; TBT ' +
      floorRuns.map((f) => Math.round(f.tbt)).join(', ') +
      ' ms; performance ' +
      floorRuns.map((f) => f.performance).join(', ') +
      '.',
    '',
    ...(floor.failing.length
      ? [
          'The floor’s own failing audits, a bare page on a bare host: ' +
            floor.failing.map((a) => `\`${a.id}\` (${a.title})`).join(', ') +
            '.',
          '',
        ]
      : []),
    '### Targets',
    '',
    'Met in both languages, or not met in the languages named.',
    '',
    line(['Target', ...screens.map((screen) => screen.name)]),
    line(['---', ...screens.map(() => '---')]),
    ...TARGETS.map((target) =>
      line([
        target.name,
        ...screens.map((screen) => {
          const languages = missed(screen, target);
          return languages.length ? `**not met** (${languages.join(', ')})` : 'met';
        }),
      ]),
    ),
    '',
    '### What stands in the way',
    '',
    ...(blocked.length
      ? [
          'The floor is the stack with one page. Every screen adds its own code, its strings ' +
            'and, for most, the dataset (the JS ratio column), and its LCP waits for two things ' +
            'the floor does not have: the transfer of those bytes over the simulated connection, ' +
            `and the work before the first paint (${files}, and more code to run on the four ` +
            'times slower processor). Each screen below gives both. Where the transfer alone ' +
            'takes longer than the target allows beyond the floor’s LCP, no ordering of the ' +
            'downloads can meet it: the screen must carry less. Performance follows LCP and FCP. ' +
            'The floor’s TBT is a few milliseconds, under the 50 ms a task must last to count in ' +
            'most runs, so the TBT ratio divides by almost nothing; the absolute TBT is the ' +
            'figure to read.',
          '',
        ]
      : ['Every target is met on every screen.', '']),
    ...blocked.flatMap((r) => {
      const missedHere = TARGETS.filter((target) => !target.met(r.figures, floor)).map(
        (target) => `${target.name} (${target.value(r.figures, floor)})`,
      );
      const extra = r.figures.totalBytes - floor.totalBytes;
      const transfer = (extra * 8) / (r.figures.throughputKbps * 1000);
      const margin = (LCP_RATIO_TARGET - 1) * floor.lcp;
      const throughput = (r.figures.throughputKbps * 1000) / 8;
      const tooMuch = extra - (margin / 1000) * throughput;
      const over = (r.figures.lcp - floor.lcp) / 1000;
      const bytesNote =
        r.figures.lcp <= LCP_RATIO_TARGET * floor.lcp
          ? []
          : [
              `It transfers ${kb(r.figures.totalBytes)} kB, ${kb(extra)} kB more than the ` +
                `floor: ${transfer.toFixed(2)} s of transfer at the simulated ` +
                `${(r.figures.throughputKbps / 1000).toFixed(1)} Mbit/s, of the ` +
                `${over.toFixed(2)} s by which its LCP exceeds the floor’s, where the target ` +
                `allows ${(margin / 1000).toFixed(2)} s. ` +
                (tooMuch > 0
                  ? `Even with nothing else in the way, it would have to carry at least ` +
                    `${kb(tooMuch)} kB less. `
                  : '') +
                `The other ${Math.max(0, over - transfer).toFixed(2)} s are the work before its first ` +
                `paint: ${rounds}, and more code to run on the slower processor.`,
              '',
            ];
      return [
        `#### ${r.screen.name} (${r.language})`,
        '',
        `Not met: ${missedHere.join('; ')}.`,
        '',
        ...bytesNote,
        ...(r.figures.failing.length
          ? [
              'Failing audits of accessibility, best practices and SEO:',
              '',
              ...r.figures.failing.map((a) => `- ${a.category}: \`${a.id}\`: ${a.title}`),
            ]
          : ['No audit of accessibility, best practices or SEO fails.']),
        '',
      ];
    }),
  ];
}

function renderDoc(options: {
  lighthouseVersion: string;
  runs: number;
  measured: Measured[];
  runLog: Run[];
  machine: string[];
  minutes: number;
  domain: DomainTimings;
}): string {
  const each = options.runs > 1 ? `the median of ${options.runs} runs` : 'one run';
  const errored = [...new Set(options.runLog.flatMap((run) => run.figures.errored))];

  return [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (scripts/bench-lighthouse.ts): edit the script, not this. -->',
    '',
    `Every screen is loaded by Lighthouse ${options.lighthouseVersion} with its default mobile ` +
      'preset (a mid-range phone on slow 4G with a 4× slower CPU, simulated), in Debian’s ' +
      'Chromium, headless, from a local static server that compresses text with gzip as a ' +
      'static host does, so sizes are bytes as transferred. The server speaks HTTP/2 (with ' +
      'TLS), as public static hosts and CDNs do, and plain HTTP/1.1, as a school’s intranet ' +
      'may; every page is measured both ways. Beside them, in the same run, Lighthouse loads ' +
      'the floor app (`bench/floor/`: React, a hash router, i18next and a persisted zustand ' +
      'store with one translated page, built with the same Vite) ' +
      `${FLOOR_RUNS} times per protocol, spread from the first run to the last; each speed ` +
      'figure of the app is given as a ratio to the median of the floor’s over the same ' +
      'protocol, since absolute times on a shared machine drift from one run to the next and ' +
      `the ratio much less. Each figure of the app is ${each}.`,
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)}, in ${options.minutes.toFixed(1)} ` +
      'minutes, on:',
    '',
    ...options.machine,
    '',
    'Scores out of 100; LCP, the largest contentful paint; TBT, the total blocking time; ' +
      'CLS, the cumulative layout shift; JS, the JavaScript transferred to load the screen.',
    '',
    ...(errored.length
      ? [
          'Audits Lighthouse could not complete in this browser, in some runs or all (those that ' +
            'count in a score are listed with the failing audits below): ' +
            errored.map((id) => `\`${id}\``).join(', ') +
            '.',
          '',
        ]
      : []),
    ...options.measured.flatMap(protocolSection),
    '## Every run',
    '',
    'In the order of the run. FCP, the first contentful paint; SI, the speed index; sizes in ' +
      'kB as transferred.',
    '',
    line([
      'Run',
      'Protocol',
      'Screen',
      'Language',
      'Performance',
      'FCP (s)',
      'LCP (s)',
      'SI (s)',
      'TBT (ms)',
      'CLS',
      'Accessibility',
      'Best practices',
      'SEO',
      'All (kB)',
      'JS (kB)',
    ]),
    line(Array.from({ length: 15 }, (_, i) => (i >= 1 && i <= 3 ? '---' : '--:'))),
    ...options.runLog.map(({ protocol, screen, language, figures: f }, i) =>
      line([
        i + 1,
        protocol.name,
        screen,
        language,
        f.performance,
        seconds(f.fcp),
        seconds(f.lcp),
        seconds(f.speedIndex),
        Math.round(f.tbt),
        f.cls.toFixed(3),
        f.accessibility,
        f.bestPractices,
        f.seo,
        kb(f.totalBytes),
        kb(f.scriptBytes),
      ]),
    ),
    '',
    ...domainSection(options.domain),
  ].join('\n');
}

async function main() {
  const started = Date.now();
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      only: { type: 'string' },
      out: { type: 'string', default: 'docs/benchmarks.md' },
      reports: { type: 'string' },
      // Builds made beforehand (`npm run bench` passes its own), instead of building both here.
      app: { type: 'string' },
      floor: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  const only = values.only?.split(',').map((id) => id.trim());
  const unknown = only?.filter((id) => !SCREENS.some((screen) => screen.id === id));
  if (unknown?.length)
    throw new Error(`unknown screen ${unknown.join(', ')}; screens: ${SCREENS.map((s) => s.id)}`);
  const screens = SCREENS.filter((screen) => !only || only.includes(screen.id));
  const out = resolve(root, values.out);
  const reports = values.reports && resolve(root, values.reports);
  if (reports) mkdirSync(reports, { recursive: true });

  const executable = findChromium();
  if (!executable) {
    console.log('\nLighthouse: SKIPPED (no Chromium found; set CHROMIUM_PATH).');
    if (domainTimings().status !== 0) process.exitCode = 1;
    return;
  }

  const work = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const appDir = values.app ? resolve(values.app) : join(work, 'app');
    const floorDir = values.floor ? resolve(values.floor) : join(work, 'floor');
    if (!values.app) buildApp(appDir);
    if (!values.floor) buildFloor(floorDir);
    const mounts = { '/masari/': appDir, '/floor/': floorDir };
    const servers = {
      h2: await serve(mounts, selfSignedCertificate(work)),
      http1: await serve(mounts),
    };
    try {
      const jobsOf = (protocol: Protocol): Job[] => {
        const origin = servers[protocol.id].origin;
        const floorJob: Job = {
          protocol,
          screen: 'Floor',
          language: 'fr',
          key: `${protocol.id}:floor`,
          url: `${origin}/floor/#/`,
        };
        const appJobs: Job[] = Array.from({ length: runs }, () =>
          screens.flatMap((screen) =>
            LANGUAGES.map((language) => {
              const query = `${screen.route.includes('?') ? '&' : '?'}lang=${language}`;
              return {
                protocol,
                screen: screen.name,
                language,
                key: `${protocol.id}:${screen.id}:${language}`,
                url: `${origin}/masari/${screen.route}${query}`,
              };
            }),
          ),
        ).flat();
        return schedule(appJobs, floorJob);
      };
      const jobs = PROTOCOLS.flatMap(jobsOf);
      const results = new Map<string, Figures[]>();
      const runLog: Run[] = [];
      const lighthouseVersion = (
        JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
      console.log(`\nLighthouse ${lighthouseVersion}, mobile preset: ${jobs.length} runs`);
      for (const [index, job] of jobs.entries()) {
        const figures = await measure(executable, job.url, reports);
        results.set(job.key, [...(results.get(job.key) ?? []), figures]);
        runLog.push({
          protocol: job.protocol,
          screen: job.screen,
          language: job.language,
          figures,
        });
        console.log(
          `  ${String(index + 1).padStart(2)}/${jobs.length} ${job.protocol.name.padEnd(8)} ` +
            `${`${job.screen} ${job.language}`.padEnd(16)} ` +
            `performance ${figures.performance}, FCP ${seconds(figures.fcp)} s, ` +
            `LCP ${seconds(figures.lcp)} s, SI ${seconds(figures.speedIndex)} s, ` +
            `TBT ${Math.round(figures.tbt)} ms, CLS ${figures.cls.toFixed(3)}, ` +
            `a11y ${figures.accessibility}, best practices ${figures.bestPractices}, ` +
            `SEO ${figures.seo}, JS ${kb(figures.scriptBytes)} kB of ${kb(figures.totalBytes)} kB`,
        );
      }

      const measured = PROTOCOLS.map((protocol) => {
        const floorRuns = results.get(`${protocol.id}:floor`) ?? [];
        const rows: Row[] = screens.flatMap((screen) =>
          LANGUAGES.map((language) => ({
            screen,
            language,
            figures: medianOf(results.get(`${protocol.id}:${screen.id}:${language}`) ?? []),
          })),
        );
        return { protocol, floor: medianOf(floorRuns), floorRuns, rows };
      });
      const all = [...results.values()].flat();
      const domain = domainTimings();
      const doc = renderDoc({
        lighthouseVersion,
        runs,
        measured,
        runLog,
        machine: machine(executable, median(all.map((f) => f.benchmarkIndex))),
        minutes: (Date.now() - started) / 60_000,
        domain,
      });
      // The repository's Prettier settings wherever `--out` points: the page passes the lint.
      const settings = await resolveConfig(join(root, 'docs/benchmarks.md'));
      const formatted = await format(doc, { ...settings, filepath: out });
      writeFileSync(out, formatted);
      const tables = [...formatted.matchAll(/### Figures[\s\S]*?(\|[\s\S]*?\|)\n\n/g)];
      const table = tables
        .map((match, i) => `${PROTOCOLS[i]?.name ?? ''}\n\n${match[1] ?? ''}`)
        .join('\n\n');
      if (domain.status !== 0) process.exitCode = 1;
      const shown = relative(root, out).startsWith('..') ? out : relative(root, out);
      console.log(`\nWrote ${shown}:\n\n${table}`);
    } finally {
      await Promise.all(Object.values(servers).map((server) => server.close()));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
