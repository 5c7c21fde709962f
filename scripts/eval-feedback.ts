/**
 * Scores the feedback analysis: `npm run eval`. Reads the shared development set (../shared/data, next to the
 * repository) and the authored sets beside the code, prints micro-F1, per-category P/R, vague accuracy and speed.
 * Pass --mistakes to list the texts it gets wrong; `--file PATH` (repeatable) scores only the given JSONL files
 * (e.g. a fresh blind set) instead of the default sets. Each set is scored by the full analysis (rules and the
 * statistical model) with the rules alone beside it, so the model's contribution stays visible.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFeedback, analyzeFeedbackByRules } from '../src/core/feedback/feedback.analyze';
import {
  type FeedbackScore,
  type LabelledFeedback,
  parseLabelled,
  scoreFeedback,
} from '../src/core/feedback/feedback.eval';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const showMistakes = process.argv.includes('--mistakes');

const extraFiles = process.argv
  .flatMap((arg, i) => (arg === '--file' ? [process.argv[i + 1]] : []))
  .filter((path): path is string => path !== undefined);

const defaultSets: Array<{ name: string; path: string }> = [
  { name: 'dev set (../shared/data/feedback-dev.jsonl)', path: resolve(root, '../shared/data/feedback-dev.jsonl') },
  {
    name: 'authored set (src/core/feedback/feedback.labelled.jsonl)',
    path: resolve(root, 'src/core/feedback/feedback.labelled.jsonl'),
  },
  {
    name: 'authored hold-out (src/core/feedback/feedback.holdout.jsonl)',
    path: resolve(root, 'src/core/feedback/feedback.holdout.jsonl'),
  },
];
const sets = extraFiles.length > 0 ? extraFiles.map((path) => ({ name: path, path: resolve(path) })) : defaultSets;

const pct = (x: number): string => x.toFixed(3);

function report(name: string, score: FeedbackScore, rulesOnly: FeedbackScore): void {
  console.log(`\n## ${name}: ${score.count} texts`);
  console.log(
    `micro-F1 ${pct(score.microF1)} (P ${pct(score.microPrecision)}, R ${pct(score.microRecall)})   vague accuracy ${pct(score.vagueAccuracy)}`,
  );
  console.log(
    `rules alone: micro-F1 ${pct(rulesOnly.microF1)} (P ${pct(rulesOnly.microPrecision)}, R ${pct(rulesOnly.microRecall)})   vague accuracy ${pct(rulesOnly.vagueAccuracy)}`,
  );
  console.log('category        P      R      F1     n');
  for (const c of score.perCategory) {
    console.log(`${c.category.padEnd(15)} ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}  ${c.support}`);
  }
  if (showMistakes) {
    for (const m of score.mistakes) {
      console.log(
        `- ${m.id} expected [${m.expected.join(' ')}]${m.vague[0] ? ' V' : ''} got [${m.got.join(' ')}]${m.vague[1] ? ' V' : ''}: ${m.text.replace(/\n/g, ' ')}`,
      );
    }
  }
}

/** Texts per second of wall time and per second of CPU time (the second is fair on a busy machine). */
function throughput(rows: LabelledFeedback[]): { wall: number; cpu: number } {
  const texts = rows.map((r) => r.text);
  for (let i = 0; i < 3; i++) for (const t of texts) analyzeFeedback(t); // warm-up: JIT and regex caches
  let done = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - started < 3000) {
    for (const t of texts) analyzeFeedback(t);
    done += texts.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: done / ((performance.now() - started) / 1000), cpu: done / ((cpu.user + cpu.system) / 1e6) };
}

const all: LabelledFeedback[] = [];
for (const set of sets) {
  if (!existsSync(set.path)) {
    console.log(`\n## ${set.name}: not found, skipped`);
    continue;
  }
  const rows = parseLabelled(readFileSync(set.path, 'utf8'));
  all.push(...rows);
  report(set.name, scoreFeedback(rows), scoreFeedback(rows, analyzeFeedbackByRules));
}
if (all.length > 0) {
  const speed = throughput(all);
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  console.log(
    `\nspeed: ${fmt(speed.cpu)} texts per CPU-second on one core (${fmt(speed.wall)} texts/s wall clock), after warm-up, ${all.length} texts`,
  );
}
