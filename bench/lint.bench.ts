/**
 * Lint latency on realistic 150-word messages: `npm run bench:lint`.
 *
 *   node bin/run-ts.mjs bench/lint.bench.ts [--runs N]
 *
 * Messages are built from real-looking sentences: the authored tone and proofreading messages (what job seekers
 * write, errors included) and the authored employer feedback, each sentence used once in the whole run, so no
 * cache can help the "every sentence new" figure. The "typing" figure changes one sentence of a message between
 * lints, as while the user types, and the "new name" figure types a name no dictionary knows into it.
 * Target (issue 3): p95 ≤ 15 ms for a 150-word message after warm-up.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintMessage, lintMessageSync } from '../src/core/lint';
import { loadProofreader, type Proofreader } from '../src/core/lint/lint.harper';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 200;
const warmUp = 30;

const sources = [
  'src/core/lint/lint.tone.fixtures.jsonl',
  'src/core/lint/lint.proofread.fixtures.jsonl',
  'src/core/feedback/feedback.labelled.jsonl',
];
const texts = sources.flatMap((path) =>
  readFileSync(resolve(root, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => String((JSON.parse(line) as { text: string }).text)),
);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Sentences of 6–35 words, in a fixed shuffled order (each is used once). */
const sentences = (() => {
  const all = [...new Set(texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).map((s) => s.trim()))].filter(
    (s) => wordCount(s) >= 6 && wordCount(s) <= 35 && /[.!?]$/.test(s),
  );
  let state = 7;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  return all;
})();

const names = ['Ms Patel', 'Mr Okafor', 'Dr Nguyen', 'Ms García', 'Mr Lindqvist', 'Ms Haddad', 'Mr Kowalski'];
const openers = ['Honestly', 'Also', 'Again', 'Overall', 'Indeed', 'Still', 'Equally', 'In short', 'As ever'];
let next = 0;
/** The next unused sentence; after the corpus is used up, the same sentences with a new opening word. */
function nextSentence(): string {
  const pass = Math.floor(next / sentences.length);
  const sentence = sentences[next++ % sentences.length] as string;
  if (pass === 0) return sentence;
  return `${openers[(pass - 1) % openers.length]}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** A new ~150-word message: a greeting, body sentences never used before in this run, a sign-off. */
function freshMessage(n: number): string {
  const body: string[] = [];
  let words = 4;
  while (words < 150) {
    const sentence = nextSentence();
    body.push(sentence);
    words += wordCount(sentence);
  }
  const half = Math.ceil(body.length / 2);
  return `Dear ${names[n % names.length]},\n\n${body.slice(0, half).join(' ')}\n\n${body.slice(half).join(' ')}\n\nBest regards,\nSam`;
}

const syllables = ['ade', 'oko', 'nwa', 'lind', 'kris', 'bon', 'dar', 'hal', 'vor', 'tia', 'mur', 'zel', 'qui', 'rho'];
/** A surname no dictionary knows, different every call ("Okonwamur"), as when the user types a new name. */
function newName(n: number): string {
  const parts = [n % 14, Math.floor(n / 14) % 14, Math.floor(n / 196) % 14, 3 + (n % 5)].map((i) => syllables[i]);
  const name = parts.join('');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}
const percentile = (samples: number[], p: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`.padEnd(9);
const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

async function measure(label: string, proofreader: Proofreader): Promise<void> {
  console.log(
    `\n${label}: load ${proofreader.stats.loadMs} ms, RSS ${proofreader.stats.rssBeforeMb} → ${proofreader.stats.rssAfterMb} MB`,
  );
  for (let i = 0; i < warmUp; i++) {
    const message = freshMessage(i);
    lintMessageSync(message, { kind: 'thank-you' });
    await lintMessage(message, { kind: 'thank-you' });
  }
  const typingBase = freshMessage(0);
  const typingSentences = typingBase.split(/(?<=[.!?])\s+/);
  const samples: Record<string, Array<{ wall: number; cpu: number }>> = {
    'instant checks (lintMessageSync)': [],
    'full lint, every sentence new': [],
    'full lint, one sentence changed (typing)': [],
    'full lint, a new name typed in one sentence': [],
  };
  const [instant, fresh, typing, named] = Object.values(samples);
  let words = 0;
  for (let i = 0; i < runs; i++) {
    const b = freshMessage(i);
    words += wordCount(b);
    instant?.push(await timed(() => lintMessageSync(b, { kind: 'thank-you' })));
    fresh?.push(await timed(() => lintMessage(b, { kind: 'thank-you' })));
    const edited = typingSentences.map((s, k) => (k === 2 ? `${s.slice(0, -1)}, which I noted ${i} times.` : s));
    typing?.push(await timed(() => lintMessage(edited.join(' '), { kind: 'thank-you' })));
    const withName = typingSentences.map((s, k) => (k === 2 ? `${s.slice(0, -1)}, as Ms ${newName(i)} said.` : s));
    named?.push(await timed(() => lintMessage(withName.join(' '), { kind: 'thank-you' })));
  }
  console.log(
    `  messages of ${Math.round(words / runs)} words on average; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`,
  );
  for (const [name, list] of Object.entries(samples)) {
    const wall = list.map((s) => s.wall);
    const cpu = list.map((s) => s.cpu);
    console.log(
      `  ${name.padEnd(42)} wall p50 ${ms(percentile(wall, 50))} p95 ${ms(percentile(wall, 95))} p99 ${ms(percentile(wall, 99))} CPU p50 ${ms(percentile(cpu, 50))} p95 ${ms(percentile(cpu, 95))}`,
    );
  }
  console.log(`  process RSS now ${rssMb()} MB`);
}

console.log(`${sentences.length} distinct sentences; ${runs} messages per figure after ${warmUp} to warm up`);
await measure('proofreader in this thread', await loadProofreader());
