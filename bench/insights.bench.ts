/**
 * Insights rebuild benchmark: seeds N applications (default 10,000) into a fresh SQLite file (or the PostgreSQL
 * database given as BENCH_PG_URL), then times, in process, `advice.insights` right after
 * a write: a write that touches no debrief (an application's notes), a debrief saved, and a first build with
 * nothing kept (a fresh services instance, as after a restart). BENCH_PG_URL must name an empty database. Reports wall milliseconds (min, median) and the
 * main thread's CPU time per build from /proc, which a busy machine disturbs less than wall time.
 *
 *   node bin/run-ts.mjs bench/insights.bench.ts
 *   BENCH_APPS=2000 BENCH_ROUNDS=10 node bin/run-ts.mjs bench/insights.bench.ts
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/services/services';
import { localUserId, openStore } from '../src/store/store';
import { repositories } from '../src/store/store.repositories';

const count = Number(process.env.BENCH_APPS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const me = { userId: localUserId };

const store = process.env.BENCH_PG_URL
  ? await openStore({ kind: 'postgres', url: process.env.BENCH_PG_URL })
  : await openStore({
      kind: 'sqlite',
      file: join(await mkdtemp(join(tmpdir(), 'nextround-insights-')), 'bench.sqlite'),
    });
const services = createServices(store);
const seeded = await services.seed.run(me, { count, seed: 1 });
console.log(
  `${store.kind}: ${seeded.applications} applications, ${seeded.debriefs} debriefs, ${seeded.feedback} feedback`,
);

const read = repositories(store.db);
const [application] = await read.applications.rows.all(me.userId);
const [debrief] = await read.interviews.debriefs.all(me.userId);
if (!application || !debrief) throw new Error('the seed wrote nothing');

/** Main-thread CPU time so far (user + system), in ms: GC helper threads and time spent waiting excluded. */
function mainThreadCpuMs(): number {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(name: string, before: (round: number) => Promise<unknown>, run: () => Promise<unknown>) {
  await before(-1);
  await run();
  const wall: number[] = [];
  let cpu = 0;
  for (let round = 0; round < rounds; round++) {
    await before(round);
    const cpuStart = mainThreadCpuMs();
    const start = performance.now();
    await run();
    wall.push(performance.now() - start);
    cpu += mainThreadCpuMs() - cpuStart;
  }
  wall.sort((a, b) => a - b);
  const ms = (value: number) => value.toFixed(1).padStart(6);
  console.log(
    `${name.padEnd(44)} wall min ${ms(wall[0] ?? 0)}  median ${ms(wall[Math.floor(wall.length / 2)] ?? 0)}  | main-thread CPU ${ms(cpu / rounds)} ms/build`,
  );
}

const { id: _id, userId: _user, interviewId, createdAt: _c, updatedAt: _u, ...debriefValues } = debrief;
await measure(
  'insights after a write that touches no debrief',
  (round) => services.applications.update(me, application.id, { notes: `round ${round}` }),
  () => services.advice.insights(me),
);
await measure(
  'insights after a debrief is saved',
  (round) =>
    services.interviews.saveDebrief(me, interviewId, { ...debriefValues, notes: `round ${round}`, ratings: {} }),
  () => services.advice.insights(me),
);
await measure(
  'insights with nothing kept (first build)',
  async () => undefined,
  () => createServices(store).advice.insights(me),
);
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
await store.close();
