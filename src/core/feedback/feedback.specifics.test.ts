import { describe, expect, it } from 'vitest';
import { extractSpecifics } from './feedback.specifics';

describe('extractSpecifics', () => {
  it('ends a named thing where a preposition starts a new idea', () => {
    expect(
      extractSpecifics('The other candidate had experience with Kubernetes and Helm charts in production.'),
    ).toEqual(['Kubernetes', 'Helm charts']);
    expect(extractSpecifics("You couldn't answer basic questions about the numbers in it.")).toEqual(['numbers']);
  });

  it('names the skill, not the part of the interview where the gap showed', () => {
    expect(extractSpecifics('You struggled with the SQL window functions question.')).toEqual(['SQL window functions']);
    expect(extractSpecifics('you struggled on the networking section')).toEqual(['networking']);
    expect(extractSpecifics('you struggled with the financial modelling task')).toEqual(['financial modelling']);
  });

  it('reads what they wanted more evidence of, keeping a gerund whole', () => {
    expect(extractSpecifics('The panel wanted more evidence of stakeholder management and budget ownership.')).toEqual([
      'stakeholder management',
      'budget ownership',
    ]);
    expect(extractSpecifics('Your portfolio lacked evidence of working with engineers on shipped products.')).toEqual([
      'working with engineers',
    ]);
  });

  it('names nothing for a concern or a gap as such', () => {
    expect(extractSpecifics('Did the panel have any concerns about my experience?')).toEqual([]);
  });
});

describe('extractSpecifics: heads, question words and people', () => {
  it('names what the framing head was about, not the head or a question word', () => {
    expect(extractSpecifics('There were gaps in your understanding of DNS and caching.')).toEqual(['DNS', 'caching']);
    expect(extractSpecifics('Your understanding of how to write a risk assessment was basic.')).not.toContain('how');
    expect(extractSpecifics('You mixed up star and snowflake schemas.')).not.toContain('Snowflake');
    expect(extractSpecifics('We moved our warehouse to Snowflake last year.')).toContain('Snowflake');
  });
});
