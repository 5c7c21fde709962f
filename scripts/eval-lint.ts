/**
 * `npm run eval` (lint part): scores the message lint on the development examples in ../shared/data and on the
 * authored sets in src/core/lint, and measures its speed and the proofreader's cost.
 *
 *   node bin/run-ts.mjs scripts/eval-lint.ts              # scores, latency, proofreader load cost
 *   node bin/run-ts.mjs scripts/eval-lint.ts --setups     # also compare harper binaries and dialects (child processes)
 *   node bin/run-ts.mjs scripts/eval-lint.ts --verbose    # list every miss and false alarm
 *   node bin/run-ts.mjs scripts/eval-lint.ts --proof-file PATH [--proof-file PATH…]
 *                                                          # score only these proofreading sets (e.g. a blind set),
 *                                                          # and the tone sets given with --tone-file
 *   node bin/run-ts.mjs scripts/eval-lint.ts --tone-file PATH [--tone-file PATH…] [--tone-only]
 *                                                          # also score these tone sets; --tone-only stops after tone
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintMessage, lintMessageSync, loadProofreader } from '../src/core/lint';
import {
  authoredProofreadFile,
  authoredToneFile,
  type ProofreadExample,
  parseExamples,
  type ToneExample,
} from '../src/core/lint/lint.fixtures';
import { selectHarperRules } from '../src/core/lint/lint.harper';
import { wordAcceptance } from '../src/core/lint/lint.proofread';
import { type LintIssue, toneRules } from '../src/core/lint/lint.schema';
import { prepareText } from '../src/core/lint/lint.text';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, '..', 'shared', 'data');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
/** Extra tone sets (`--tone-file PATH`, repeatable), e.g. a blind round written before looking at the rules. */
const extraToneFiles = args.flatMap((arg, i) =>
  arg === '--tone-file' && args[i + 1] ? [resolve(args[i + 1] ?? '')] : [],
);
const toneOnly = args.includes('--tone-only');
const lintDir = resolve(root, 'src', 'core', 'lint');
const readExamples = <T>(path: string): T[] => parseExamples<T>(readFileSync(path, 'utf8'));
const authoredTonePath = resolve(lintDir, authoredToneFile);
const authoredProofreadPath = resolve(lintDir, authoredProofreadFile);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

// ---- tone ----

function scoreTone(label: string, examples: ToneExample[]): void {
  const perRule = new Map<string, { expected: number; found: number; extra: number }>();
  for (const rule of toneRules) perRule.set(rule, { expected: 0, found: 0, extra: 0 });
  let clean = 0;
  let falseAlarms = 0;
  const notes: string[] = [];
  for (const example of examples) {
    const fired = new Set(
      lintMessageSync(example.text, example.kind ? { kind: example.kind } : {})
        .filter((i) => i.category === 'tone')
        .map((i) => i.rule),
    );
    for (const rule of example.expect) {
      const entry = perRule.get(rule);
      if (!entry) continue;
      entry.expected++;
      if (fired.has(rule)) entry.found++;
      else notes.push(`  miss ${rule} [${example.id}] ${example.text}`);
    }
    for (const rule of fired) {
      if (example.expect.includes(rule)) continue;
      const entry = perRule.get(rule);
      if (entry) entry.extra++;
      if (example.expect.length === 0) notes.push(`  false alarm ${rule} [${example.id}] ${example.text}`);
    }
    if (example.expect.length === 0) {
      clean++;
      if (fired.size > 0) falseAlarms++;
    }
  }
  const expected = [...perRule.values()].reduce((n, e) => n + e.expected, 0);
  const found = [...perRule.values()].reduce((n, e) => n + e.found, 0);
  console.log(`\nTone — ${label} (${examples.length} messages, ${clean} clean)`);
  console.log(
    `  recall ${pct(found / expected)} (${found}/${expected}); false alarms on clean messages ${pct(falseAlarms / Math.max(1, clean))} (${falseAlarms}/${clean})`,
  );
  for (const [rule, e] of perRule) {
    const recall = e.expected === 0 ? 'n/a' : `${pct(e.found / e.expected)} (${e.found}/${e.expected})`;
    console.log(
      `  ${rule.padEnd(22)} recall ${recall.padEnd(16)} also fired on ${e.extra} message(s) not labelled with it`,
    );
  }
  if (verbose) for (const note of notes) console.log(note);
}

