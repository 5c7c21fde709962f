import { describe, expect, it } from 'vitest';
import { lintMessage, lintMessageSync } from './lint.engine';
import {
  createHarperEngine,
  type HarperEngine,
  harperRules,
  maskAcceptedWords,
  proofreaderOver,
  selectHarperRules,
} from './lint.harper';
import { isAcceptedWord, wordAcceptance } from './lint.proofread';
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

  it('reads a letter joined to the word before it as part of that word, not as an article', async () => {
    const text = 'Thank you for the FP&A interview, and for the M&A case study.';
    expect(await lintMessage(text, { kind: 'thank-you' })).toEqual([]);
    const wrong = 'It was a honour to meet you.';
    expect((await lintMessage(wrong, { kind: 'thank-you' })).map((i) => wrong.slice(i.start, i.end))).toEqual(['a']);
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

describe('a reply that quotes the thread', () => {
  const own =
    'Hi Dana,\n\nThank you for letting me know. I am not contesting the decision; could you share one area where I could have been stronger?\n\nBest,\nSam';
  const history =
    '\n\nOn Mon, 7 Dec 2026 at 10:02, Dana Reyes <dana@acme.example> wrote:\n> Hi Sam, unfortunatly we went with an other candidate. Why dont you apply again next year?\n> Dana';

  it("lints only the user's own words: the employer's quoted misspellings and questions are not theirs", async () => {
    expect(lintMessageSync(own + history, { kind: 'feedback-request' })).toEqual([]);
    expect(await lintMessage(own + history, { kind: 'feedback-request' })).toEqual([]);
    // Their own mistakes are still found, at their places in the text as given.
    const mistaken = own.replace('contesting', 'contestng') + history;
    const issues = await lintMessage(mistaken, { kind: 'feedback-request' });
    expect(issues.map((i) => mistaken.slice(i.start, i.end))).toEqual(['contestng']);
  });

  it('skips quoted lines answered in between, and still lints the answers', async () => {
    const text =
      "Hi Dana,\n> Would you be free on Thursday?\nYes, that suits me.\n> Why dont you bring a portfolio?\nI will bring it, I'm really desperate for this job.";
    const issues = await lintMessage(text, { kind: 'feedback-request' });
    expect(issues.map((i) => [i.rule, text.slice(i.start, i.end)])).toEqual([
      ['tone.pleading', "I will bring it, I'm really desperate for this job."],
    ]);
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

describe('words harper never looks up', () => {
  const accept = (text: string, dictionary: string[] = []) => wordAcceptance(prepareText(text), { dictionary });
  const masked = (text: string, dictionary: string[] = []) => maskAcceptedWords(text, accept(text, dictionary)).text;

  it('stands in a known name for names, acronyms and code-like words, which are never mistakes', () => {
    expect(masked('Dear Mr Odhiambo, thank you for the interview.')).toBe('Dear Mr Sam, thank you for the interview.');
    expect(masked('I met Ngozi Okafor and Tadeusz at lunch.')).toBe('I met Sam Tom and Ben at lunch.');
    expect(masked('Thanks again, Mateusz; your point about OpenTelemetry and k8s was spot on.')).toBe(
      'Thanks again, Sam; your point about Tom and Ben was spot on.',
    );
    expect(masked("I enjoyed hearing how Siobhan's team works.")).toBe("I enjoyed hearing how Sam's team works.");
    expect(masked('I will send it to Zorblax today.', ['Zorblax'])).toBe('I will send it to Sam today.');
  });

  it('leaves harper every word it must judge', () => {
    for (const text of [
      // A sentence's first word, a lower-case word (technical terms can be English: "how you react").
      'Odhiambo was kind, and I liked how you react to kubectl errors.',
      // A long capitalised word where a common word could be misspelt, and a misspelt day.
      'Your Engeneering team was great, and I can start on Wendesday.',
      // After "a" or "an" harper judges the article by the word's sound; pieces of compounds stay whole.
      'I have an MBA, a HSM and used Next.js with Jean-Luc.',
      // Titles and words harper knows well.
      'Dear Ms, thank you; it was OK in the UK.',
    ])
      expect(masked(text)).toBe(text);
  });

  it('only hides words the proofreader accepts whatever harper would suggest', () => {
    const text =
      'Dear Mr Odhiambo, thanks to Ngozi, Siobhan and Tadeusz for the OpenTelemetry, k8s and PagerDuty demo at Brightline.';
    const acceptance = accept(text);
    const { standIns } = maskAcceptedWords(text, acceptance);
    expect(standIns.map(({ from, to }) => text.slice(from, to))).toEqual([
      'Odhiambo',
      'Ngozi',
      'Siobhan',
      'Tadeusz',
      'OpenTelemetry',
      'k8s',
      'PagerDuty',
      'Brightline',
    ]);
    for (const { from, to } of standIns) {
      const where = (suggestions: string[]) => ({ text, start: from, suggestions });
      const word = text.slice(from, to);
      for (const suggestions of [[], [word.toLowerCase().slice(1)], ['Wednesday', 'engineering', 'brightness']])
        expect(isAcceptedWord(word, where(suggestions), acceptance), word).toBe(true);
    }
  });

  it('teaches harper the technical words, so it never searches for suggestions for them', async () => {
    const engine = await createHarperEngine();
    const [found] = await engine.findings([
      'We modelled churn in dbt, deployed with kubectl and watched it in grafana.',
    ]);
    expect(found?.filter((f) => f.kind === 'Spelling').map((f) => f.problem)).toEqual([]);
    const [misspelt] = await engine.findings(['I realy enjoyed the kubectl demo.']);
    expect(misspelt?.map((f) => f.problem)).toEqual(['realy']);
  });

  it('places every finding back on the words as written, and harper never sees the names', async () => {
    const engine = await createHarperEngine();
    const seen: string[] = [];
    const watched: HarperEngine = {
      stats: engine.stats,
      findings: (pieces) => {
        seen.push(...pieces);
        return engine.findings(pieces);
      },
    };
    const text =
      'Dear Mr Odhiambo,\n\nThank you and Ngozi Okafor for your time. I realy enjoyed the LaunchDarkly demo with Bartholomew. ' +
      'I would of liked to hear more about there plans.\n\nBest regards,\nSam';
    const sentences = prepareText(text);
    const proofreader = proofreaderOver(watched);
    const issues = await proofreader.lint(text, sentences, wordAcceptance(sentences, {}));
    expect(issues.map((i) => text.slice(i.start, i.end))).toEqual(['realy', 'would of', 'there']);
    expect(issues.map((i) => i.suggestion)).toEqual(['really', 'would have', 'their']);
    const sent = seen.join('\n');
    for (const name of ['Odhiambo', 'Ngozi', 'Okafor', 'LaunchDarkly', 'Bartholomew']) expect(sent).not.toContain(name);
    // A sentence that differs only in its names is one harper has already read.
    const other = text.replace('Ngozi Okafor', 'Aoife Brennan');
    const before = seen.length;
    const again = await proofreader.lint(other, prepareText(other), wordAcceptance(prepareText(other), {}));
    expect(seen.length).toBe(before);
    expect(again.map((i) => other.slice(i.start, i.end))).toEqual(['realy', 'would of', 'there']);
  });
});

describe('words that are also property names of JavaScript objects', () => {
  // Word tables are plain objects: "constructor" looked up in one found Object's own constructor, which crashed
  // the lint on "Constructor" and flagged "constructor" as a misspelling with no suggestion.
  const names = Object.getOwnPropertyNames(Object.prototype);
  const forms = names.flatMap((name) => [name, name.toLowerCase(), `${name[0]?.toUpperCase()}${name.slice(1)}`]);

  it('lints a message with any of them in it, and reads "constructor" as the English word it is', async () => {
    for (const word of forms) {
      const text = `The ${word} question was fair, ${word} of the panel too, and I had the ${word} to ask.`;
      const found = [lintMessageSync(text, { kind: 'thank-you' }), await lintMessage(text, { kind: 'thank-you' })];
      for (const issues of found) {
        for (const issue of issues) expect(lintIssueSchema.parse(issue), word).toEqual(issue);
        if (/^constructor$/i.test(word)) expect(issues, word).toEqual([]);
      }
    }
  });
});
