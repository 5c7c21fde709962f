import { describe, expect, it } from 'vitest';
import { draftSpread } from '../drafting/drafting.spread';
import { prepareText } from './lint.text';
import { toneModelVetoed } from './lint.tone';
import { modelTones, scoreSentence, stem, toneApplies, toneModelFindings } from './lint.tone-model';
import { toneModelWeights } from './lint.tone-model.weights';

/**
 * The tones the model layer reports in a message, in a stable order: its findings after the rules' vetoes, which is
 * what the lint reports and what the trainer sets the thresholds on.
 */
function tonesOf(text: string, kind: string | undefined): string[] {
  const sentences = prepareText(text);
  const findings = toneModelFindings(sentences, kind).filter((finding) => {
    const sentence = sentences[finding.sentenceIndex];
    return sentence !== undefined && !toneModelVetoed(finding.rule, sentence, kind);
  });
  return [...new Set(findings.map((finding) => finding.rule))].sort();
}

describe('tone model', () => {
  it('scores a sentence it has seen before the same, wherever it stands, and per message kind', () => {
    const sentence = 'Please reply by Friday or I will escalate this.';
    const [alone] = prepareText(sentence);
    const later = prepareText(`Thanks for the update. ${sentence}`)[1];
    if (!alone || !later) throw new Error('no sentence');
    const first = scoreSentence(alone, 'nudge');
    expect(scoreSentence(later, 'nudge')).toEqual(first);
    // Weights passed in are never answered from the remembered scores of the built-in ones.
    const flat = { ...toneModelWeights, bias: toneModelWeights.bias.map(() => 0), table: '' };
    expect(scoreSentence(alone, 'nudge', flat)).toEqual(first.map(() => 0.5));
    expect(scoreSentence(alone, 'nudge')).toEqual(first);
  });

  it('flags paraphrases it was not trained on', () => {
    // None of these sentences is in the authored set or the model's training file.
    const cases: [string, string, string][] = [
      ['feedback-request', 'What made the hiring team turn my application down?', 'tone.generic-why'],
      ['feedback-request', 'Would you be willing to give me one more interview?', 'tone.second-chance'],
      [
        'feedback-request',
        'If your preferred candidate declines the offer, please contact me again.',
        'tone.second-chance',
      ],
      [
        'feedback-request',
        'Your panel clearly did not read my application and wasted my afternoon.',
        'tone.confrontational',
      ],
      ['feedback-reply', 'That is not accurate, I have led projects of this size for years.', 'tone.defensive'],
      ['feedback-request', 'I really need this position, I have been out of work for a year.', 'tone.pleading'],
      ['nudge', 'I expect a reply by Thursday or I will escalate this to your director.', 'tone.pressure'],
    ];
    for (const [kind, text, tone] of cases) expect(tonesOf(text, kind), text).toContain(tone);
  });

  it('leaves tricky clean sentences alone: the same words, used innocently', () => {
    const cases: [string, string][] = [
      ['feedback-request', 'Could you share which part of my presentation was the weakest?'],
      ['feedback-reply', 'You are right, I did not give enough detail about the results.'],
      ['thank-you', 'I really need to say how much I enjoyed meeting the team.'],
      ['feedback-request', 'I am not asking you to reconsider, only for a pointer or two.'],
      ['thank-you', 'I will send the portfolio by Friday as we agreed.'],
      ['nudge', 'No rush at all, whenever you have a moment is fine.'],
      ['feedback-reply', 'Thanks, I will redo the exercise at home to practise.'],
      ['feedback-request', 'The other candidate sounds like a great fit, and I wish them well.'],
    ];
    for (const [kind, text] of cases) expect(tonesOf(text, kind), text).toEqual([]);
  });

  it('never fires on the drafts the engine writes', () => {
    // The same spread as the drafting lint test (contexts 0–47); training used other contexts.
    const fired: string[] = [];
    const drafts = draftSpread(0, 48);
    for (const { kind, body } of drafts) {
      for (const finding of toneModelFindings(prepareText(body), kind)) {
        fired.push(`${finding.rule} in ${kind}: "${body.slice(finding.start, finding.end)}"`);
      }
    }
    expect(drafts.length).toBeGreaterThan(500);
    expect(fired).toEqual([]);
  });

  it('points at the sentence, with offsets into the message', () => {
    const text = 'Hi Dana, thanks for the news.\nI really need this job, I have nothing else lined up.';
    const findings = toneModelFindings(prepareText(text), 'feedback-request');
    expect(findings.map((f) => [f.rule, f.sentenceIndex, text.slice(f.start, f.end)])).toEqual([
      ['tone.pleading', 1, 'I really need this job, I have nothing else lined up.'],
    ]);
    expect(findings[0]?.score).toBeGreaterThan(0.5);
  });

  it('applies every tone to every kind but pressure to a formal subject access request', () => {
    expect(toneApplies('tone.defensive', 'thank-you')).toBe(true);
    expect(toneApplies('tone.second-chance', 'influence-letter')).toBe(true);
    expect(toneApplies('tone.defensive', 'carrier-pigeon')).toBe(true);
    expect(toneApplies('tone.pressure', 'subject-access-request')).toBe(false);
  });

  it('reads inflections as one word and accepts any kind, or none', () => {
    expect(['reconsider', 'reconsidering', 'reconsidered'].map(stem)).toEqual([
      'reconsider',
      'reconsider',
      'reconsider',
    ]);
    expect(new Set(['hire', 'hired', 'hiring'].map(stem)).size).toBe(1);
    expect(modelTones).toHaveLength(6);
    expect(tonesOf('What made the hiring team turn my application down?', undefined)).toContain('tone.generic-why');
    expect(tonesOf('', 'nudge')).toEqual([]);
  });
});
