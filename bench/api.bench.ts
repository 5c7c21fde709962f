/**
 * API benchmark: seeds N applications (default 10,000) into a fresh data folder, starts the server as `npm start`
 * runs it (the bundle in dist/, built by `npm run bench` first) in its own process, and drives each endpoint with
 * 20 concurrent keep-alive connections. Reports latency percentiles, the server's CPU time per request and its
 * resident memory (current and peak, from /proc).
 *
 * The load comes from wrk (Debian's `wrk` package) when it is installed: on a 2-core machine a load generator
 * written in Node spends as much CPU per request as the server does and takes it from the server's core, so the
 * latencies it reports are partly its own. Without wrk (or with BENCH_CLIENT=node) an undici client does the job.
 *
 *   npm run bench            # 10,000 applications, 20 connections, 10 s (wrk) or 3,000 requests (node) each
 *   BENCH_APPS=2000 BENCH_SECONDS=5 BENCH_CLIENT=node npm run bench
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { runCli, startCliServer } from '../src/testing/cli-process';

const applications = Number(process.env.BENCH_APPS ?? 10_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const requestsPerEndpoint = Number(process.env.BENCH_REQUESTS ?? 3_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const wrk = process.env.BENCH_CLIENT === 'node' ? null : which('wrk');

function which(command: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The Node flags `npm start` runs the server with, read from package.json so the two never drift apart. */
function startFlags(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return pkg.scripts.start?.match(/node ((?:--\S+ )*)dist\/cli\.mjs serve/)?.[1] ?? '';
}

function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** User plus system CPU time of a process so far, in milliseconds (Linux counts it in 1/100 s ticks). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Round {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** A fixed number of requests from `connections` concurrent loops on one undici agent. */
async function nodeRound(paths: () => string, base: string, agent: Agent): Promise<Round> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next++ < requestsPerEndpoint) {
        const t0 = performance.now();
        const response = await request(`${base}${paths()}`, { dispatcher: agent });
        await response.body.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.statusCode !== 200) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / elapsed),
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
  };
}

/**
 * `duration` seconds of load from wrk. A path with `:id` spreads requests at random over `ids`; one with
 * `:page` over the pages of the list (offsets 0, 50, … below `listTotal`).
 */
function wrkRound(path: string, base: string, ids: string[], duration: number): Round {
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--latency'];
  if (path.includes(':id') || path.includes(':page')) {
    const idFile = join(data, 'bench-ids.txt');
    const script = join(data, 'bench-paths.lua');
    writeFileSync(idFile, ids.join('\n'));
    const [before, after] = path.split(/:id|:page/);
    const value = path.includes(':id')
      ? 'ids[math.random(#ids)]'
      : `tostring(50 * math.random(0, ${Math.max(0, Math.ceil(listTotal / 50) - 1)}))`;
    writeFileSync(
      script,
      [
        'local ids = {}',
        `for line in io.lines(${JSON.stringify(idFile)}) do ids[#ids + 1] = line end`,
        'request = function()',
        `  return wrk.format(nil, ${JSON.stringify(before)} .. ${value} .. ${JSON.stringify(after ?? '')})`,
        'end',
      ].join('\n'),
    );
    args.push('-s', script, `${base}/`);
  } else {
    args.push(`${base}${path}`);
  }
  const out = execFileSync(wrk ?? 'wrk', args, { encoding: 'utf8' });
  const ms = (label: string) => {
    const match = out.match(new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm'));
    if (!match) return Number.NaN;
    const value = Number(match[1]);
    return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
  };
  const requests = Number(out.match(/(\d+) requests in/)?.[1] ?? 0);
  const errors =
    Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0) +
    (out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)?.slice(1) ?? [])
      .map(Number)
      .reduce((a, b) => a + b, 0);
  return {
    requests,
    errors,
    rps: Math.round(Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0)),
    p50: ms('50'),
    p90: ms('90'),
    p99: ms('99'),
  };
}

const data = await mkdtemp(join(tmpdir(), 'nextround-bench-'));
const seedStarted = performance.now();
const seeded = await runCli(['seed', '--data', data, '--applications', String(applications), '--seed', '1', '--json']);
if (seeded.code !== 0) throw new Error(seeded.stderr);
console.log(
  `seed: ${applications} applications in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s wall (${JSON.parse(seeded.stdout).seconds} s inside)`,
);

const bundle = new URL('../dist/cli.mjs', import.meta.url).pathname;
// The same Node flags as `npm start` (package.json), unless BENCH_NODE_FLAGS gives others to compare.
const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? startFlags()).split(' ').filter(Boolean);
const server = await startCliServer(data, {}, bundle, nodeFlags);
const pid = server.child.pid ?? 0;
const agent = new Agent({ connections, pipelining: 1 });
const listed = (await (
  await request(`${server.url}/api/applications?limit=500&archived=all`, { dispatcher: agent })
).body.json()) as {
  items: Array<{ id: string }>;
};
const ids = listed.items.map((a) => a.id);
const randomId = () => ids[Math.floor(Math.random() * ids.length)] ?? '';
// What the list shows by default (archived applications aside), for spreading requests over its pages.
const listTotal = (
  (await (await request(`${server.url}/api/applications?limit=1`, { dispatcher: agent })).body.json()) as {
    total: number;
  }
).total;
console.log(`server (node ${nodeFlags.join(' ')}) idle: ${JSON.stringify(memoryOf(pid))}`);
console.log(
  wrk
    ? `load: wrk, ${connections} connections, ${seconds} s per endpoint after ${Math.ceil(seconds / 3)} s of warm-up`
    : `load: undici in this process, ${connections} connections, ${requestsPerEndpoint} requests per endpoint after a warm-up round`,
);

// The first page is what the list screen asks for; a random page of the 200 shows the cost of a page built
// afresh (pages are kept per user until the next write, a few at a time).
const endpoints = ['/api/applications?limit=50', '/api/applications?limit=50&offset=:page', '/api/applications/:id'];
for (const extra of ['/api/agenda', '/api/insights']) {
  const probe = await request(`${server.url}${extra}`, { dispatcher: agent });
  await probe.body.arrayBuffer();
  if (probe.statusCode === 200) endpoints.push(extra);
}

const results = [];
for (const path of endpoints) {
  const paths = () =>
    path.replace(':id', randomId()).replace(':page', String(50 * Math.floor((Math.random() * listTotal) / 50)));
  const round = (duration: number) =>
    wrk ? Promise.resolve(wrkRound(path, server.url, ids, duration)) : nodeRound(paths, server.url, agent);
  await round(Math.ceil(seconds / 3)); // warm-up, not reported
  const cpuBefore = cpuMsOf(pid);
  const measured = await round(seconds);
  const cpuMs = cpuMsOf(pid) - cpuBefore;
  results.push({
    endpoint: `GET ${path}`,
    ...measured,
    p50: Number(measured.p50.toFixed(2)),
    p90: Number(measured.p90.toFixed(2)),
    p99: Number(measured.p99.toFixed(2)),
    'server CPU ms/req': Number((cpuMs / Math.max(1, measured.requests)).toFixed(3)),
    'peak MB so far': Math.round(memoryOf(pid).peakMb),
  });
}
const memory = memoryOf(pid);
console.table(results);
console.log(
  `server memory after load: rss ${memory.rssMb.toFixed(0)} MB, peak ${memory.peakMb.toFixed(0)} MB (${connections} connections, ${applications} applications)`,
);
await agent.close();
await server.stop();
