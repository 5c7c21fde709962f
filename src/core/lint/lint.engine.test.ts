import { describe, expect, it } from 'vitest';
import { lintMessage, lintMessageSync } from './lint.engine';
import { createHarperEngine, harperRules, proofreaderOver, selectHarperRules } from './lint.harper';
import { wordAcceptance } from './lint.proofread';
import { lintIssueSchema } from './lint.schema';
import { prepareText } from './lint.text';

describe('lintMessage', () => {
  it('returns issues in the contract shape, in reading order, with offsets into the text', async () => {
    const text = "Hi Dana, thanks for letting me know. Why didn't I get the job? I would of liked to know.";
    const issues = await lintMessage(text, { kind: 'feedback-request' });
    for (const issue of issues) expect(lintIssueSchema.parse(issue)).toEqual(issue);
    expect(issues.map((i) => i.rule)).toEqual(['tone.generic-why', 'grammar.word-choice']);
    expect(issues.map((i) => text.slice(i.start, i.end))).toEqual(["Why didn't I get the job?", 'would of']);
    expect([...issues].sort((a, b) => a.start - b.start)).toEqual(issues);
  });

  it('finds nothing in a well-written message', async () => {
    const text =
      "Hi Mark, thanks for the update and for your time last week. I'm not asking you to revisit the decision, but if you have a few minutes, which areas would have made me a stronger candidate?";
    expect(await lintMessage(text, { kind: 'feedback-request' })).toEqual([]);
    expect(lintMessageSync(text, { kind: 'feedback-request' })).toEqual([]);
  });

  it('lints any kind, or none, and an empty text', async () => {
    expect(await lintMessage('', {})).toEqual([]);
    expect((await lintMessage('I really need this job.', { kind: 'carrier-pigeon' })).map((i) => i.rule)).toEqual([
      'tone.pleading',
    ]);
    expect(lintMessageSync('I really need this job.').map((i) => i.rule)).toEqual(['tone.pleading']);
  });

  it('adds the WebAssembly proofreader to the instant checks, never the other way round', async () => {
    const text = 'I am very enthusiastc about the position.';
    expect(lintMessageSync(text, { kind: 'thank-you' })).toEqual([]);
    expect((await lintMessage(text, { kind: 'thank-you' })).map((i) => i.rule)).toEqual(['spelling.misspelling']);
    // Found by both, it is reported once.
    const both = 'I am very exited about the position.';
    expect((await lintMessage(both, { kind: 'thank-you' })).map((i) => i.rule)).toEqual(
      lintMessageSync(both, { kind: 'thank-you' }).map((i) => i.rule),
    );
  });
});

describe('lintMessageSync speed', () => {
  it('lints a 150-word message in a few milliseconds (live feedback while typing)', () => {
    const sentence =
      'Thank you for meeting with me on Tuesday about the data engineer role; I enjoyed our conversation about the reporting pipeline. ';
    const text = sentence.repeat(7);
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(140);
    for (let i = 0; i < 20; i++) lintMessageSync(`${text} ${i}`, { kind: 'thank-you' });
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = process.cpuUsage();
      lintMessageSync(`${text} ${i}`, { kind: 'thank-you' });
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    // CPU time and the median: on a shared machine wall time measures the neighbours, not the lint.
    expect(times[30]).toBeLessThan(15);
  });
});

describe('the proofreader', () => {
  it('runs only rules that exist in the bundled harper (a renamed rule would silently stop checking)', async () => {
    const { LocalLinter, Dialect } = await import('harper.js');
    const { slimBinary } = await import('harper.js/slimBinary');
    const linter = new LocalLinter({ binary: slimBinary, dialect: Dialect.British });
    const known = await linter.getLintConfig();
    expect(harperRules.filter((rule) => !(rule in known))).toEqual([]);
    const selected = selectHarperRules(known);
    expect(Object.values(selected).filter(Boolean).length).toBe(harperRules.length);
    await linter.dispose();
  });

  it('finds the same issues whether new sentences are linted together or one by one while typing', async () => {
    const text =
      'Dear Ms Patel,\n\nThank you for you’re time on Tuesday. I realy enjoyed it. The team have been kind.\n\n' +
      'I would of liked to hear more about there plans. I look forward to here from you.\n\nBest regards,\nSam';
    const engine = await createHarperEngine();
    const sentences = prepareText(text);
    const spans = (issues: { start: number; end: number }[], of = text) => issues.map((i) => of.slice(i.start, i.end));
    const together = await proofreaderOver(engine).lint(text, sentences, wordAcceptance(sentences, {}));
    expect(spans(together)).toEqual(expect.arrayContaining(['realy', 'would of', 'there']));
    // Sentence by sentence (a fresh proofreader that meets them one at a time, as while typing).
    const oneByOne = proofreaderOver(engine);
    for (let n = 1; n <= sentences.length; n++) {
      const part = text.slice(0, sentences[n - 1]?.end);
      const partSentences = prepareText(part);
      await oneByOne.lint(part, partSentences, wordAcceptance(partSentences, {}));
    }
    expect(spans(await oneByOne.lint(text, sentences, wordAcceptance(sentences, {})))).toEqual(spans(together));
    // Typing: one sentence changes, and only its issues change.
    const edited = text.replace('I realy enjoyed it.', 'I really enjoyed it.');
    const editedSentences = prepareText(edited);
    const after = await oneByOne.lint(edited, editedSentences, wordAcceptance(editedSentences, {}));
    expect(spans(after, edited)).toEqual(spans(together).filter((s) => s !== 'realy'));
  });
});
