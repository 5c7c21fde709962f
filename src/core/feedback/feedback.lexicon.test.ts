import { describe, expect, it } from 'vitest';
import { analyzeFeedback } from './feedback.analyze';
import { findLexiconTerms } from './feedback.lexicon';

const names = (text: string) => findLexiconTerms(text).map((hit) => hit.name);

describe('findLexiconTerms: languages spelt like ordinary words', () => {
  it('reads a capital "Go" mid-sentence, or as the subject at the start, as the language', () => {
    expect(names('We needed stronger Go for this team.')).toEqual(['Go']);
    expect(names('The platform team writes everything in Go and Rust.')).toEqual(['Go', 'Rust']);
    expect(names('Go was the weak spot in the pairing session.')).toEqual(['Go']);
    expect(names('Your Go, Python and SQL were all fine.')).toEqual(['Go', 'Python', 'SQL']);
  });

  it('never reads the verb "go" as the language', () => {
    expect(names("We've decided to go with someone else.")).toEqual([]);
    expect(names('Go ahead and apply again next year.')).toEqual([]);
    expect(names('Go and get some hands-on time first.')).toEqual([]);
    expect(names("We'd like you to go deeper on this before the next round.")).toEqual([]);
    expect(names('The Go-live date moved.')).toEqual([]);
  });

  it('reads "C" and "R" as languages only where a language can stand', () => {
    expect(names('The embedded team wanted more depth in C.')).toEqual(['C']);
    expect(names('We expected you to be comfortable with R and the tidyverse.')).toEqual(['R']);
    expect(names('Your C was fine for the basic questions.')).toEqual(['C']);
    expect(names('We need production models in R and Python.')).toEqual(['R', 'Python']);
    expect(names('You got a C grade in the written test.')).toEqual([]);
    expect(names('We looked at options A, B and C.')).toEqual([]);
    expect(names('Our R&D team and the C-suite met you.')).toEqual([]);
    expect(names('Plan C is to wait for the budget.')).toEqual([]);
  });
});

describe('analyzeFeedback: short language names as specifics', () => {
  it('names Go, C and R as the skill to work on', () => {
    expect(analyzeFeedback('We needed stronger Go: you struggled with the concurrency questions.').specifics).toContain(
      'Go',
    );
    expect(analyzeFeedback('We expected you to be comfortable with R and the tidyverse.').specifics).toEqual(
      expect.arrayContaining(['R', 'tidyverse']),
    );
    expect(analyzeFeedback("We've decided to go with someone else for this one.").specifics).toEqual([]);
  });
});
