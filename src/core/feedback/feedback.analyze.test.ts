import { describe, expect, it } from 'vitest';
import { analyzeFeedback, analyzeFeedbackByRules } from './feedback.analyze';
import { feedbackAnalysisSchema } from './feedback.schema';
import { extractSpecifics } from './feedback.specifics';

const categoriesOf = (text: string) => analyzeFeedback(text).categories;

describe('analyzeFeedback: categories for kinds of feedback', () => {
  it.each([
    ['a knowledge gap', 'Your understanding of event sourcing was quite shallow for a senior backend role.', 'skills'],
    ['a take-home that fell short', 'The take-home did not handle invalid input and had no tests.', 'skills'],
    ['years and level', 'We need someone with at least seven years in product leadership.', 'experience'],
    ['over-qualified', 'Honestly, you are overqualified and we worried you would get bored.', 'experience'],
    ['answers without a result', 'Your examples never said what the outcome was or how you measured it.', 'answers'],
    ['"we" not "I"', "You kept saying 'we', so it was hard to tell what you did yourself.", 'answers'],
    ['delivery', 'You interrupted the interviewers several times and seemed very nervous.', 'communication'],
    ['research', "It didn't seem like you had looked at our website before the interview.", 'preparation'],
    ['no questions for them', "You didn't ask us a single question at the end.", 'preparation'],
    ['culture fit', "We didn't think you'd gel with the way the team works.", 'fit'],
    ['another candidate', 'We offered the role to another candidate with more retail experience.', 'competition'],
    ['role on hold', 'The vacancy has been frozen while the department is restructured.', 'role_change'],
    ['visa', 'We are unable to sponsor a work visa for this role.', 'logistics'],
    ['on-site days', 'The job needs four days a week in the office and you asked for fully remote.', 'logistics'],
    ['lateness', 'You joined the video call fifteen minutes late without an apology.', 'conduct'],
    ['negativity about a past employer', 'You spoke very negatively about your former manager.', 'conduct'],
    ['policy', 'Unfortunately, company policy means we cannot provide individual feedback.', 'no_feedback'],
    ['boilerplate', 'After careful consideration we will not be progressing your application.', 'no_feedback'],
    ['praise', 'Everyone on the panel really enjoyed meeting you.', 'strength'],
  ])('%s', (_kind, text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it('reads several categories from one text, joined by a contrast', () => {
    expect(categoriesOf('The panel liked you a lot, but you spoke over two of the interviewers.')).toEqual([
      'communication',
      'strength',
    ]);
    expect(
      categoriesOf('Strong communicator and great energy. Sadly the role was cut in the restructure last week.'),
    ).toEqual(['role_change', 'strength']);
  });

  it('treats a stronger other candidate as competition, and their background as experience', () => {
    expect(
      categoriesOf('It was very close. The successful candidate had already led a team through an acquisition.'),
    ).toEqual(['experience', 'competition']);
  });

  it('reads boredom with the kind of work as fit, and boredom with a level below the user as experience', () => {
    expect(categoriesOf('You said you get bored quickly with routine admin, and this job is mostly admin.')).toEqual([
      'fit',
    ]);
    expect(categoriesOf("You'd be bored within months; you've done much bigger jobs than this one.")).toEqual([
      'experience',
    ]);
  });

  it('reads a rejection in another language as its form letter, naming another candidate only when it does', () => {
    const letter = analyzeFeedback('Leider haben wir uns für einen anderen Kandidaten entschieden. Viel Erfolg!');
    expect(letter.categories).toEqual(['competition', 'no_feedback']);
    expect(letter.vague).toBe(true);
    expect(categoriesOf('Lamentablemente hemos decidido no continuar con tu candidatura.')).toEqual(['no_feedback']);
  });

  it('reads not researching the employer, named any way, as preparation ("the trust\'s strategy")', () => {
    expect(analyzeFeedback("Did not research the trust's strategy before the panel.").categories).toEqual([
      'preparation',
    ]);
  });

  it('names a credential with its level as the specific, as experience, with a route to it as the step', () => {
    const practitioner = analyzeFeedback('Needs PRINCE2 Practitioner, has the Foundation only.');
    expect(practitioner.categories).toEqual(['experience']);
    expect(practitioner.specifics).toEqual(['PRINCE2 Practitioner']);
    expect(practitioner.actions[0]?.text).toMatch(/^Plan the route to PRINCE2 Practitioner/);
    const cipd = analyzeFeedback(
      'The role is CIPD Level 7 qualified only; you told us you are part way through Level 5.',
    );
    expect(cipd.specifics).toContain('CIPD Level 7');
    // Knowledge of the method, not the credential, stays a skill.
    expect(analyzeFeedback('Your PRINCE2 knowledge was weak.').categories).toEqual(['skills']);
  });

  it("reads not knowing the employer's own product as preparation, even when it names a technology", () => {
    const unaware = analyzeFeedback(
      'You were not aware of our Android app, and your questions at the end were generic.',
    );
    expect(unaware.categories).toEqual(['preparation']);
    expect(unaware.actions.map((action) => action.text).join(' ')).not.toMatch(/Study Android/);
    // The same technology as the user's own shortfall is still a skill.
    expect(analyzeFeedback('Your Android development was not strong enough for this role.').categories).toContain(
      'skills',
    );
  });
});

describe('analyzeFeedback: negation and who is talked about', () => {
  it('does not read a ruled-out concern as a problem', () => {
    const result = analyzeFeedback('We had no concerns about your communication; the role was simply cancelled.');
    expect(result.categories).not.toContain('communication');
    expect(result.categories).toEqual(['role_change', 'strength']);
  });

  it('does not raise a category the employer rules out ("not a question of skills")', () => {
    const result = analyzeFeedback(
      'Not a question of skills at all, your coding test was one of the best we saw. The salary you asked for was well beyond our band.',
    );
    expect(result.categories).toEqual(['logistics', 'strength']);
  });

  it('reads commitment of a person as motivation, not code that "is committed"', () => {
    expect(analyzeFeedback('You could not say how Kafka offsets are committed.').categories).not.toContain(
      'preparation',
    );
    expect(analyzeFeedback('The team was not sure you were committed to design.').categories).toContain('preparation');
  });

  it('keeps a boilerplate refusal vague even when the model leans to a mismatch', () => {
    const result = analyzeFeedback(
      'We have now completed the selection process and regret that we cannot offer you a position.',
    );
    expect(result.vague).toBe(true);
    expect(result.categories).toEqual(['no_feedback']);
  });

  it('does not call a good-luck wish beside another candidate withheld feedback', () => {
    expect(
      analyzeFeedback('We have gone with another applicant for the post. Best of luck with your search.').categories,
    ).toEqual(['competition']);
  });

  it('reads "not the right fit" as fit, and praise of fit as a strength', () => {
    expect(categoriesOf("We just didn't think it was the right fit.")).toEqual(['fit']);
    const praised = categoriesOf('You would be a great cultural fit, but we need deeper Terraform experience.');
    expect(praised).toContain('strength');
    expect(praised).toContain('skills');
    expect(praised).not.toContain('fit');
  });

  it('reads a ruled-out doubt as praise, and a taken-back concern as no concern', () => {
    expect(categoriesOf("Your enthusiasm wasn't in doubt, but your SQL was weak.")).toEqual(['skills', 'strength']);
    expect(
      categoriesOf("You were late, but that wasn't the reason; we preferred another candidate's experience."),
    ).toEqual(['experience', 'competition']);
  });

  it('does not take praise of the other applicants as praise of the user', () => {
    expect(categoriesOf('It was a very strong shortlist and another candidate was chosen.')).not.toContain('strength');
  });

  it('does not read a thank-you or a good-luck wish as a strength', () => {
    expect(
      categoriesOf('Thank you for your time. We will not be moving forward. We wish you the best of luck.'),
    ).toEqual(['no_feedback']);
  });
});

describe('analyzeFeedback: vague feedback and the follow-up question', () => {
  it.each([
    'We decided to go in a different direction.',
    'Another candidate was a closer match for what we need.',
    'We have decided not to move forward at this time.',
    'You were great, we really enjoyed meeting you!',
  ])('flags "%s" as vague and asks one polite, open question', (text) => {
    const result = analyzeFeedback(text);
    expect(result.vague).toBe(true);
    expect(result.actionable).toBe(false);
    expect(result.followUpQuestion).toMatch(/^Thank you/);
    expect(result.followUpQuestion).toMatch(/\?$/);
    expect(result.followUpQuestion?.match(/\?/g)).toHaveLength(1);
  });

  it('does not ask a follow-up when the feedback is specific', () => {
    const result = analyzeFeedback('Your salary expectations were well above the range for this role.');
    expect(result.vague).toBe(false);
    expect(result.followUpQuestion).toBeNull();
  });

  it('counts a fit judgement as specific when it cites what the user said', () => {
    const result = analyzeFeedback(
      "The team is very collaborative and you said you prefer to work alone, so we didn't think it would suit you.",
    );
    expect(result.categories).toContain('fit');
    expect(result.vague).toBe(false);
  });

  it('counts praise of something the user did as specific, and praise of the person as vague', () => {
    const named = analyzeFeedback('You asked really good questions about our roadmap and the team loved it.');
    expect(named).toMatchObject({ categories: ['strength'], vague: false, followUpQuestion: null });
    expect(analyzeFeedback('The panel really liked your energy.').vague).toBe(true);
  });

  it('reads a pasted reply without the question it quotes, or its legal footer', () => {
    const reply = [
      'Hi Alex,',
      '',
      'Thanks for reaching out. The panel felt your system design answer stayed at a high level and did not discuss trade-offs around caching.',
      '',
      'Best,',
      'Tom',
      '',
      'On Mon, 7 Dec 2026 at 09:12, Alex Morgan <alex@example.com> wrote:',
      '> I would value your view: was it my lack of Kubernetes experience, my salary expectations, or did another',
      '> candidate simply have more years in fintech?',
      '',
      'This email and any attachments are confidential and intended solely for the addressee.',
    ].join('\n');
    const result = analyzeFeedback(reply);
    expect(result.categories).not.toContain('logistics');
    expect(result.categories).not.toContain('competition');
    expect(result.specifics).not.toContain('Kubernetes');
    expect(result.specifics).toContain('system design');
  });

  // The labelled examples (../shared/data d08 d18 d34 d43) count a frozen, cut or filled role as a concrete reason.
  it('counts a role change as a concrete reason: not vague, and nothing for the user to work on', () => {
    for (const text of [
      'The department has frozen all recruitment until the spring.',
      'They have given the job to someone already working in the team.',
    ]) {
      const result = analyzeFeedback(text);
      expect(result.categories, text).toContain('role_change');
      expect(result.vague, text).toBe(false);
      expect(result.actionable, text).toBe(false);
    }
    expect(analyzeFeedback('After careful consideration we will not be progressing your application.').vague).toBe(
      true,
    );
  });
});

describe('analyzeFeedback: specifics', () => {
  it('names lexicon skills in their usual spelling', () => {
    expect(analyzeFeedback('You struggled with k8s networking and your postgres indexing was weak.').specifics).toEqual(
      expect.arrayContaining(['Kubernetes', 'PostgreSQL']),
    );
  });

  it('captures noun phrases after cues, even for terms no list knows', () => {
    expect(
      analyzeFeedback('We felt your experience with distributed databases was not deep enough.').specifics,
    ).toContain('distributed databases');
    expect(
      analyzeFeedback('The panel felt you lacked knowledge of actuarial reserving for this role.').specifics,
    ).toContain('actuarial reserving');
    expect(analyzeFeedback('We wanted more depth in event-driven design.').specifics).toContain('event-driven design');
  });

  it('takes names from the whole sentence that raised the gap', () => {
    const result = analyzeFeedback(
      "Your knowledge of accessibility standards wasn't where we need it; WCAG came up several times and you weren't familiar with it.",
    );
    expect(result.specifics).toEqual(expect.arrayContaining(['accessibility standards', 'WCAG']));
  });

  it('keeps what a specific is, not how much of it ("more hands-on DevOps experience")', () => {
    expect(analyzeFeedback('We need someone with more hands-on DevOps experience.').specifics).toEqual(['DevOps']);
  });

  it('strips stacked modifiers and heads so insights can group a skill across feedback', () => {
    const specifics = (text: string) => analyzeFeedback(text).specifics;
    expect(specifics('We were looking for deeper hands-on Kubernetes experience.')).toEqual(['Kubernetes']);
    expect(specifics('You lacked solid commercial React experience.')).toEqual(['React']);
    expect(specifics('We need strong practical Terraform skills.')).toEqual(['Terraform']);
    expect(specifics('We were after more advanced hands-on AWS knowledge.')).toEqual(['AWS']);
    expect(specifics('We needed more production Go experience and stronger system design skills.')).toEqual([
      'Go',
      'system design',
    ]);
    expect(specifics('The client wanted someone with solid commercial experience in TypeScript.')).toEqual([
      'TypeScript',
    ]);
    expect(
      specifics('They wanted a candidate with more practical, hands-on experience with Terraform and AWS.'),
    ).toEqual(['Terraform', 'AWS']);
  });

  it('drops trailing filler and the cut-short copy of a longer name', () => {
    expect(extractSpecifics('Your knowledge of Terraform and infrastructure as code was thin.')).toEqual([
      'Terraform',
      'infrastructure as code',
    ]);
    expect(extractSpecifics('We needed more depth on the data side.')).toEqual(['data']);
  });

  it('names each logistics mismatch by its own term', () => {
    expect(analyzeFeedback('We were worried about the amount of travel for you.').specifics).toEqual(['travel']);
    expect(analyzeFeedback('We chose whoever was available soonest.').specifics).toEqual(['start date']);
  });

  it('keeps a known term that starts with a modifier word, and drops a bare modifier', () => {
    expect(analyzeFeedback('You lacked commercial awareness.').specifics).toEqual(['commercial awareness']);
    expect(extractSpecifics('We needed someone with more commercial experience.')).toEqual([]);
  });

  it('turns an overrun presentation read from its slides into rehearsing against the clock, not shorter answers', () => {
    const result = analyzeFeedback(
      'The presentation was too long (25 minutes for a 15-minute slot), the slides were text-heavy, and you read from them.',
    );
    expect(result.categories).toEqual(['communication']);
    expect(result.actions[0]?.text).toMatch(/^Rehearse the presentation out loud against a timer/);
    // Delivery in the room keeps its own steps.
    const pace = analyzeFeedback('You spoke too fast and interrupted the panel a few times.');
    expect(pace.actions.map((action) => action.text).join(' ')).not.toMatch(/presentation/);
  });

  it('names the mismatch for logistics', () => {
    expect(analyzeFeedback('Your salary expectations were above our budget.').specifics).toContain(
      'salary expectations',
    );
    // A language asked for is a requirement to raise early, not a thing to "raise" by its name alone.
    const language = analyzeFeedback('We need someone who speaks fluent German and can start in January.');
    expect(language.actions.find((action) => action.category === 'logistics')?.text).toMatch(
      /^Raise the German requirement and start date at the first screening call/,
    );
  });

  it('does not report praised skills or generic words as specifics', () => {
    const result = analyzeFeedback('Your SQL was solid, but you could not explain how Kafka partitions work.');
    expect(result.specifics).toContain('Kafka');
    expect(result.specifics).not.toContain('SQL');
    expect(analyzeFeedback('We need someone with more experience in the role.').specifics).toEqual([]);
  });
});

describe('analyzeFeedback: actions and the result shape', () => {
  it('turns a named skill gap into a hands-on next step', () => {
    const { actions } = analyzeFeedback('Your Kubernetes knowledge was thin.');
    expect(actions).toContainEqual({
      category: 'skills',
      text: expect.stringMatching(/^Get hands-on with Kubernetes: build and deploy/),
      specifics: ['Kubernetes'],
    });
  });

  it('chooses the next step from what exactly went wrong', () => {
    const steps = (text: string) => analyzeFeedback(text).actions.map((action) => action.text);
    expect(steps('Your examples never said what the outcome was.').join(' ')).toMatch(/measurable result/);
    expect(steps("You kept saying 'we', so we couldn't tell what you did.").join(' ')).toMatch(/what you did yourself/);
    expect(steps('You interrupted the panel several times.').join(' ')).toMatch(/Let each interviewer finish/);
    expect(steps('You checked your phone during the interview.').join(' ')).toMatch(/phone away/);
    expect(steps("You didn't ask us any questions at the end.").join(' ')).toMatch(/three specific questions/);
  });

  it('gives every category found a next step', () => {
    const result = analyzeFeedback(
      'You arrived late, your answers had no results in them, and we went with someone who could start sooner.',
    );
    for (const category of result.categories) {
      expect(result.actions.some((action) => action.category === category)).toBe(true);
    }
    expect(result.actions.find((a) => a.category === 'conduct')?.text).toMatch(/early/);
  });

  it('names the skill, not the interview format, when a gap showed in a live exercise', () => {
    const result = analyzeFeedback(
      "It wasn't your communication - you were clear and concise - but your Python was rusty on the live coding.",
    );
    expect(result.categories).toEqual(['skills', 'strength']);
    expect(result.specifics).toEqual(['Python']);
  });

  it('reads "it wasn\'t X, it was that Y" as Y only', () => {
    expect(categoriesOf("The concern wasn't pay, it was that your answers lacked detail.")).toEqual(['answers']);
  });

  it('reads an attitude the panel saw as fit, rudeness to someone as conduct', () => {
    expect(categoriesOf('Some of the panel found you came across as a bit arrogant.')).toEqual(['fit']);
    expect(analyzeFeedbackByRules('You got quite defensive when we challenged your design.').vague).toBe(false);
    expect(categoriesOf('You were rude to our receptionist when you arrived.')).toEqual(['conduct']);
  });

  it('reads two things mixed up as a slip in knowledge, and a policy area of the job as no refusal', () => {
    expect(categoriesOf('You mixed up gross margin and contribution margin in the case.')).toEqual(['skills']);
    expect(
      categoriesOf('The other finalist had a law degree, which will matter for the policy side of the job.'),
    ).toEqual(['experience', 'competition']);
  });

  it('reads a role at another level named as the better match as experience, and a style too far from ours as fit', () => {
    expect(
      categoriesOf('Your profile is better suited to a project manager role than a programme director role.'),
    ).toEqual(['experience']);
    const style = analyzeFeedbackByRules(
      'They felt you were a bit too laid-back in your approach for a trading floor.',
    );
    expect(style.categories).toEqual(['fit']);
    expect(style.vague).toBe(false);
  });

  it('reads selling too hard and taking over a discussion as delivery, and a requirement of the future hire as no rival', () => {
    expect(categoriesOf('They said you came on a bit too strong in the interview.')).toEqual(['communication']);
    expect(categoriesOf('In the group exercise you took over the discussion.')).toEqual(['communication']);
    expect(
      categoriesOf(
        'The role requires the successful candidate to hold SC clearance, and you have not lived in the UK long enough.',
      ),
    ).toEqual(['logistics']);
  });

  it("reads other people's ideas as no rival, and a missed interview or someone else's fault as conduct", () => {
    expect(categoriesOf("Your attitude was a bit negative; you shot down other people's suggestions.")).toEqual([
      'fit',
    ]);
    expect(categoriesOf("You didn't turn up to the second interview.")).toEqual(['conduct']);
    expect(categoriesOf("You kept saying it was the vendor's fault.")).toEqual(['conduct']);
  });

  it('reads a language not spoken at all as a mismatch only, and one short of the bar as a skill too', () => {
    expect(categoriesOf('The role needs fluent Italian too, which you do not speak.')).toEqual(['logistics']);
    expect(categoriesOf('We need fluent Dutch and your Dutch is at a beginner level.')).toEqual([
      'skills',
      'logistics',
    ]);
  });

  it('keeps the language skill the rules read from a level judged short of the bar', () => {
    expect(
      categoriesOf(
        'Your English is excellent but written Welsh is essential for this post and you said yours is basic.',
      ),
    ).toEqual(['skills', 'logistics', 'strength']);
  });

  it('reads an insider named by their place, and a post re-graded, as changes to the role', () => {
    expect(categoriesOf('The board has decided to promote the deputy into the role.')).toEqual([
      'competition',
      'role_change',
    ]);
    expect(categoriesOf('We have decided to recruit at a lower grade.')).toEqual(['role_change']);
  });

  it('reads being out of reach, and leaving without telling anyone, as conduct', () => {
    expect(categoriesOf('Our emails went unanswered for a week.')).toEqual(['conduct']);
    expect(categoriesOf('You left the assessment centre at lunch without telling anyone.')).toEqual(['conduct']);
  });

  it('reads other candidates present as the setting, and an insider transferred in as an internal fill', () => {
    expect(
      analyzeFeedbackByRules('You kept looking at your phone while the other candidates presented.').categories,
    ).toEqual(['conduct']);
    expect(
      categoriesOf('They chose to transfer someone over from the Leeds branch rather than recruit externally.'),
    ).toEqual(['competition', 'role_change']);
  });

  it('reads a hire already decided as another candidate even beside a requirement', () => {
    expect(
      categoriesOf('We have decided to appoint a candidate who more closely meets the essential criteria.'),
    ).toContain('competition');
  });

  it('reads an insider promoted or given the role as role change and competition', () => {
    expect(categoriesOf("We've decided to promote from within for this role.")).toEqual(['competition', 'role_change']);
    expect(categoriesOf('The role was offered to a colleague from our Leeds office.')).toEqual([
      'competition',
      'role_change',
    ]);
  });

  it('reads a missing certificate or qualification as experience and a missing licence as logistics', () => {
    expect(categoriesOf('You do not hold the PRINCE2 Practitioner certificate that the framework requires.')).toEqual([
      'experience',
    ]);
    expect(categoriesOf('The post needs a current SIA licence, and yours has lapsed.')).toEqual(['logistics']);
  });

  it('reads a role filled internally as a role change and competition, and work kept in-house as a role change', () => {
    expect(categoriesOf('The role was filled internally by someone from the platform team.')).toEqual([
      'competition',
      'role_change',
    ]);
    expect(categoriesOf('We filled the role with an internal candidate.')).toEqual(['competition', 'role_change']);
    expect(categoriesOf('We have decided to keep the work in-house with the existing team rather than hire.')).toEqual([
      'role_change',
    ]);
  });

  it('marks feedback the user can work on as actionable, and a role change as not', () => {
    expect(analyzeFeedback('Your answers lacked structure.').actionable).toBe(true);
    expect(analyzeFeedback('The role was cancelled after a reorganisation.').actionable).toBe(false);
  });

  it('always returns a valid analysis, even for odd input', () => {
    for (const text of ['', '   ', '!!!', 'ok', 'a'.repeat(5000), 'Vielen Dank für Ihre Bewerbung.', '\n\n\n']) {
      expect(() => feedbackAnalysisSchema.parse(analyzeFeedback(text))).not.toThrow();
    }
  });
});

describe('analyzeFeedback: who does what, and what is ruled out', () => {
  it("does not lean on the words of a sentence about the employer's own decision", () => {
    expect(analyzeFeedback('Sorry, the directors simply decided against it in the end.')).toMatchObject({
      categories: ['no_feedback'],
      vague: true,
    });
  });

  it("reads what the other candidate was stronger on as the user's relative gap", () => {
    expect(
      analyzeFeedbackByRules('The appointed candidate had a much better grasp of the grant funding rules.').categories,
    ).toEqual(['skills', 'competition']);
    expect(categoriesOf('The other candidate was much stronger on grant writing.')).toEqual(['skills', 'competition']);
    expect(categoriesOf("Another applicant's profile was simply a closer match.")).toEqual(['competition']);
  });

  it('reads affirmed possession as praise, and "never run a programme" as something not done, not code that failed', () => {
    expect(categoriesOf('You obviously know your numbers. The salary you asked for is above our band.')).toEqual([
      'logistics',
      'strength',
    ]);
    expect(categoriesOf('You clearly have plenty still to learn about testing.')).not.toContain('strength');
    expect(
      categoriesOf('They liked your feel for the gallery but you had never run a schools programme, which is the job.'),
    ).not.toContain('skills');
  });

  it('does not carry praised answers over to a criticism with its own subject after "but"', () => {
    const categories = categoriesOf(
      "You handled the questions on budgeting well, but you didn't seem at ease with the rostering software we use.",
    );
    expect(categories).not.toContain('answers');
    expect(categories).toEqual(['skills', 'strength']);
  });

  it('reads a hiring decision already taken in the infinitive as another candidate, but not a hire still to come', () => {
    expect(categoriesOf('The board decided to appoint an applicant with more years in hospital pharmacy.')).toEqual([
      'experience',
      'competition',
    ]);
    expect(categoriesOf('The practice will recruit someone who can start in May.')).not.toContain('competition');
  });

  it('reads reasons held back by the employer as no feedback, and detail the user left out as answers', () => {
    expect(analyzeFeedback("The hiring manager didn't share any reasons with me.")).toMatchObject({
      categories: ['no_feedback'],
      vague: true,
    });
    expect(categoriesOf("You didn't go into detail about your own role.")).toEqual(['answers']);
  });

  it('does not read a ruled-out comparison as competition, and reads time still to spend as experience', () => {
    expect(
      categoriesOf('It had nothing to do with the other applicants; you need two more years of line management.'),
    ).toEqual(['experience']);
  });

  it('reads the interview format as where it happened, not as the skill judged', () => {
    expect(categoriesOf('You spoke very fast in the case study.')).toEqual(['communication']);
  });

  it('reads "not who they had in mind" and "not the right move for you" as fit', () => {
    expect(categoriesOf("You weren't really who the client had in mind.")).toEqual(['fit']);
    expect(categoriesOf("We don't feel this is the right move for you right now.")).toEqual(['fit']);
  });

  it('reads advice to do more of something as a shortfall', () => {
    expect(analyzeFeedback("We'd suggest you brush up on Excel.")).toMatchObject({
      categories: ['skills'],
      specifics: ['Excel'],
    });
  });

  it('tells praise from what the work revealed', () => {
    expect(categoriesOf('The coding test showed you were still learning the fundamentals.')).toEqual(['skills']);
    expect(categoriesOf('You clearly knew our products well.')).toEqual(['strength']);
    expect(categoriesOf('Hope you are well.')).not.toContain('strength');
  });
});

describe('analyzeFeedback: clause structure and what is being judged', () => {
  it('reads terms the user talked about when asked why as missing motivation, not a mismatch', () => {
    expect(categoriesOf('When we asked why this job, you talked about the commute and the pay.')).toEqual([
      'preparation',
    ]);
  });

  it('reads what was said instead of what was asked as answers, and how much was said as delivery', () => {
    expect(categoriesOf('You talked a lot about tools but not about the problems.')).toEqual(['answers']);
    expect(categoriesOf("You spoke at length and we couldn't get through all the questions.")).toEqual([
      'communication',
    ]);
    expect(categoriesOf('Your answers never reached a clear point.')).toEqual(['answers']);
    expect(categoriesOf('You started answering before the panel had finished the question.')).toEqual([
      'communication',
    ]);
  });

  it('reads a background in a named skill as a skill, and a background in a sector as experience', () => {
    expect(categoriesOf('Your background is mostly in Java.')).toEqual(['skills']);
    expect(categoriesOf('Your background is mostly in retail.')).toEqual(['experience']);
  });

  it('reads the part of the job a language is needed for as the job, not a gap in experience', () => {
    expect(categoriesOf('Fluent Dutch is essential for the client-facing side of the role.')).toEqual(['logistics']);
  });

  it('reads wrong explanations of a subject as a skill, and vague ones of a story as answers', () => {
    expect(categoriesOf('Your explanation of indexing was wrong.')).toEqual(['skills']);
    expect(categoriesOf('Your explanation of the project was vague.')).toEqual(['answers']);
  });

  it('reads a raised negation and a praise that is only for elsewhere as fit', () => {
    expect(categoriesOf("I don't think you're what the client is after.")).toEqual(['fit']);
    expect(categoriesOf("You'd be great somewhere else, just not with us.")).toEqual(['fit', 'strength']);
  });

  it('reads a claim on the CV that the interview contradicted as conduct', () => {
    expect(
      categoriesOf('You listed a CFA qualification on your CV, but you told us you had only passed level one.'),
    ).toEqual(['conduct']);
  });

  it('reads spoken words for another candidate, and what they had done, as competition and experience', () => {
    expect(
      analyzeFeedbackByRules('It came down to the other guy having done the same job at a competitor for four years.')
        .categories,
    ).toEqual(['experience', 'competition']);
  });

  it('reads a negated right person for the role as fit, and many strengths as praise', () => {
    expect(categoriesOf("We didn't feel you were the right person for this particular role.")).toContain('fit');
    expect(
      analyzeFeedbackByRules('The panel agreed you have many strengths, but we will not take your application further.')
        .categories,
    ).toContain('strength');
  });

  it('reads a language named in lower case by a non-native writer, and a sign-off wish as no praise', () => {
    expect(
      analyzeFeedbackByRules('The manager say your english was not enough for talking with customers.').categories,
    ).toEqual(['skills', 'logistics']);
    expect(analyzeFeedbackByRules('We are recruiting for the English department.').specifics).toEqual([]);
    expect(analyzeFeedbackByRules('We went with another applicant. Good luck!').categories).not.toContain('strength');
  });

  it('reads the tone and errors of a written exercise as a skill, not conduct', () => {
    expect(categoriesOf('The written exercise had several typos and the tone was too informal for clients.')).toEqual([
      'skills',
    ]);
  });

  it('does not add no_feedback beside a concrete reason', () => {
    expect(
      categoriesOf('Thank you for your time. The client has decided to pause this search while they review headcount.'),
    ).toEqual(['role_change']);
  });

  it('reads a person chosen in plain words, an insider named as a team member, and an employer unable to say more', () => {
    expect(analyzeFeedbackByRules('The lady who got it had run a unit like ours for six years.').categories).toContain(
      'competition',
    );
    expect(analyzeFeedbackByRules('The position has been filled by a member of the existing team.').categories).toEqual(
      ['competition', 'role_change'],
    );
    expect(analyzeFeedbackByRules('We are unable to give you any further detail on the decision.').categories).toEqual([
      'no_feedback',
    ]);
    // "Honestly" is how the message speaks, not a doubt about the user's honesty.
    expect(
      analyzeFeedbackByRules('Honestly, your German is not yet at the level to run the sessions alone.').categories,
    ).toContain('logistics');
  });

  it('reads a praised attitude as praise, a near miss as competition, and scores held back as a refusal', () => {
    expect(analyzeFeedbackByRules('Good attitude, but you have not worked in retail before.').categories).not.toContain(
      'conduct',
    );
    expect(
      analyzeFeedbackByRules("I can't share the scores from the assessment centre, but you were not far off.")
        .categories,
    ).toEqual(['competition', 'no_feedback']);
  });

  it('reads motivation that lay elsewhere as preparation, not a mismatch of terms', () => {
    expect(categoriesOf('We felt you were more interested in the remote work policy than in the work itself.')).toEqual(
      ['preparation'],
    );
    expect(
      analyzeFeedbackByRules('You seemed unsure what the role actually involved, and asked whether it was remote.')
        .categories,
    ).toEqual(['preparation']);
  });

  it('reads an unanswered brief as answers and an unmet degree requirement as experience', () => {
    expect(analyzeFeedbackByRules('The deck was clear, but it did not answer the brief.').categories).toContain(
      'answers',
    );
    expect(
      analyzeFeedbackByRules(
        'We cannot progress your application as you do not meet the minimum 2:1 degree requirement.',
      ).categories,
    ).toEqual(['experience']);
  });

  it('does not let the model add as a gap a topic the text only praised, once the rules read the reason', () => {
    expect(
      categoriesOf(
        "We were impressed by your knowledge of GDPR. However, the job involves travel most weeks, and you said you'd prefer not to travel.",
      ),
    ).not.toContain('skills');
  });

  it('reads something never done before as experience, and reluctance about a way of working as fit', () => {
    expect(
      analyzeFeedbackByRules("You haven't taught key stage 2 before, and the post is in year 6.").categories,
    ).toContain('experience');
    const remote = analyzeFeedbackByRules('You were quite negative about working with remote colleagues.');
    expect(remote.categories).toEqual(['fit']);
    expect(remote.vague).toBe(false);
  });

  it('reads unnamed criteria not met as a formula, and answers that missed what was asked as answers', () => {
    expect(
      analyzeFeedbackByRules('Your application did not meet the essential criteria in the person specification.')
        .categories,
    ).toEqual(['no_feedback']);
    expect(analyzeFeedbackByRules("You didn't respond to what the panel actually asked.").categories).toContain(
      'answers',
    );
  });

  it('reads feedback said not to exist as a refusal, and how the voice carried as delivery', () => {
    expect(
      analyzeFeedbackByRules("I checked with the team and there's no more detail I can share.").categories,
    ).toEqual(['no_feedback']);
    expect(
      analyzeFeedbackByRules('Your accent was sometimes hard for the panel to follow over the video link.').categories,
    ).toContain('communication');
  });

  it('reads rigidity and "just not for this role" as fit, and a described style gap as its evidence', () => {
    expect(analyzeFeedbackByRules('You came across as quite rigid in how things should be done.').categories).toContain(
      'fit',
    );
    expect(analyzeFeedbackByRules('We liked you, just not for this role.').categories).toEqual(['fit', 'strength']);
    expect(
      analyzeFeedbackByRules(
        'Your management style was quite directive, whereas our team is used to a lot of autonomy.',
      ).vague,
    ).toBe(false);
  });

  it('reads a publication record as experience, a PhD held by the other candidate as experience, a grown scope as a role change', () => {
    expect(
      analyzeFeedbackByRules('Your publication record was not yet strong enough for a lectureship.').categories,
    ).toContain('experience');
    expect(
      analyzeFeedbackByRules('The candidate we offered the role to has a PhD in the exact area of our research.')
        .categories,
    ).toEqual(['experience', 'competition']);
    expect(
      analyzeFeedbackByRules("We've decided to hire a more senior engineer instead, as the scope has grown.")
        .categories,
    ).toContain('role_change');
  });

  it('reads candour about weaknesses as praise, and what the other candidate had run before as experience', () => {
    expect(analyzeFeedbackByRules('You were very honest about your weaknesses.').categories).toEqual(['strength']);
    expect(
      analyzeFeedbackByRules('The person who got the job had run a Shopify store with a million in sales.').categories,
    ).toEqual(['experience', 'competition']);
  });

  it('reads the other candidate being cheaper or more local as terms, not experience', () => {
    expect(analyzeFeedbackByRules('They went with someone cheaper, to be blunt.').categories).toEqual([
      'competition',
      'logistics',
    ]);
    expect(
      analyzeFeedbackByRules("We've decided to go with someone more local, who can be on site at short notice.")
        .categories,
    ).not.toContain('experience');
  });

  it('reads a beginner level as a gap, backhanded confidence as no praise, and theory not yet applied as experience', () => {
    expect(
      analyzeFeedbackByRules('Your SQL was strong but your Python was at a beginner level for a data engineer.')
        .categories,
    ).toEqual(['skills', 'strength']);
    expect(
      analyzeFeedbackByRules('You came across as very confident, perhaps overconfident.').categories,
    ).not.toContain('strength');
    expect(
      analyzeFeedbackByRules("You understand the theory of lean, but you haven't applied it on a production line.")
        .categories,
    ).toContain('experience');
  });

  it('reads the pay named in a story told differently to each interviewer as no mismatch of terms, and a place in the top three as praise', () => {
    expect(
      analyzeFeedbackByRules(
        'You told the first interviewer you were leaving because of pay and the second that it was about progression.',
      ).categories,
    ).not.toContain('logistics');
    expect(analyzeFeedbackByRules('It was a strong field and you were in the top three.').categories).toContain(
      'strength',
    );
  });

  it('reads two versions of a fact on the CV as conduct, and coming without what was asked for as preparation', () => {
    expect(analyzeFeedbackByRules('Your CV had two different job titles for the same role.').categories).toContain(
      'conduct',
    );
    expect(analyzeFeedbackByRules('You arrived without the portfolio we asked you to bring.').categories).toEqual([
      'preparation',
    ]);
  });

  it('reads a clearance the other candidate already holds as terms, and "stay in touch" as courtesy', () => {
    expect(
      analyzeFeedbackByRules('The client has hired someone who already has SC clearance.').categories,
    ).not.toContain('experience');
    expect(
      analyzeFeedbackByRules("Honestly, it just wasn't a match this time. Please do stay in touch.").categories,
    ).toEqual(['fit']);
  });

  it('reads a place among the final few and warm words as praise, and a case study sent ahead and not read as preparation', () => {
    expect(
      analyzeFeedbackByRules('You were one of the final two, and the panel spoke warmly about you.').categories,
    ).toContain('strength');
    expect(
      analyzeFeedbackByRules("You came to the second interview without the case study we'd sent you to read.")
        .categories,
    ).toEqual(['preparation']);
  });

  it('reads praise of the team, the client or the job as no praise of the user', () => {
    expect(
      categoriesOf(
        'Our client is brilliant to work with, but they need a registered social worker and you are not registered yet.',
      ),
    ).not.toContain('strength');
    expect(
      categoriesOf('We have a fantastic team here and I am sure you will find a role that suits you.'),
    ).not.toContain('strength');
    expect(
      categoriesOf('You spoke at length about how strong your old department was, but not about your own part.'),
    ).not.toContain('strength');
    expect(categoriesOf('The successful applicant was excellent and had already led a store of this size.')).toEqual([
      'experience',
      'competition',
    ]);
  });

  it('reads praise words used as measures as no praise', () => {
    expect(categoriesOf('Your talk went well over the ten minutes and we lost the Q&A.')).toEqual(['communication']);
    expect(
      categoriesOf('You were clear that you would only consider a hybrid pattern, and this job is on site.'),
    ).not.toContain('strength');
  });

  it('does not let the model add praise, a rival or terms that no word in the text names', () => {
    expect(
      categoriesOf('You were late to the assessment centre, and the bigger issue was the numeracy test.'),
    ).not.toContain('strength');
    expect(categoriesOf('Overall you were a good candidate.')).not.toContain('competition');
    expect(
      categoriesOf('We require a recognised Level 3 assessor award from day one, and you have not begun it.'),
    ).not.toContain('logistics');
  });

  it('reads the others outdone as praise, not a rival chosen', () => {
    const found = categoriesOf(
      'You asked the sharpest question of the day, and none of the other applicants thought of it.',
    );
    expect(found).toContain('strength');
    expect(found).not.toContain('competition');
  });

  it('reads a language hard to follow as delivery, not a language level', () => {
    expect(categoriesOf('At times your English was hard to follow on the phone.')).toEqual(['communication']);
    expect(categoriesOf('We need business-level Dutch and yours was closer to A2.')).toContain('logistics');
  });

  it('reads a stated wish to narrow the work as fit', () => {
    expect(
      categoriesOf(
        'The job is a bit of everything in a small office, and you told us you would rather stick to bookkeeping.',
      ),
    ).toEqual(['fit']);
  });

  it('reads a reason given in another language', () => {
    expect(
      categoriesOf('Leider haben wir uns für einen Bewerber mit mehr Erfahrung in der Pflege entschieden.'),
    ).toEqual(expect.arrayContaining(['experience']));
    const italian = analyzeFeedback("L'intervista è andata bene, ma cercavamo più esperienza nella logistica.");
    expect(italian.categories).toEqual(['experience', 'strength']);
    expect(italian.vague).toBe(false);
  });

  it('reads praise said of anyone but the user, and traits of the people they would deal with, as about them', () => {
    expect(
      categoriesOf('Our sous chef is superb and the kitchen team is excellent; your knife work was slow.'),
    ).not.toContain('strength');
    expect(categoriesOf('The interviewers felt you were a strong communicator.')).toContain('strength');
    expect(
      analyzeFeedbackByRules(
        'You would be supporting some very demanding customers and we need someone with a year on a helpdesk.',
      ).categories,
    ).not.toContain('conduct');
    expect(analyzeFeedbackByRules('The soup went out cold twice during your trial shift.').categories).not.toContain(
      'communication',
    );
  });

  it('reads terms said to be no obstacle as no mismatch', () => {
    expect(
      categoriesOf(
        'Your salary expectations were fine and the commute works; another applicant had simply run a bigger store.',
      ),
    ).not.toContain('logistics');
  });

  it('reads a role shelved, a degree class below the bar, an eye-roll and a speaker not let finish', () => {
    expect(categoriesOf('The directors could not agree a budget and have shelved the post for now.')).toContain(
      'role_change',
    );
    expect(categoriesOf('We only take graduates with a 2:1, and yours is a 2:2.')).toEqual(['experience']);
    expect(categoriesOf('When the chair pushed back you rolled your eyes.')).toContain('conduct');
    expect(
      analyzeFeedbackByRules('In the role-play you never let the customer finish a sentence.').categories,
    ).toContain('communication');
  });

  it('reads a kind of workplace as experience, not the skill it is named after', () => {
    expect(categoriesOf('They want someone who has worked in an audit practice of a similar size.')).toEqual([
      'experience',
    ]);
  });

  it('reads praise for another setting as fit, and candour praised as praise', () => {
    const elsewhere = categoriesOf(
      "You'd do really well in a bigger school; here you would be the only teacher in your subject.",
    );
    expect(elsewhere).not.toContain('strength');
    expect(
      analyzeFeedbackByRules('You gave a frank account of the project that failed, which the interviewers respected.')
        .categories,
    ).toEqual(['strength']);
    expect(categoriesOf('You were very candid about disliking your team, which worried us.')).not.toContain('strength');
  });

  it('reads a strong field and thin margins as competition, and a dislike of the work as fit', () => {
    expect(categoriesOf('The field this year was exceptionally strong and the margins were very fine.')).toEqual([
      'competition',
    ]);
    expect(
      categoriesOf("You told us you don't like dealing with customers on the phone, and the role is mostly calls."),
    ).toEqual(['fit']);
  });

  it("reads 'your own experience' in answers as how the user answered", () => {
    expect(
      categoriesOf('Your answers sounded as if they came from a textbook and did not draw on your own experience.'),
    ).not.toContain('experience');
  });

  it('reads a close-knit team as no close call, the field praised as no praise, and a direction wanted as fit', () => {
    expect(
      categoriesOf('The nursing team here is really close and supportive; we felt your handovers were too brief.'),
    ).not.toContain('competition');
    expect(
      categoriesOf('There were so many strong applicants for the traineeship and we could only take three.'),
    ).not.toContain('strength');
    expect(
      categoriesOf('It is a very hands-on delivery role and you obviously want to move into product strategy.'),
    ).toEqual(['fit']);
    expect(categoriesOf("We weren't convinced you really wanted to move into nursing.")).not.toContain('fit');
  });

  it('reads a dislike of the core of the job as fit, and what the employer does or published left unread as preparation', () => {
    expect(categoriesOf("You told us you hate 'cold selling', and the role is mostly outbound calls.")).toEqual([
      'fit',
    ]);
    expect(categoriesOf('You did not know what the trust actually does for its patients.')).toContain('preparation');
    expect(categoriesOf('We mentioned our annual report twice and you had not read it.')).toContain('preparation');
  });

  it('reads the other candidates the user dealt with as the setting, not rivals', () => {
    expect(
      categoriesOf('In the group task you interrupted the other applicants and did not let them finish.'),
    ).not.toContain('competition');
  });

  it('does not take courtesy, evidence or a sign-off for praise the model may add', () => {
    expect(categoriesOf('Regrettably we must decline. Best wishes.')).not.toContain('strength');
    expect(
      categoriesOf('We appreciate your interest; we have chosen applicants whose experience better fits the brief.'),
    ).not.toContain('strength');
    expect(categoriesOf("You clearly hadn't looked at our pricing page before the call.")).not.toContain('strength');
    expect(
      categoriesOf('Nous avons apprécié votre énergie, mais il vous manque de l’expérience en gestion.'),
    ).toContain('strength');
  });

  it('reads a praised response to the advert as boilerplate, and terms called reasonable as no mismatch', () => {
    const letter = analyzeFeedback(
      'We had an excellent response to the vacancy and are unable to move your application forward.',
    );
    expect(letter.categories).toEqual(['no_feedback']);
    expect(letter.vague).toBe(true);
    expect(
      categoriesOf('Your day rate was reasonable; the other contractor had already delivered this migration twice.'),
    ).not.toContain('logistics');
  });

  it('reads a distinction not grasped as skills, a hiring stop as a role change, candour about a gap as praise', () => {
    expect(categoriesOf('We were not sure you knew the difference between capex and opex.')).toContain('skills');
    expect(
      categoriesOf('The practice is losing a contract and is unable to take on any new staff this year.'),
    ).toContain('role_change');
    expect(
      analyzeFeedbackByRules('We appreciated you being upfront about the career break in your CV.').categories,
    ).toContain('strength');
  });

  it('reads shifts done as experience, a backer of a hire as no visa sponsor, and a person called a pleasure as praise', () => {
    expect(categoriesOf("You've only worked a handful of shifts on a surgical ward so far.")).toEqual(['experience']);
    expect(categoriesOf('The role involves regular night shifts, which you said you could not do.')).toContain(
      'logistics',
    );
    expect(
      categoriesOf('The director who had been sponsoring this search has moved on, so the post is on hold.'),
    ).not.toContain('logistics');
    expect(categoriesOf('We are unable to offer visa sponsorship for this post.')).toContain('logistics');
    expect(analyzeFeedbackByRules('She was an absolute delight to interview.').categories).toContain('strength');
  });

  it("hears an unanswered question through 'actually' and 'we'd', talk without order, and a task's scenario as no conduct", () => {
    expect(categoriesOf("You never actually answered what they'd asked about the budget.")).toContain('answers');
    expect(categoriesOf('Your explanations were disorganised and hard to follow at times.')).not.toEqual([]);
    expect(
      categoriesOf("You weren't able to describe how you'd respond to a complaint from an unhappy tenant."),
    ).not.toContain('conduct');
  });

  it('reads a trade judged by its work or its activity as skills, kind words as praise, details kept for months as boilerplate', () => {
    expect(categoriesOf('The finish on your tiling test piece was rough around the sockets.')).toEqual(['skills']);
    expect(categoriesOf('Your soldering was messy on the second board.')).toEqual(['skills']);
    expect(categoriesOf('Your listening was poor at times.')).not.toContain('skills');
    expect(analyzeFeedbackByRules('The panel were extremely complimentary about you.').categories).toContain(
      'strength',
    );
    expect(categoriesOf('You obviously have real potential, though you have not yet led a team.')).toContain(
      'strength',
    );
    expect(categoriesOf('There is a potential issue with your start date.')).not.toContain('strength');
    expect(analyzeFeedbackByRules('He was a real joy to interview.').categories).toContain('strength');
    expect(analyzeFeedback('We have added your details to our talent pool for future roles.').categories).toEqual([
      'no_feedback',
    ]);
    const letter = analyzeFeedback('We regret you were not selected. We will keep your data for twelve months.');
    expect(letter.categories).toEqual(['no_feedback']);
    expect(letter.vague).toBe(true);
  });
});

describe('analyzeFeedback: the employer described, levels and abilities', () => {
  it('reads a description of the business or the job as no gap of the user', () => {
    for (const text of [
      'Our customers are mainly large hospital trusts. You arrived half an hour late.',
      'We mostly work with the public sector, and you asked for a fully remote contract.',
      'The practice only handles family law. Your salary expectations were above our range.',
    ])
      expect(analyzeFeedbackByRules(text).categories).not.toContain('experience');
    expect(categoriesOf('Your background is mostly in the public sector.')).toContain('experience');
  });

  it('reads a rung below the post as experience and a standard below the bar as skills', () => {
    expect(categoriesOf("You're currently a grade below the level of this post.")).toContain('experience');
    expect(categoriesOf('Your SQL was below the level we need.')).toEqual(['skills']);
  });

  it('reads an ability not there or a set task not done as skills, and guesses about a subject as knowledge', () => {
    expect(categoriesOf("You didn't seem to know how to calibrate the scales.")).toContain('skills');
    expect(categoriesOf("You couldn't balance the ledger we gave you.")).toContain('skills');
    expect(categoriesOf('We were not sure how to proceed with the vacancy.')).not.toContain('skills');
    expect(analyzeFeedbackByRules('Your answers on fire regulations were mostly guesswork.').categories).toContain(
      'skills',
    );
  });

  it('keeps praise beside a concern ruled out, a described team as evidence of fit, and a pay budget as terms', () => {
    expect(categoriesOf('The role was cancelled. Nothing to do with you, the panel liked you a lot.')).toContain(
      'strength',
    );
    const fit = analyzeFeedback('This is a very informal start-up and we felt you might not enjoy that.');
    expect(fit.vague).toBe(false);
    expect(
      categoriesOf('The post reports to the CFO. Sadly your salary expectation is well above our budget for it.'),
    ).not.toContain('role_change');
  });
});

describe('analyzeFeedback: work done before, abilities and a speaker who is not the user', () => {
  it('reads time in one kind of place, work asked to be shown done before and a job beyond reach as experience', () => {
    expect(categoriesOf("You've only nursed on day surgery wards.")).toContain('experience');
    expect(categoriesOf("We wanted evidence that you'd actually managed a budget before.")).toContain('experience');
    expect(categoriesOf("Honestly you aren't quite ready for a head of year post.")).toContain('experience');
    expect(
      categoriesOf("You're used to leading far larger teams and would find a branch manager job limiting."),
    ).toEqual(['experience']);
  });

  it('reads what a thing of the trade is, not known, and figures that fall apart as skills', () => {
    expect(categoriesOf("You weren't able to tell us what a damp-proof course does.")).toContain('skills');
    expect(categoriesOf("You couldn't tell us what the outcome was.")).not.toContain('skills');
    expect(categoriesOf("The cash-flow forecast didn't really hold together.")).toContain('skills');
  });

  it('keeps a judged knowledge gap beside warm praise, and a rival out of the user own story', () => {
    expect(
      categoriesOf('We really valued your warmth. The one gap was that your knowledge of the Equality Act is thin.'),
    ).toEqual(['skills', 'strength']);
    expect(
      categoriesOf(
        "Your example was one where somebody else was to blame, so we didn't learn much about how you own mistakes.",
      ),
    ).not.toContain('competition');
    expect(categoriesOf('You were articulate, maybe a little too much so, and spoke over the chair.')).not.toContain(
      'strength',
    );
  });

  it("suggests owning the story only when the user's own 'we' or part is named", () => {
    const ownStory = (text: string) =>
      analyzeFeedback(text).actions.some((a) => a.text.startsWith('Rewrite your main stories'));
    expect(ownStory("We felt your answers didn't give a result for any of the projects.")).toBe(false);
    expect(ownStory("You kept saying 'we', so we couldn't tell your part.")).toBe(true);
  });
});

describe('analyzeFeedback: understanding doubted, leadership not yet done and the level of the role', () => {
  it('reads how something works doubted, the basics unsure and a system of the job not known as skills', () => {
    expect(categoriesOf("We weren't convinced you understand how a mortgage offer is underwritten.")).toContain(
      'skills',
    );
    expect(categoriesOf('You seemed shaky on the fundamentals of stock rotation.')).toContain('skills');
    expect(
      categoriesOf(
        'The chef liked your energy but you did not know the ordering software we use and would need too much training.',
      ),
    ).toEqual(['skills', 'strength']);
    expect(categoriesOf('Your limited knowledge of procurement worried us.')).not.toContain('experience');
  });

  it('reads a team run before that was smaller, a step too big and the level of the role as experience', () => {
    expect(categoriesOf("You've never managed a department, and the step up felt too big.")).toContain('experience');
    expect(categoriesOf("You'd only led a team of two.")).toContain('experience');
    expect(categoriesOf("Your example didn't really fit the level of the role.")).not.toContain('fit');
    expect(categoriesOf("You don't have the flying hours we require.")).not.toContain('logistics');
  });

  it('reads a hire the employer must make as no rival, and praise conceded in passing or for reaching a stage', () => {
    expect(categoriesOf('We have to hire someone who already holds a forklift licence.')).not.toContain('competition');
    expect(categoriesOf('Your CV, while impressive, is mostly agency-side.')).toContain('strength');
    expect(categoriesOf('Congratulations on getting through to the final round.')).toContain('strength');
  });
});

describe('analyzeFeedback: a standard named by who holds it, motivation by pay and presence', () => {
  it('reads understanding short of what a chartered professional knows as skills, a diploma missing as experience', () => {
    expect(categoriesOf("Your grasp of fire engineering wasn't what we'd expect from a chartered surveyor.")).toEqual([
      'skills',
    ]);
    expect(categoriesOf('The post requires a level 3 childcare diploma, which you do not have.')).toContain(
      'experience',
    );
  });

  it('reads applying for the pay alone as motivation, not terms, and a form letter that invites more applications', () => {
    expect(categoriesOf('You said you were mainly applying because the salary is higher.')).toEqual(['preparation']);
    expect(
      analyzeFeedback('We will not be progressing. Do keep applying for roles that match your experience.').vague,
    ).toBe(true);
  });

  it('reads too little of the person coming across as delivery, and a description of good practice as no praise', () => {
    expect(categoriesOf('You were quite reserved and we wanted more of your personality to come through.')).toEqual([
      'communication',
    ]);
    expect(
      categoriesOf('You described what a great handover looks like but gave no example of one you had run.'),
    ).not.toContain('strength');
    expect(categoriesOf('You interviewed strongly, but the role is five days on site.')).toContain('strength');
  });
});

describe('analyzeFeedback: specifics only for what is found', () => {
  it('drops a name read for a category that is not found in the end, and keeps skills names beside experience', () => {
    expect(analyzeFeedback('You were late logging on, and your camera was off.').specifics).toEqual([]);
    expect(
      analyzeFeedback('We need someone who has led a SOC 2 audit before, and that was not something you had done.')
        .specifics,
    ).toContain('SOC 2');
  });
});

describe('analyzeFeedback: the follow-up question after a rejection on paper', () => {
  it('asks about the application, not an interview, when the user was never shortlisted', () => {
    const letter = analyzeFeedback('Thanks for applying. Sadly you have not been shortlisted this time.');
    expect(letter.followUpQuestion).toContain('application');
    expect(letter.followUpQuestion).not.toContain('interview');
    const afterInterview = analyzeFeedback(
      'Thank you for your application and for meeting the panel. We will not be progressing.',
    );
    expect(afterInterview.followUpQuestion).toContain('interview');
  });
});

describe('analyzeFeedback: career stage, time spent in an answer, observed lessons and honesty', () => {
  it('reads the stage of a career as experience only with what it calls for', () => {
    expect(
      categoriesOf('At this stage of your career you would benefit from more supervision than we can give.'),
    ).toContain('experience');
    expect(
      analyzeFeedbackByRules('The role was not right for you at this point in your career.').categories,
    ).not.toContain('experience');
  });

  it('reads a background talked about at length as no experience gap, and a graded lesson as skills', () => {
    expect(
      analyzeFeedbackByRules('You spent far too long on your background and never reached the case.').categories,
    ).not.toContain('experience');
    expect(categoriesOf("Your observed lesson was graded 'requires improvement'.")).toContain('skills');
  });

  it('reads honesty appreciated as praise and talk about good practice as none', () => {
    expect(
      analyzeFeedbackByRules('We valued your honesty about never having used Cerner before.').categories,
    ).toContain('strength');
    expect(
      analyzeFeedbackByRules('You made general points about good teamwork but gave no example.').categories,
    ).not.toContain('strength');
  });
});

describe('analyzeFeedback: subjects not known, key terms, work of the hands, a phone used and a registration', () => {
  it('reads a subject of the trade not known as skills and the employer not known as research', () => {
    expect(categoriesOf("You didn't seem to know much about soil nutrients or crop rotation.")).toContain('skills');
    expect(categoriesOf("You didn't know much about how our stores are run.")).toEqual(['preparation']);
    expect(categoriesOf("You couldn't explain the key terms of a tenancy agreement.")).toContain('skills');
    expect(categoriesOf('Your brush work was patchy on the second wall.')).toContain('skills');
  });

  it('reads a phone brought in and used as conduct, and a registration not held as terms', () => {
    expect(categoriesOf('You brought your phone into the exam room and were seen using it.')).toContain('conduct');
    expect(
      categoriesOf(
        'The panel loved your warmth. We could not progress because you do not hold a current HCPC registration.',
      ),
    ).toContain('logistics');
    expect(
      analyzeFeedbackByRules("The figures didn't match what you'd written on your form.").categories,
    ).not.toContain('skills');
  });
});

describe('analyzeFeedback: the place described, copying, and enthusiasm for the work', () => {
  it('reads terms and manners of a described job or team as no finding unless the user side is said', () => {
    expect(
      categoriesOf('The role includes some travel to our Lyon site. Your answers lacked any measurable results.'),
    ).not.toContain('logistics');
    expect(categoriesOf('The role involves regular weekend work, which you said you could not do.')).toContain(
      'logistics',
    );
    expect(
      analyzeFeedbackByRules('The studio is very informal. You were great in the interview.').categories,
    ).not.toContain('conduct');
  });

  it('reads copied work as conduct, a scenario dismissal as none, and enthusiasm for the work as motivation', () => {
    expect(categoriesOf('Your cover letter copied whole paragraphs from our annual report.')).toContain('conduct');
    expect(
      categoriesOf(
        'Your grasp of disciplinary procedure was weak: in the case study you dismissed the worker without a hearing.',
      ),
    ).not.toContain('conduct');
    expect(categoriesOf("You didn't show much enthusiasm for working with children.")).toContain('preparation');
  });
});

describe('analyzeFeedback: round-8 shapes', () => {
  it('reads the way the user works against the place as fit, and work shown done before as experience', () => {
    expect(
      categoriesOf(
        'The office is open plan. We felt you would struggle to concentrate, as you said you need a quiet room to work.',
      ),
    ).toContain('fit');
    expect(categoriesOf("We wanted evidence that you'd designed a curriculum before.")).toContain('experience');
  });

  it('reads falling out with the last manager as conduct, someone more suitable as the form, and no details to give', () => {
    expect(categoriesOf("You told us you didn't get on with your line manager and went on about her.")).toContain(
      'conduct',
    );
    const letter = analyzeFeedback("I don't have any detailed feedback; they found someone more suitable.");
    expect(letter.categories).not.toContain('experience');
    expect(letter.categories).toContain('no_feedback');
  });
});

describe('analyzeFeedback: round-9 shapes', () => {
  it('reads more of the employer described as no gap, and the question misunderstood as no skill', () => {
    expect(
      categoriesOf("We're mainly a B2B business. Everyone liked you, but the post went to an internal candidate."),
    ).not.toContain('experience');
    expect(categoriesOf("You didn't fully understand the question and your answer went in circles.")).not.toContain(
      'skills',
    );
  });

  it('reads how a thing works not understood, a task not done correctly and a term not explained as skills', () => {
    expect(categoriesOf("You didn't seem to understand how a heat pump is sized.")).toContain('skills');
    expect(categoriesOf("You weren't able to triage the callers correctly in the exercise.")).toContain('skills');
    expect(categoriesOf('The panel felt you struggled to explain a rights issue.')).toContain('skills');
    expect(categoriesOf('We felt you would need more supervised cases before working independently.')).toEqual([
      'experience',
    ]);
  });

  it('reads the job or the place described in several words as no mismatch, and a craft that let the user down as skills', () => {
    expect(
      categoriesOf(
        'The night porter job runs a rota of long shifts and we open at weekends. Your welding test was untidy.',
      ),
    ).not.toContain('logistics');
    expect(
      categoriesOf('Our auditors travel a lot. Your interview was strong, but the other candidate was stronger.'),
    ).not.toContain('logistics');
    expect(categoriesOf('Everyone liked you, but your soldering under time pressure let you down.')).toContain(
      'skills',
    );
  });

  it('reads a pattern of work refused as terms, a development of the field not known as skills, and talk beside the point as answers', () => {
    expect(categoriesOf("You said you couldn't commit to the shift pattern.")).toEqual(['logistics']);
    expect(categoriesOf('The partners preferred someone with contacts in local government.')).not.toContain(
      'logistics',
    );
    expect(categoriesOf('You seemed unaware of the latest NICE guidance on sepsis.')).toContain('skills');
    expect(categoriesOf('You talked mostly about the software rather than what the patients needed.')).toEqual([
      'answers',
    ]);
    expect(categoriesOf('Your answer to the fire scenario never mentioned the assembly point.')).toContain('answers');
    expect(categoriesOf("You hadn't looked at what the gallery had shown this season.")).toEqual(['preparation']);
  });

  it("reads a test's deadline as the test, the place's culture as no fit, and a job wanted with more freedom as fit", () => {
    expect(categoriesOf('In the drafting exercise you missed the deadline and the summary was poor.')).toEqual([
      'skills',
    ]);
    expect(categoriesOf('You missed the deadline for sending your references.')).toEqual(['conduct']);
    expect(
      categoriesOf('The practice has a very traditional culture. Your advocacy exercise was weak on the law.'),
    ).not.toContain('fit');
    expect(categoriesOf('You seemed to want a job with far more creative control than this one.')).toEqual(['fit']);
    expect(categoriesOf("You'd need a visa and we are not a licensed sponsor.")).toEqual(['logistics']);
    expect(categoriesOf("You haven't used Intune, which we rely on.")).toEqual(['skills']);
  });

  it('reads vetting by work history as terms, a phone answered as conduct, and work handed in with errors as skills', () => {
    expect(categoriesOf('The client needs five years of UK address history for vetting, and you have two.')).toEqual([
      'logistics',
    ]);
    expect(categoriesOf('You picked up your phone during the panel interview.')).toEqual(['conduct']);
    expect(categoriesOf('The floor plan you submitted had several errors.')).toEqual(['skills']);
    expect(categoriesOf('This post runs the whole regional office, and you have never done that before.')).toContain(
      'experience',
    );
    expect(categoriesOf('You answered a question about budgets instead.')).toContain('answers');
    expect(categoriesOf("You couldn't say how your project work would apply to our clients.")).toContain('answers');
    expect(categoriesOf('Your answers sounded learned by heart.')).toContain('communication');
  });

  it('reads answerability not yet held as experience, and the post given to the one acting up in it as an internal fill', () => {
    expect(categoriesOf("You haven't yet been responsible for a site's health and safety on your own.")).toContain(
      'experience',
    );
    expect(categoriesOf('We offered the post to a colleague who has been covering it since May.')).toContain(
      'role_change',
    );
  });

  it("reads a rival's named experience that made them the better match as experience", () => {
    expect(
      categoriesOf('In the end a candidate with more NHS procurement experience was the better match.').sort(),
    ).toEqual(['competition', 'experience']);
  });
});

describe('analyzeFeedback: words that are also property names of JavaScript objects', () => {
  it('reads "constructor" and its like as words, with the same result shape', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      for (const word of [name, name.toLowerCase(), `${name[0]?.toUpperCase()}${name.slice(1)}`]) {
        const result = analyzeFeedback(`Your answer on the ${word} question was vague, and ${word} came up twice.`);
        expect(feedbackAnalysisSchema.parse(result), word).toEqual(result);
        expect(result.categories, word).toContain('answers');
      }
    }
  });
});