// ---- proofreading ----

const isProofreading = (issue: LintIssue) => issue.category === 'spelling' || issue.category === 'grammar';

async function scoreProofreading(label: string, examples: ProofreadExample[]): Promise<void> {
  let expected = 0;
  let found = 0;
  let clean = 0;
  let falseAlarms = 0;
  let instantFound = 0;
  const notes: string[] = [];
  for (const example of examples) {
    const options = example.kind ? { kind: example.kind } : {};
    const issues = (await lintMessage(example.text, options)).filter(isProofreading);
    const instant = lintMessageSync(example.text, options).filter(isProofreading);
    const covers = (list: LintIssue[], at: number, length: number) =>
      list.some((i) => i.start < at + length && at < i.end);
    for (const error of example.errors) {
      const at = example.text.indexOf(error);
      expected++;
      if (covers(issues, at, error.length)) found++;
      else notes.push(`  miss "${error}" [${example.id}] ${example.text}`);
      if (covers(instant, at, error.length)) instantFound++;
    }
    if (example.errors.length === 0) {
      clean++;
      if (issues.length > 0) {
        falseAlarms++;
        for (const i of issues)
          notes.push(`  false alarm ${i.rule} "${example.text.slice(i.start, i.end)}" [${example.id}]`);
      }
    }
  }
  console.log(`\nProofreading — ${label} (${examples.length} texts, ${clean} clean)`);
  console.log(
    `  recall ${pct(found / Math.max(1, expected))} (${found}/${expected}); instant checks alone ${pct(instantFound / Math.max(1, expected))}`,
  );
  console.log(`  false alarms on clean texts: ${falseAlarms}/${clean}`);
  if (verbose) for (const note of notes) console.log(note);
}

// ---- speed ----

const sentencesFor150Words = [
  'Dear Ms Patel,',
  'Thank you for meeting with me on Tuesday about the data engineer role at Acme Analytics.',
  'I especially enjoyed our conversation about moving the reporting pipeline from nightly batches to streaming with Kafka and Flink.',
  "Your point that a good data model is worth more than a clever query has stayed with me, and I've been sketching how I would approach the customer events table.",
  'In my current role I rebuilt our dbt project so that analysts could trust the numbers, which cut the time to answer a new question from days to hours.',
  'I would bring that same care for correctness to your team, along with hands-on experience of Terraform and Kubernetes.',
  'If it helps, I am happy to share the short design note I mentioned.',
  'Thank you again for your time, and I look forward to hearing from you.',
  'Best regards,',
  'Sam',
];
const messageOf = (sentences: string[]) =>
  `${sentences[0]}\n\n${sentences.slice(1, -2).join(' ')}\n\n${sentences.at(-2)}\n${sentences.at(-1)}`;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

// Ordinary words to vary sentences with: numbers and unknown words make harper slower than real messages do.
const openers = [
  'Honestly',
  'Really',
  'Truly',
  'Clearly',
  'Certainly',
  'Genuinely',
  'Frankly',
  'Personally',
  'Overall',
  'Again',
  'Also',
  'Still',
  'Naturally',
  'Equally',
  'Indeed',
  'Above all',
  'In short',
  'As ever',
  'Looking back',
  'On reflection',
];
const adjectives = [
  'new',
  'old',
  'big',
  'small',
  'whole',
  'main',
  'same',
  'next',
  'last',
  'first',
  'full',
  'real',
  'wider',
  'current',
  'shared',
  'daily',
  'larger',
  'simple',
  'early',
  'final',
];
const vary = (sentence: string, n: number) =>
  `${openers[n % 20]}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1).replace(/\bthe\b/, `the ${adjectives[Math.floor(n / 20) % 20]}`)}`;
