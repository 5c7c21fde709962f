/**
 * API benchmark: seeds N applications (default 10,000) into a fresh data folder, starts the server as `npm start`
 * runs it (the bundle in dist/, built by `npm run bench` first) in its own process, and drives each endpoint with 20 concurrent keep-alive connections. Reports latency
 * percentiles and the server's resident memory (current and peak, from /proc).
 *
 *   npm run bench            # 10,000 applications, 20 connections, 3,000 requests per endpoint
 *   BENCH_APPS=2000 BENCH_REQUESTS=1000 npm run bench
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { runCli, startCliServer } from '../src/testing/cli-process';

const applications = Number(process.env.BENCH_APPS ?? 10_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const requestsPerEndpoint = Number(process.env.BENCH_REQUESTS ?? 3_000);

function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function load(name: string, paths: () => string, base: string, agent: Agent) {
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
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    endpoint: name,
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / seconds),
    p50: Number(percentile(latencies, 50).toFixed(2)),
    p95: Number(percentile(latencies, 95).toFixed(2)),
    p99: Number(percentile(latencies, 99).toFixed(2)),
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
// The same Node flags as `npm start`: a smaller young generation keeps the server ~30 MB smaller at equal speed.
const server = await startCliServer(data, {}, bundle, ['--max-semi-space-size=4']);
const pid = server.child.pid ?? 0;
const agent = new Agent({ connections, pipelining: 1 });
const listed = (await (
  await request(`${server.url}/api/applications?limit=500&archived=all`, { dispatcher: agent })
).body.json()) as {
  items: Array<{ id: string }>;
};
const ids = listed.items.map((a) => a.id);
const randomId = () => ids[Math.floor(Math.random() * ids.length)] ?? '';
console.log(`server idle: ${JSON.stringify(memoryOf(pid))}`);

const endpoints: Array<[string, () => string]> = [
  ['GET /api/applications?limit=50', () => '/api/applications?limit=50'],
  ['GET /api/applications/:id', () => `/api/applications/${randomId()}`],
];
for (const extra of ['/api/agenda', '/api/insights']) {
  const probe = await request(`${server.url}${extra}`, { dispatcher: agent });
  await probe.body.arrayBuffer();
  if (probe.statusCode === 200) endpoints.push([`GET ${extra}`, () => extra]);
}

const results = [];
for (const [name, path] of endpoints) {
  await load(name, path, server.url, agent); // warm-up round, not reported
  results.push(await load(name, path, server.url, agent));
}
const memory = memoryOf(pid);
console.table(results);
console.log(
  `server memory after load: rss ${memory.rssMb.toFixed(0)} MB, peak ${memory.peakMb.toFixed(0)} MB (${connections} connections, ${applications} applications)`,
);
await agent.close();
await server.stop();
