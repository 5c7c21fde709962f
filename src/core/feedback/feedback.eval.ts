import { analyzeFeedback } from './feedback.analyze';
import { type FeedbackAnalysis, type FeedbackCategory, feedbackCategories } from './feedback.schema';

/** One labelled feedback text, as in `feedback-dev.jsonl` and the authored set. */
export interface LabelledFeedback {
  id: string;
  text: string;
  categories: FeedbackCategory[];
  vague: boolean;
}

export interface CategoryScore {
  category: FeedbackCategory;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface FeedbackScore {
  count: number;
  microF1: number;
  microPrecision: number;
  microRecall: number;
  vagueAccuracy: number;
  perCategory: CategoryScore[];
  mistakes: Array<{
    id: string;
    text: string;
    expected: FeedbackCategory[];
    got: FeedbackCategory[];
    vague: [boolean, boolean];
  }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Scores the analysis against labelled texts: micro-F1 over categories, per-category precision and recall,
 * and the share of texts whose `vague` flag is right. `analyze` defaults to the full analysis (rules and model).
 *
 * @example
 * scoreFeedback([{ id: 'x', text: 'We need fluent German.', categories: ['logistics'], vague: false }]).microF1 // 1
 */
export function scoreFeedback(
  rows: LabelledFeedback[],
  analyze: (text: string) => Pick<FeedbackAnalysis, 'categories' | 'vague'> = analyzeFeedback,
): FeedbackScore {
  const counts = new Map(feedbackCategories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let vagueRight = 0;
  const mistakes: FeedbackScore['mistakes'] = [];
  for (const row of rows) {
    const result = analyze(row.text);
    const expected = new Set(row.categories);
    const got = new Set(result.categories);
    for (const category of feedbackCategories) {
      const c = counts.get(category);
      if (!c) continue;
      if (got.has(category) && expected.has(category)) c.tp++;
      else if (got.has(category)) c.fp++;
      else if (expected.has(category)) c.fn++;
    }
    if (result.vague === row.vague) vagueRight++;
    const same = expected.size === got.size && [...expected].every((c) => got.has(c));
    if (!same || result.vague !== row.vague) {
      mistakes.push({
        id: row.id,
        text: row.text,
        expected: row.categories,
        got: result.categories,
        vague: [row.vague, result.vague],
      });
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perCategory: CategoryScore[] = [];
  for (const [category, c] of counts) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    perCategory.push({ category, precision, recall, f1: f1(precision, recall), support: c.tp + c.fn });
  }
  const microPrecision = ratio(tp, tp + fp);
  const microRecall = ratio(tp, tp + fn);
  return {
    count: rows.length,
    microF1: f1(microPrecision, microRecall),
    microPrecision,
    microRecall,
    vagueAccuracy: ratio(vagueRight, rows.length),
    perCategory,
    mistakes,
  };
}

/**
 * Parses JSON Lines of labelled feedback, skipping blank lines.
 *
 * @example
 * parseLabelled('{"id":"a","text":"t","categories":[],"vague":true}\n').length // 1
 */
export function parseLabelled(jsonl: string): LabelledFeedback[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledFeedback);
}