/** The same message with every sentence made new, so no cache can help. */
const freshVariant = (n: number) => messageOf(sentencesFor150Words.map((s, i) => (i === 0 || i >= 8 ? s : vary(s, n))));
/** The message while the user types: one sentence changes between lints. */
const typingVariant = (n: number) => messageOf(sentencesFor150Words.map((s, i) => (i === 4 ? vary(s, n) : s)));

/** Wall time and this process's CPU time of one call (CPU time is steadier on a busy machine). */
async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

async function measureSpeed(): Promise<void> {
  const rssBefore = rssMb();
  const proofreader = await loadProofreader();
  const { loadMs, rssBeforeMb, rssAfterMb } = proofreader.stats;
  console.log('\nProofreader (harper.js, slim binary, British dialect)');
  console.log(
    `  load ${loadMs} ms; process RSS ${rssBeforeMb ?? rssBefore} MB before → ${rssAfterMb ?? rssMb()} MB after loading`,
  );

  const sample = freshVariant(0);
  console.log(`\nLatency for a ${words(sample)}-word message (after warm-up)`);
  for (let i = 0; i < 30; i++) {
    lintMessageSync(freshVariant(10_000 + i), { kind: 'thank-you' });
    await lintMessage(freshVariant(20_000 + i), { kind: 'thank-you' });
  }
  const runs = 200;
  const samples: Record<string, Array<{ wall: number; cpu: number }>> = {
    'instant lint (lintMessageSync: tone, common mistakes)': [],
    'harper part, every sentence new': [],
    'harper part, one sentence changed (typing)': [],
    'full lintMessage, every sentence new': [],
    'full lintMessage, one sentence changed (typing)': [],
  };
  const [instant, harperCold, harperTyping, fullCold, fullTyping] = Object.values(samples);
  const harperOnly = async (text: string) => {
    const sentences = prepareText(text);
    await proofreader.lint(text, sentences, wordAcceptance(sentences, {}));
  };
  for (let i = 0; i < runs; i++) {
    instant?.push(await timed(() => lintMessageSync(freshVariant(i), { kind: 'thank-you' })));
    harperCold?.push(await timed(() => harperOnly(freshVariant(i))));
    harperTyping?.push(await timed(() => harperOnly(typingVariant(i))));
    fullCold?.push(await timed(() => lintMessage(freshVariant(runs + i), { kind: 'thank-you' })));
    fullTyping?.push(await timed(() => lintMessage(typingVariant(runs + i), { kind: 'thank-you' })));
  }
  console.log(
    `  (machine load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs; CPU time is this process only)`,
  );
  for (const [label, list] of Object.entries(samples)) {
    const wall = list.map((s) => s.wall);
    const cpu = list.map((s) => s.cpu);
    console.log(
      `  ${label.padEnd(52)} wall p50 ${ms(percentile(wall, 50)).padEnd(10)} p95 ${ms(percentile(wall, 95)).padEnd(10)} CPU p50 ${ms(percentile(cpu, 50)).padEnd(10)} p95 ${ms(percentile(cpu, 95))}`,
    );
  }
  console.log(`  process RSS now ${rssMb()} MB`);
}

// ---- harper set-ups, each in a fresh process ----

async function measureSetup(flavor: string, dialectName: string, rules: string): Promise<void> {
  const rss0 = rssMb();
  const t0 = performance.now();
  const harper = await import('harper.js');
  const binary =
    flavor === 'full' ? (await import('harper.js/binary')).binary : (await import('harper.js/slimBinary')).slimBinary;
  const dialect = harper.Dialect[dialectName as keyof typeof harper.Dialect];
  const linter = new harper.LocalLinter({ binary, dialect });
  await linter.setup();
  if (rules === 'selected') {
    await linter.setLintConfig(selectHarperRules(await linter.getLintConfig()));
  }
  const loadMs = performance.now() - t0;
  const rssLoaded = rssMb();
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    await linter.lint(freshVariant(i), { language: 'plaintext' });
    times.push(performance.now() - t);
  }
  console.log(
    JSON.stringify({
      flavor,
      dialect: dialectName,
      rules,
      loadMs: Math.round(loadMs),
      rssBefore: rss0,
      rssLoaded,
      rssAfter40Lints: rssMb(),
      lintP50: percentile(times.slice(10), 50),
    }),
  );
}

function compareSetups(): void {
  console.log(
    '\nharper set-ups (fresh process each: load time, RSS after setup and after 40 whole-message lints, lint p50 wall time)',
  );
  const setups = [
    ['slim', 'American', 'all'],
    ['slim', 'British', 'all'],
    ['full', 'American', 'all'],
    ['full', 'British', 'all'],
    ['slim', 'British', 'selected'],
  ];
  for (const [flavor = 'slim', dialect = 'British', rules = 'all'] of setups) {
    const script = fileURLToPath(import.meta.url);
    const child = spawnSync(
      process.execPath,
      [resolve(root, 'bin/run-ts.mjs'), script, '--measure-setup', flavor, dialect, rules],
      { cwd: root, encoding: 'utf8' },
    );
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    try {
      const r = JSON.parse(line) as Record<string, number | string>;
      console.log(
        `  ${String(r.flavor).padEnd(5)} ${String(r.dialect).padEnd(9)} ${String(r.rules).padEnd(8)} rules: load ${r.loadMs} ms, RSS ${r.rssBefore} → ${r.rssLoaded} MB (${r.rssAfter40Lints} MB after linting), whole-message lint p50 ${Number(r.lintP50).toFixed(1)} ms`,
      );
    } catch {
      console.log(`  ${flavor} ${dialect} ${rules}: failed: ${child.stderr.trim().split('\n').at(-1) ?? ''}`);
    }
  }
}

// ---- main ----

const setupIndex = args.indexOf('--measure-setup');
const proofFiles = args.flatMap((arg, i) => (arg === '--proof-file' && args[i + 1] ? [args[i + 1] as string] : []));
if (proofFiles.length > 0) {
  // Blind sets only: the tone sets named with them (`--tone-file`) first, then the proofreading sets.
  for (const path of extraToneFiles) scoreTone(path, readExamples<ToneExample>(path));
  for (const path of proofFiles) await scoreProofreading(path, readExamples<ProofreadExample>(resolve(path)));
} else if (setupIndex >= 0) {
  await measureSetup(args[setupIndex + 1] ?? 'slim', args[setupIndex + 2] ?? 'British', args[setupIndex + 3] ?? 'all');
} else {
  const toneDev = resolve(dataDir, 'tone-dev.jsonl');
  const proofDev = resolve(dataDir, 'proofread-dev.jsonl');
  if (existsSync(toneDev))
    scoreTone('development examples (../shared/data/tone-dev.jsonl)', readExamples<ToneExample>(toneDev));
  else console.log(`(no ${toneDev})`);
  scoreTone('authored set (src/core/lint/lint.tone.fixtures.jsonl)', readExamples<ToneExample>(authoredTonePath));
  for (const path of extraToneFiles) scoreTone(path, readExamples<ToneExample>(path));
  if (toneOnly) process.exit(0);
  if (existsSync(proofDev))
    await scoreProofreading(
      'development examples (../shared/data/proofread-dev.jsonl)',
      readExamples<ProofreadExample>(proofDev),
    );
  else console.log(`(no ${proofDev})`);
  await scoreProofreading(
    'authored set (src/core/lint/lint.proofread.fixtures.jsonl)',
    readExamples<ProofreadExample>(authoredProofreadPath),
  );
  await measureSpeed();
  if (args.includes('--setups')) compareSetups();
}
