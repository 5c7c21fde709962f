import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintMessageSync } from './lint.engine';
import { authoredToneFile, parseExamples, type ToneExample } from './lint.fixtures';
import { toneRules } from './lint.schema';
import { prepareText } from './lint.text';
import { lintTone } from './lint.tone';

const toneOf = (text: string, kind?: string) =>
  lintMessageSync(text, kind === undefined ? {} : { kind })
    .filter((issue) => issue.category === 'tone')
    .map((issue) => issue.rule);

describe('tone', () => {
  it('flags a generic "why" and offers a specific question instead', () => {
    const text = "Hi Dana, thanks for letting me know. Why wasn't I selected?";
    const issues = lintMessageSync(text, { kind: 'feedback-request' }).filter((i) => i.category === 'tone');
    expect(issues.map((i) => i.rule)).toEqual(['tone.generic-why']);
    const [issue] = issues;
    expect(text.slice(issue?.start, issue?.end)).toBe("Why wasn't I selected?");
    expect(issue?.suggestion).toMatch(/stronger candidate\?$/);
  });

  it('knows a statement about what went wrong from a question about it', () => {
    expect(toneOf('What went wrong in my final interview?', 'feedback-request')).toEqual(['tone.generic-why']);
    expect(toneOf('I know what went wrong in the final round: I rushed the design.', 'feedback-request')).toEqual([]);
    expect(toneOf("I'd like to understand why I wasn't selected.", 'feedback-request')).toEqual(['tone.generic-why']);
    expect(toneOf('I understand why you went with someone more senior.', 'feedback-request')).toEqual([]);
  });

  it('lets a negation cancel a request, but not a negative question', () => {
    expect(toneOf("I'm not asking you to reconsider, and I respect the decision.", 'feedback-request')).toEqual([]);
    expect(toneOf("I'm not contesting the decision; I'd just like to improve.", 'feedback-request')).toEqual([]);
    expect(toneOf("Couldn't you reconsider my application?", 'feedback-request')).toEqual(['tone.second-chance']);
    expect(toneOf('I hope you will reconsider my application.', 'feedback-request')).toEqual(['tone.second-chance']);
  });

  it('accuses only when the reader is the target, not the writer', () => {
    expect(toneOf('I think you made the wrong call here.', 'feedback-request')).toEqual(['tone.confrontational']);
    expect(toneOf('I think I made the wrong call by choosing Java.', 'feedback-request')).toEqual([]);
    expect(toneOf('Your hiring process is a complete mess.', 'feedback-request')).toEqual(['tone.confrontational']);
    expect(toneOf('My answer to the second question was a mess.', 'feedback-request')).toEqual([]);
    expect(toneOf("I'm sure you made the right call for the team.", 'feedback-request')).toEqual([]);
  });

  it('treats rebuttals as defensive in a reply to feedback, and "actually" only there', () => {
    const rebuttal = 'Actually, I have five years of experience leading teams.';
    expect(toneOf(rebuttal, 'feedback-reply')).toEqual(['tone.defensive']);
    expect(toneOf(rebuttal, 'influence-letter')).toEqual([]);
    expect(toneOf("Actually, that's a great suggestion; I hadn't thought of it.", 'feedback-reply')).toEqual([]);
    expect(toneOf("I don't agree that my answers were vague.", 'feedback-reply')).toEqual(['tone.defensive']);
    expect(toneOf('You are right that my answers were vague.', 'feedback-reply')).toEqual([]);
  });

  it('only reads a second interview as a plea after the decision', () => {
    expect(toneOf('Would you be open to a second interview?', 'feedback-request')).toEqual(['tone.second-chance']);
    expect(toneOf('I look forward to a second interview with the team.', 'thank-you')).toEqual([]);
    expect(toneOf("I'd welcome another chance to work with you in the future.", 'feedback-request')).toEqual([]);
  });

  it('finds the same issues at the right places when a sentence seen before moves or its neighbour changes', () => {
    const why = "Why didn't I get the job?";
    const spans = (text: string, kind: string) =>
      lintTone(prepareText(text), kind, text).map((issue) => [issue.rule, text.slice(issue.start, issue.end)]);
    expect(spans(why, 'feedback-request')).toEqual([['tone.generic-why', why]]);
    const moved = `Hi Dana, thank you for letting me know. ${why}`;
    expect(spans(moved, 'feedback-request')).toEqual([['tone.generic-why', why]]);
    // The same sentence after another one is read with that one: a claim of merit after a "why" argues with it.
    const merit = 'I met every requirement in the advert.';
    expect(spans(merit, 'feedback-request')).toEqual([]);
    expect(spans(`${why} ${merit}`, 'feedback-request').map(([rule]) => rule)).toContain('tone.defensive');
    // And per message kind: before a decision, a second interview is no second chance.
    const second = 'Would you be open to a second interview?';
    expect(spans(second, 'feedback-request')).toEqual([['tone.second-chance', second]]);
    expect(spans(second, 'thank-you')).toEqual([]);
  });

  it('reads "the chance to prove myself" as a second chance only about the decision made', () => {
    expect(toneOf('Please give me the opportunity to prove myself.', 'feedback-request')).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf('I would love the chance to prove myself in a future role.', 'feedback-request')).toEqual([]);
    expect(toneOf('I hope I get the chance to prove myself on a future project.', 'keep-in-touch')).toEqual([]);
    expect(toneOf('I would welcome the opportunity to prove myself in this role.', 'thank-you')).toEqual([]);
  });

  it('separates a deadline on them from a promise of my own', () => {
    expect(toneOf('Please send me your feedback by Friday.', 'feedback-request')).toEqual(['tone.pressure']);
    expect(toneOf("I'll send over the links we discussed by Friday.", 'feedback-request')).toEqual([]);
    expect(toneOf('I will be leaving a review on Glassdoor.', 'nudge')).toEqual(['tone.pressure']);
    expect(toneOf('I saw your post on LinkedIn about the launch.', 'keep-in-touch')).toEqual([]);
  });

  it('reads entitlement as pressure, but not blame taken or thanks given', () => {
    const request = 'feedback-request';
    expect(toneOf('After three rounds, I think I deserve at least a proper explanation.', request)).toEqual([
      'tone.pressure',
    ]);
    expect(toneOf("After four interviews, the least I'm owed is a phone call.", request)).toEqual(['tone.pressure']);
    expect(toneOf("I know I'm not owed an explanation, but a pointer or two would help.", request)).toEqual([]);
    expect(toneOf('I think I deserve some of the blame for rushing the last question.', request)).toEqual([]);
    expect(toneOf('The team deserves real credit for how clearly the process was run.', 'thank-you')).toEqual([]);
  });

  it('tells a rebuttal after thanks from growth after thanks', () => {
    const reply = 'feedback-reply';
    expect(
      toneOf("I appreciate the feedback, although I'd point out that the take-home took me twelve hours.", reply),
    ).toEqual(['tone.defensive']);
    expect(toneOf("That's fair, although I'd add that I've since rewritten the service with tests.", reply)).toEqual(
      [],
    );
    expect(toneOf('I should point out that your notes on testing were spot on.', reply)).toEqual([]);
    expect(
      toneOf("The take-home took me most of the weekend, so I'd really value any feedback on it.", 'feedback-request'),
    ).toEqual([]);
  });

  it('reads "I meet every requirement" as defensive only when it argues with the outcome', () => {
    const claim = 'I was surprised by the decision, since I meet every requirement in the job description.';
    expect(toneOf(claim, 'feedback-request')).toEqual(['tone.defensive']);
    expect(
      toneOf('I meet every requirement in the job description, and I led on-call for two years.', 'influence-letter'),
    ).toEqual([]);
    expect(
      toneOf('I meet most of the requirements, but my Kubernetes is thin, so advice is welcome.', 'feedback-request'),
    ).toEqual([]);
  });

  it('hears a hope the decision turns around, and a broad "what decided it"', () => {
    const request = 'feedback-request';
    expect(toneOf('Please pass my details to the hiring manager again in case she changes her mind.', request)).toEqual(
      ['tone.second-chance'],
    );
    expect(toneOf('Please pass my details on to the hiring manager for any future openings.', request)).toEqual([]);
    expect(toneOf("I'm curious what the deciding factor was?", request)).toEqual(['tone.generic-why']);
    expect(toneOf("I'm curious what the team will focus on next quarter.", 'keep-in-touch')).toEqual([]);
  });

  it('blames personal dislike or their own words, not a design they rightly disliked', () => {
    const request = 'feedback-request';
    expect(toneOf("Honestly, I think the interviewer just didn't like me.", request)).toEqual(['tone.confrontational']);
    expect(toneOf("The interviewer didn't like my first design, and she was right.", 'feedback-reply')).toEqual([]);
    expect(toneOf('Your recruiter told me I was the top candidate, so frankly this makes no sense.', request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('Thanks for explaining the decision; it makes a lot of sense.', 'feedback-reply')).toEqual([]);
  });

  it("reads what they failed to do in any tense, and a negation in learners' English", () => {
    const request = 'feedback-request';
    expect(toneOf("Your interviewer clearly hadn't read my CV.", request)).toEqual(['tone.confrontational']);
    expect(toneOf("I hadn't read the brief closely enough, which was my mistake.", request)).toEqual([]);
    expect(toneOf('I not agree with the feedback that my English is weak.', 'feedback-reply')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf('I agree with the feedback that my English answers were too long.', 'feedback-reply')).toEqual([]);
  });

  it('hears their judgement and competence doubted, hedged or in either word order', () => {
    const request = 'feedback-request';
    expect(toneOf('Frankly, that is a poor decision.', request)).toEqual(['tone.confrontational']);
    expect(toneOf('In hindsight it was a poor choice to start with the database.', 'feedback-reply')).toEqual([]);
    expect(toneOf("I'm not sure your team really knows what it's looking for.", 'feedback-reply')).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf("I'm not sure you know how much the call helped.", 'feedback-reply')).toEqual([]);
    expect(toneOf('I find it hard to believe you picked someone with less experience.', request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('I find it hard to believe how quickly the two hours went.', 'thank-you')).toEqual([]);
  });

  it('tells a writer vindicating their own answer from one revising their view of it', () => {
    const reply = 'feedback-reply';
    expect(toneOf('Regarding the SQL question, my query was correct.', reply)).toEqual(['tone.defensive']);
    expect(toneOf('I had thought my answer on testing was thorough, so it helps to hear it was thin.', reply)).toEqual(
      [],
    );
    expect(toneOf('Your feedback on my presentation was spot on.', reply)).toEqual([]);
    expect(toneOf('My answer on caching was correct, but I see it was hard to follow.', reply)).toEqual([]);
  });

  it('reads a deadline or threat however it is hedged, but not their own schedule', () => {
    const nudge = 'nudge';
    expect(toneOf("I trust I'll have it within 48 hours.", nudge)).toEqual(['tone.pressure']);
    expect(toneOf("I'd hate to have to leave a review on Glassdoor about this.", nudge)).toEqual(['tone.pressure']);
    expect(toneOf("I'd love to share your post on LinkedIn with my network.", 'keep-in-touch')).toEqual([]);
    expect(toneOf('A detailed answer is the least I can expect.', 'feedback-request')).toEqual(['tone.pressure']);
    expect(toneOf('Per my last email, I am still waiting.', nudge)).toEqual(['tone.pressure']);
    expect(toneOf('I know the decision is due by Friday, so I thought I would check in.', nudge)).toEqual([]);
    // A day agreed to or offered is the writer's own diary, unless a demand stands beside it.
    for (const agreed of [
      'Yes, Thursday suits me.',
      'Friday is fine for me.',
      "I can't make Thursday, but Friday morning is free.",
    ])
      expect(toneOf(agreed, nudge), agreed).toEqual([]);
    expect(toneOf('Friday works, but I need your decision by then.', nudge)).toEqual(['tone.pressure']);
  });

  it('hears despair and bargaining, not ordinary need or effort', () => {
    const request = 'feedback-request';
    expect(toneOf('I am very need this work for my family.', request)).toEqual(['tone.pleading']);
    expect(toneOf("I don't know what I'll do if this doesn't work out.", request)).toEqual(['tone.pleading']);
    expect(toneOf('I promise I would work harder than anyone on your team.', request)).toEqual(['tone.pleading']);
    expect(toneOf('I need to read more on the causal inference work you mentioned.', 'thank-you')).toEqual([]);
    expect(toneOf("I don't know what the team uses for tracing, so I'm curious.", 'keep-in-touch')).toEqual([]);
  });

  it('takes a question about one named part as the specific question it is', () => {
    const request = 'feedback-request';
    expect(toneOf('Was there one area, such as my answer on budgeting, where I fell short?', request)).toEqual([]);
    expect(toneOf('Where did I fall short?', request)).toEqual(['tone.generic-why']);
  });

  it('hears a reply that judges the feedback or brings a witness against it, not one that accepts it', () => {
    const reply = 'feedback-reply';
    expect(toneOf("That's a bit harsh, to be honest.", reply)).toEqual(['tone.defensive']);
    expect(toneOf('The comment surprised me at first, but it makes sense.', reply)).toEqual([]);
    expect(toneOf("My manager would tell you I'm one of the most organised people on the team.", reply)).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf("I hear you, but I've presented to boards many times.", reply)).toEqual(['tone.defensive']);
    expect(toneOf("Fair point, but I've worked on this since and I'm practising daily.", reply)).toEqual([]);
  });

  it("reads the reader's conduct and a verdict drawn from it, not praise in the same words", () => {
    expect(toneOf('Your hiring manager kept interrupting me.', 'feedback-request')).toEqual(['tone.confrontational']);
    expect(toneOf('Four emails without a single reply says a lot about your company.', 'nudge')).toContain(
      'tone.confrontational',
    );
    expect(toneOf('The care you took over the process says a lot about your company.', 'feedback-reply')).toEqual([]);
  });

  it('hears hardship told to the reader, but not the same words about a career plan', () => {
    const request = 'feedback-request';
    expect(toneOf('My savings run out next month and I have two children to feed.', request)).toEqual([
      'tone.pleading',
    ]);
    expect(toneOf("I'm at a really low point after so many rejections.", request)).toEqual(['tone.pleading']);
    expect(
      toneOf("I've been working towards a move into product for years, and this chat helped.", 'keep-in-touch'),
    ).toEqual([]);
    expect(toneOf('Thank you for walking me through the escalation process.', 'thank-you')).toEqual([]);
  });

  it('lets a subject access request state its legal deadline', () => {
    const sar =
      'Under Article 15 of the UK GDPR I am entitled to a copy of my personal data. Please respond within one month.';
    expect(toneOf(sar, 'subject-access-request')).toEqual([]);
    expect(toneOf('I am entitled to feedback. Please respond within one month.', 'feedback-request')).toContain(
      'tone.pressure',
    );
  });

  it('lints an unknown or missing kind with the general rules', () => {
    expect(toneOf('I really need this job, please.', 'linkedin-message')).toEqual(['tone.pleading']);
    expect(toneOf('I really need this job, please.')).toEqual(['tone.pleading']);
  });

  it('handles contractions typed without apostrophes or with curly ones', () => {
    expect(toneOf('Why didnt I get the job?', 'feedback-request')).toEqual(['tone.generic-why']);
    expect(toneOf('Why didn’t I get the job?', 'feedback-request')).toEqual(['tone.generic-why']);
  });

  it('suggests sentences that pass the lint themselves', () => {
    const flagged = [
      'What did I do wrong in the coding test?',
      'Please reconsider my application.',
      'Could I redo the take-home exercise?',
      'Your process is unfair.',
      "That's not true, I did mention it.",
      'I really need this job.',
      'I expect a reply within 48 hours.',
      'I think I deserve at least a proper explanation.',
      'I was surprised by the decision, since I meet every requirement in the job description.',
      "Honestly, I think the interviewer just didn't like me.",
      "I'm curious what the deciding factor was?",
    ];
    const seen = new Set<string>();
    for (const text of flagged) {
      for (const kind of ['feedback-request', 'feedback-reply', 'nudge']) {
        for (const issue of lintMessageSync(text, { kind }).filter((i) => i.category === 'tone')) {
          seen.add(issue.rule);
          expect(issue.suggestion).toBeTruthy();
          const again = lintMessageSync(issue.suggestion ?? '', { kind }).filter(
            (i) => i.category !== 'personalisation',
          );
          expect(again, `${issue.rule}: ${issue.suggestion}`).toEqual([]);
        }
      }
    }
    expect([...seen].sort()).toEqual([...toneRules].sort());
  });

  it('takes a rebuttal the writer concedes in the same sentence as growth, not defence', () => {
    const reply = 'feedback-reply';
    expect(toneOf('I did walk through the rollout plan, but I can see I skipped the risks.', reply)).toEqual([]);
    expect(toneOf('I did mention the budget, though not in enough detail.', reply)).toEqual([]);
    expect(toneOf('I did walk through the rollout plan, so the comment is unfair.', reply)).toEqual(['tone.defensive']);
  });

  it('hears a stage asked for, not one told as something that happened', () => {
    const nudge = 'nudge';
    expect(toneOf('I am writing after a second interview with your CFO in May.', nudge)).toEqual([]);
    expect(toneOf('I have been offered a second interview at another firm, hence the question.', nudge)).toEqual([]);
    expect(toneOf('Might I have a second interview with the CFO?', nudge)).toEqual(['tone.second-chance']);
  });

  it('hears the outcome in any form after a "why", and "how" asked as working it out', () => {
    const request = 'feedback-request';
    expect(toneOf('Is there a reason the answer was a no?', request)).toEqual(['tone.generic-why']);
    expect(toneOf("I'm struggling to work out how I ended up not being shortlisted.", request)).toEqual([
      'tone.generic-why',
    ]);
  });

  it('hears the reader judged wrong, hedged or not, and the chosen person walking away', () => {
    const reply = 'feedback-reply';
    expect(toneOf('Frankly your panel got it wrong.', 'nudge')).toContain('tone.confrontational');
    expect(toneOf('The final decision was not the right one.', 'nudge')).toEqual(['tone.confrontational']);
    expect(toneOf('I doubt anybody looked at my portfolio before the call.', 'nudge')).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf("You're not wrong about my pacing.", reply)).toEqual([]);
    expect(toneOf('If whoever you hired walks away, do call me.', 'nudge')).toEqual(['tone.second-chance']);
  });

  it("lets the rules' language checks overrule the model: statements, promises, scheduling, praise", () => {
    expect(toneOf('I know why it went to someone else: my German is not fluent yet.', 'feedback-reply')).toEqual([]);
    expect(toneOf("I'll send the signed forms over by Thursday.", 'nudge')).toEqual([]);
    expect(toneOf('Could we push the final interview to Monday morning?', 'nudge')).toEqual([]);
    expect(toneOf('Your recruiter was patient and kind throughout the process.', 'feedback-reply')).toEqual([]);
  });

  it('hears the rationale asked for as a generic why, however it is named', () => {
    const request = 'feedback-request';
    expect(toneOf('Could you share the rationale for the decision?', request)).toEqual(['tone.generic-why']);
    expect(toneOf('On what basis was my application turned down?', request)).toContain('tone.generic-why');
    expect(toneOf('I understand the rationale for the decision and accept it.', request)).toEqual([]);
  });

  it('hears a rebuttal in any wording of "the feedback is not what happened", and refused blame', () => {
    const reply = 'feedback-reply';
    expect(toneOf("The notes from the panel don't reflect the answers I gave.", reply)).toContain('tone.defensive');
    expect(toneOf("I shouldn't be marked down for a question that wasn't asked.", reply)).toContain('tone.defensive');
    expect(toneOf("I'm not sure I agree with that.", reply)).toEqual(['tone.defensive']);
    expect(toneOf("I didn't agree with my own answer on pricing either, so this helps.", reply)).toEqual([]);
    expect(toneOf('In hindsight, I did rush the last question.', reply)).toEqual([]);
  });

  it('leaves their timetable and offers of help alone, and a chance to catch up', () => {
    expect(toneOf('I know you have a decision to make by Thursday; good luck with it.', 'thank-you')).toEqual([]);
    expect(toneOf('Do tell me by Monday if you need anything else from me.', 'thank-you')).toEqual([]);
    expect(toneOf("I'd welcome another chance to chat when you're in Bristol.", 'keep-in-touch')).toEqual([]);
  });

  it("condemns the reader's conduct without a judgement word, but not the writer's own or praise", () => {
    const nudge = 'nudge';
    expect(toneOf('Does anybody actually check this inbox?', nudge)).toContain('tone.confrontational');
    expect(toneOf('I expected better of your talent team.', nudge)).toContain('tone.confrontational');
    expect(toneOf('None of the panel had looked at my slides.', nudge)).toEqual(['tone.confrontational']);
    expect(toneOf('My first draft read as boilerplate, so I rewrote it.', nudge)).toEqual([]);
    expect(toneOf('Has anyone had a chance to look at my application?', nudge)).toEqual([]);
    expect(toneOf('It was lovely to see how your team treats visitors like this, thank you.', nudge)).toEqual([]);
  });

  it('knows the people of a hiring process by role, and the writer who only judges', () => {
    const request = 'feedback-request';
    expect(toneOf('The examiner was rude from the start.', request)).toEqual(['tone.confrontational']);
    expect(toneOf('The recruiter hung up on me, which I felt was disrespectful.', request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('I felt I was rude to interrupt, and I am sorry.', request)).toEqual([]);
  });

  it('hears the task called impossible for anyone, a long subject in "I don\'t think … is right", outside authorities', () => {
    const reply = 'feedback-reply';
    expect(toneOf('Nobody could have finished that exercise in an hour.', reply)).toEqual(['tone.defensive']);
    expect(toneOf("I don't think the note about my slides being cluttered is fair.", reply)).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf('I may have to take this to my MP if nothing changes.', 'nudge')).toContain('tone.pressure');
    expect(toneOf('If your new analyst decides not to start, please let me know.', 'nudge')).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf('How did a good technical round lead to a rejection?', 'feedback-request')).toEqual([
      'tone.generic-why',
    ]);
  });

  it('reads past a conjunction to what is judged, and hears not knowing as asking', () => {
    const request = 'feedback-request';
    expect(toneOf('It felt less like an interview and more like a formality.', request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('I doubt the manager who interviewed me had read my CV.', request)).toEqual(['tone.confrontational']);
    expect(toneOf("I'm still in the dark about why I wasn't chosen.", 'nudge')).toEqual(['tone.generic-why']);
    expect(toneOf('Could I work a trial shift so you can see me in action?', request)).toEqual(['tone.second-chance']);
    expect(toneOf('The day was long, but the panel was warm and welcoming.', request)).toEqual([]);
  });

  it('hears the decision put down to favour, and sarcasm about how little time the writer was given', () => {
    const request = 'feedback-request';
    const confrontational = ['tone.confrontational'];
    expect(toneOf('I gather the role went to a friend of the hiring manager.', request)).toEqual(confrontational);
    expect(toneOf("It really does come down to who you know, doesn't it?", request)).toEqual(confrontational);
    expect(toneOf("I'm sure ten minutes was ample time to judge fifteen years of work.", request)).toEqual(
      confrontational,
    );
    expect(toneOf('Hopefully other applicants get a proper look at their portfolios.', request)).toEqual(
      confrontational,
    );
    const network = "Knowing the right people in the industry is half the battle, so I'd love to stay in touch.";
    expect(toneOf(network, 'keep-in-touch')).toEqual([]);
    expect(toneOf("I'm sure the next candidate will be great, and I wish them well.", request)).toEqual([]);
    expect(toneOf("I'm sure a fifteen-minute call would be plenty, whenever suits you.", 'nudge')).toEqual([]);
    expect(
      toneOf('A colleague of yours referred me, and I was grateful for the chance to interview.', request),
    ).toEqual([]);
  });

  it('hears a negated rebuttal as agreement, a hedged "point out" as one, and a meeting asked for to re-make the case', () => {
    expect(toneOf("I'd simply point out that my tests all passed.", 'feedback-reply')).toEqual(['tone.defensive']);
    expect(toneOf("I wouldn't dispute any of that; the structure point is fair.", 'feedback-reply')).toEqual([]);
    expect(toneOf('Bumping this up your inbox in case it was missed, no rush at all.', 'nudge')).toEqual([]);
    const demo = 'Would a quick coffee be possible, so I could demonstrate that I am the right person for this team?';
    expect(toneOf(demo, 'feedback-request')).toEqual(['tone.second-chance']);
  });

  it('hears a verdict said to rest on minutes, a skipped courtesy, their words held up as hollow', () => {
    const request = 'feedback-request';
    const confrontational = ['tone.confrontational'];
    expect(toneOf('The panel wrote me off within the first five minutes, from what I could tell.', request)).toEqual(
      confrontational,
    );
    expect(toneOf('It would have been polite to tell me the role was filled before I travelled.', request)).toEqual(
      confrontational,
    );
    expect(
      toneOf("It's hard to take your 'we were impressed' line seriously after a form rejection.", request),
    ).toEqual(confrontational);
    expect(toneOf('It would have been nice to meet the wider team, but diaries were full.', 'thank-you')).toEqual([]);
    expect(
      toneOf("I heard the role went to someone on your team; I'm genuinely pleased for them.", 'keep-in-touch'),
    ).toEqual([]);
  });

  it('hears doubt about what one exercise shows and a witness brought against the feedback', () => {
    const reply = 'feedback-reply';
    expect(toneOf('I doubt one forty-minute conversation can tell you how I handle conflict.', reply)).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf('Anyone who has managed me would tell you something quite different.', reply)).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf("It stung to read, but it's fair, and I've already booked a course.", reply)).toEqual([]);
  });

  it('leaves their own timetable recalled alone, but not a delay reproached', () => {
    const recalled =
      "Your recruiter said feedback usually comes within two weeks, so no worries if it's not ready yet.";
    expect(toneOf(recalled, 'nudge')).toEqual([]);
    expect(toneOf("I'll be on leave from Monday, so whenever you're back is fine.", 'feedback-request')).toEqual([]);
    expect(toneOf("Happy to send the slides if they'd be useful for Thursday's review.", 'thank-you')).toEqual([]);
    expect(toneOf("You told me last month I'd hear within a week, and I'm still waiting.", 'nudge')).toContain(
      'tone.pressure',
    );
  });

  it('hears hardship in the number of applications and a search the writer cannot face again', () => {
    const request = 'feedback-request';
    expect(toneOf("I've sent well over a hundred applications since January.", request)).toEqual(['tone.pleading']);
    expect(toneOf("I really don't think I can face starting all over again.", request)).toEqual(['tone.pleading']);
  });

  it('hears irony aimed at a slight, their values set against a neglect, and the writer hurt rather than accusing', () => {
    const request = 'feedback-request';
    const confrontational = ['tone.confrontational'];
    expect(toneOf("It's a bit rich to praise my rigour in an email that spells my name wrong.", request)).toEqual(
      confrontational,
    );
    expect(toneOf('Good of you to finally write back, a month later.', 'nudge')).toEqual(confrontational);
    expect(toneOf('Funny how the role was re-advertised the morning after my interview.', request)).toEqual(
      confrontational,
    );
    expect(toneOf('I had expected a firm that preaches transparency to at least explain its choice.', request)).toEqual(
      confrontational,
    );
    expect(toneOf('Twelve pages of analysis, and not a single comment on any of it.', request)).toEqual(
      confrontational,
    );
    expect(
      toneOf('Interesting that you asked about supplier disputes; I enjoy that part of the work.', 'thank-you'),
    ).toEqual([]);
    expect(toneOf('This rejection has honestly crushed me after so many months of searching.', request)).toEqual([
      'tone.pleading',
    ]);
  });

  it('reports a stance word before an accusation once, as the accusation', () => {
    expect(toneOf('With respect, your panel had clearly decided before I sat down.', 'feedback-request')).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('With respect, I did explain the caching layer in detail.', 'feedback-reply')).toEqual([
      'tone.defensive',
    ]);
  });

  it('hears a decision asked to be held or stepped into before it is final, and conditions blamed', () => {
    const request = 'feedback-request';
    expect(toneOf('Could you delay the final decision until my new reference arrives?', request)).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf('Might we speak once before anything is finalised?', request)).toEqual(['tone.second-chance']);
    expect(toneOf('What about my portfolio failed to convince the panel?', request)).toEqual(['tone.generic-why']);
    expect(toneOf('My audio kept cutting out, so the answers came across as patchy.', 'feedback-reply')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf("I'd take any contract at all, just to get working again.", request)).not.toContain(
      'tone.second-chance',
    );
  });

  it('hears a verdict made in haste, a role settled in advance and a process ridiculed, not a decision described', () => {
    const request = 'feedback-request';
    const confrontational = ['tone.confrontational'];
    expect(toneOf('All that preparation, for a verdict apparently reached over a coffee break.', request)).toEqual(
      confrontational,
    );
    expect(toneOf('It feels like the advert was tailored for a particular insider.', request)).toEqual(confrontational);
    expect(toneOf('Thanks for the masterclass in how not to treat applicants.', request)).toEqual(confrontational);
    expect(toneOf('I understand the role was designed for a person with more data experience.', request)).toEqual([]);
    expect(toneOf('The decision was made after a long discussion, and I respect it.', request)).toEqual([]);
  });

  it("hears the writer's work set above the feedback's account of it, and a brutal year told", () => {
    expect(toneOf('My SQL answer was much clearer than your summary suggests.', 'feedback-reply')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf('I know my answer was weaker than the others, so I will practise.', 'feedback-reply')).toEqual([]);
    expect(toneOf("It's been a gruelling year, and I was counting on this.", 'feedback-request')).toEqual([
      'tone.pleading',
    ]);
  });

  it("leaves the writer's own deadline elsewhere alone, and hears a shortfall explained away", () => {
    expect(
      toneOf(
        'I have to give the other company my answer by Thursday, so any pointers before then would be welcome.',
        'feedback-request',
      ),
    ).toEqual([]);
    expect(
      toneOf('I need to reply to another firm by the 9th, so I wanted to share my timeline.', 'thank-you'),
    ).toEqual([]);
    expect(
      toneOf('I have to give them an answer by Thursday, so please reply by Wednesday.', 'feedback-request'),
    ).toEqual(['tone.pressure']);
    expect(
      toneOf('The reason my demo about the billing flow was short is that the projector failed.', 'feedback-reply'),
    ).toEqual(['tone.defensive']);
    expect(toneOf('The reason I ask is that I want to practise the right things.', 'feedback-reply')).toEqual([]);
  });

  it('hears a why that reproaches being kept in the dark, a broad why about "that" after an accusation, and pay bid down', () => {
    expect(toneOf('Why was I not told sooner that the role had been filled?', 'feedback-request')).toContain(
      'tone.confrontational',
    );
    expect(
      toneOf(
        'So you hired someone with half my experience? I would like to understand the reasoning behind that.',
        'feedback-request',
      ),
    ).toEqual(['tone.confrontational', 'tone.generic-why']);
    expect(
      toneOf(
        'Calling my answers unstructured is a bit rich given the interviewer kept changing the question.',
        'feedback-reply',
      ),
    ).toContain('tone.confrontational');
    expect(toneOf('I would be willing to start on a lower salary if it helps.', 'feedback-request')).toEqual([
      'tone.pleading',
    ]);
  });

  it('hears patience said to be spent, goalposts moved, merit or their own words set against the outcome', () => {
    expect(toneOf('At this point I would settle for a one-line reply.', 'nudge')).toEqual(['tone.confrontational']);
    expect(toneOf('I will settle for whatever you are able to share, no pressure.', 'nudge')).toEqual([]);
    expect(toneOf('Honestly, I have been patient for long enough.', 'nudge')).toContain('tone.confrontational');
    expect(
      toneOf('Adding a degree requirement after the final round is moving the goalposts.', 'feedback-request'),
    ).toContain('tone.confrontational');
    expect(toneOf('I really believe I deserved to reach the final stage.', 'feedback-request')).toEqual([
      'tone.confrontational',
    ]);
    expect(
      toneOf(
        'I know I did not deserve the role over someone with more experience, so I would value a pointer.',
        'feedback-request',
      ),
    ).toEqual([]);
    expect(
      toneOf(
        'Why did you decide not to go ahead, despite your recruiter assuring me it had gone really well?',
        'feedback-request',
      ),
    ).toContain('tone.confrontational');
    expect(toneOf('I am sure the panel made the decision it thought best for the team.', 'feedback-request')).toEqual(
      [],
    );
  });

  it('hears the outcome asked to move with nothing named, and a rebuttal that calls the feedback a poor reading', () => {
    expect(toneOf('I really need this. Is there any way at all?', 'feedback-request')).toContain('tone.second-chance');
    expect(toneOf('Is there any way I could get a little feedback on the case study?', 'feedback-request')).toEqual([]);
    expect(toneOf('I think that is a rather selective reading of my answers.', 'feedback-reply')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf('That is a fair reading of my answer, and I will work on it.', 'feedback-reply')).toEqual([]);
    expect(toneOf("Why didn't I get the offer? I met every requirement on the list.", 'feedback-request')).toEqual([
      'tone.generic-why',
      'tone.defensive',
    ]);
  });

  it('hears a verdict met with the record, with having done all there was, or with what they asked for', () => {
    const reply = 'feedback-reply';
    expect(toneOf('I was surprised to hear my SQL was weak, as I write it every day.', 'feedback-request')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf("Honestly, I'm not sure what more I could have done.", 'feedback-request')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf("I'd love to hear what more I could have done in the final round.", 'feedback-request')).toEqual([]);
    expect(toneOf('The panel asked me to skip the tests, so naturally my solution had no tests.', reply)).toEqual([
      'tone.defensive',
    ]);
    expect(
      toneOf('The panel asked me to present first, so I did the slides in the morning.', 'feedback-request'),
    ).toEqual([]);
    expect(toneOf('I understand the feedback, but I stand by my answer on the caching question.', reply)).toEqual([
      'tone.defensive',
    ]);
  });

  it('hears a verdict said to rest on too little, values called hollow, and entitlement put as modesty', () => {
    expect(toneOf('Was twenty minutes really enough to decide I lacked leadership?', 'feedback-request')).toContain(
      'tone.confrontational',
    );
    expect(toneOf('So the commitment to mentoring was just for the careers page?', 'feedback-request')).toContain(
      'tone.confrontational',
    );
    expect(toneOf('After two interviews, a reply is not too much to expect.', 'nudge')).toContain('tone.pressure');
    expect(toneOf('I hope it is not too much to ask for a short update.', 'nudge')).toEqual([]);
    expect(toneOf("I'll need to confirm my notice by the 10th, so I wanted to share my timing.", 'thank-you')).toEqual(
      [],
    );
  });

  it('hears their words set against their conduct, terms changed under the writer, and exasperation at silence', () => {
    const request = 'feedback-request';
    expect(toneOf('For all the talk about candidate care, I was expecting at least a phone call.', request)).toContain(
      'tone.confrontational',
    );
    expect(toneOf('The final interview was cancelled without any explanation.', request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('The role now needs a PhD, which was not in the advert I answered.', request)).toContain(
      'tone.confrontational',
    );
    expect(toneOf("I've chased three times, so I'm not sure what else I can do to get a reply.", 'nudge')).toContain(
      'tone.confrontational',
    );
    expect(toneOf('I think my portfolio speaks for itself.', request)).toEqual(['tone.confrontational']);
    expect(
      toneOf(
        "It's a pity the panel didn't see my demo, as we ran out of time, but I'd love to hear about the rest.",
        request,
      ),
    ).toEqual([]);
  });

  it('hears blame refused, their account turned with what the writer did, distress, and a record demanded', () => {
    expect(toneOf('The recruiter oversold me, which is not really my fault.', 'feedback-request')).toContain(
      'tone.defensive',
    );
    expect(
      toneOf('You said I did not ask questions, but I asked about the roadmap and the team.', 'feedback-reply'),
    ).toEqual(['tone.defensive']);
    expect(toneOf("I'm finding it really hard to accept this.", 'feedback-request')).toEqual(['tone.pleading']);
    expect(toneOf('Third email now. Please reply.', 'nudge')).toContain('tone.pressure');
    expect(toneOf("I'd like my objection put on record.", 'feedback-request')).toContain('tone.pressure');
    expect(
      toneOf('Could you tell me which skills made the difference for the other candidate?', 'feedback-request'),
    ).toEqual([]);
  });

  it('hears the feedback dismissed as empty, merit set against the outcome, and a review by someone else asked for', () => {
    const reply = 'feedback-reply';
    expect(toneOf("Honestly, 'lacks gravitas' is pretty vague.", reply)).toEqual(['tone.defensive']);
    expect(toneOf('My answer was pretty vague, and I will work on it.', reply)).toEqual([]);
    expect(toneOf("I'd like to know why I was rejected after doing so well on the test.", 'feedback-request')).toEqual([
      'tone.generic-why',
      'tone.defensive',
    ]);
    expect(
      toneOf('Despite scoring well on the test, I know my interview answers were weak.', 'feedback-request'),
    ).toEqual([]);
    expect(toneOf('I would like someone else to review my test.', 'feedback-request')).toEqual(['tone.second-chance']);
    expect(
      toneOf('Could someone look at my application for the junior role that just opened?', 'other-openings'),
    ).toEqual([]);
    expect(toneOf('Is there really nothing I could have done?', 'feedback-request')).toEqual(['tone.generic-why']);
    expect(toneOf('I struggle to see how I was not a fit.', 'feedback-request')).toContain('tone.generic-why');
  });

  it('leaves polite disappointment and another process with its own deadline alone', () => {
    expect(
      toneOf(
        "I'm disappointed, of course, because I really wanted this role. Any pointers would help.",
        'feedback-request',
      ),
    ).toEqual([]);
    expect(
      toneOf(
        "I have another process with a deadline next Friday, so I'm keen to learn what I can before then.",
        'feedback-request',
      ),
    ).toEqual([]);
    expect(
      toneOf('I have another process with a deadline on Friday, so please reply by Thursday.', 'feedback-request'),
    ).toEqual(['tone.pressure']);
  });

  it('lets the next sentence excuse a regret, an accepted outcome end the sentence, and a stage elsewhere be elsewhere', () => {
    const request = 'feedback-request';
    expect(
      toneOf(
        "It's a shame the hiring manager didn't have time to meet me in person. I'd have welcomed the chance, but I understand diaries were tight.",
        request,
      ),
    ).toEqual([]);
    expect(
      toneOf("I wasn't expecting a no after the final round went so well, but these things happen.", request),
    ).toEqual([]);
    expect(
      toneOf("I've got a second interview elsewhere next week, so any thoughts before then would help.", 'nudge'),
    ).toEqual([]);
    expect(toneOf('Was there a particular competency where I fell short?', request)).toEqual([]);
  });

  it("hears their judgement of the writer called wrong, silence called discourteous, and puzzlement at one's own result", () => {
    expect(
      toneOf(
        "I think you've underestimated what I could bring, and I'd like a chance to prove it.",
        'feedback-request',
      ),
    ).toEqual(['tone.second-chance', 'tone.confrontational']);
    expect(toneOf('I know I underestimated the case study, so I will practise.', 'feedback-request')).toEqual([]);
    expect(toneOf('I would appreciate the courtesy of a reply at this point.', 'nudge')).toContain(
      'tone.confrontational',
    );
    expect(toneOf("I'm genuinely puzzled, because I performed well on every test.", 'feedback-request')).toEqual([
      'tone.defensive',
    ]);
  });

  it('hears better treatment wished on the next candidates, and leaves a question about their timeline or time alone', () => {
    expect(toneOf('I hope you treat your next applicants with a bit more respect.', 'feedback-request')).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('Maybe future candidates will be treated better.', 'feedback-request')).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('Do you have a rough idea of when you expect to decide?', 'nudge')).toEqual([]);
    expect(toneOf('How much longer do I have to wait for an answer?', 'nudge')).toEqual(['tone.pressure']);
    expect(toneOf('Were you able to look at my portfolio before the panel met?', 'nudge')).toEqual([]);
    expect(toneOf('Were you able to actually look at my portfolio before the panel met?', 'nudge')).toEqual([
      'tone.confrontational',
    ]);
    expect(
      toneOf(
        'I feel it was not fair that the interviewer was looking at his phone the whole time.',
        'feedback-request',
      ),
    ).toEqual(['tone.confrontational']);
  });

  it('hears a reason other than merit hinted at, the choice put down to cost, and merit said to count for nothing', () => {
    const request = 'feedback-request';
    expect(toneOf('I do wonder whether my age had anything to do with it.', request)).toEqual(['tone.confrontational']);
    expect(
      toneOf(
        "I mentioned I'd need to leave at four for childcare. I wonder whether that shaped the decision.",
        request,
      ),
    ).toEqual(['tone.confrontational']);
    expect(toneOf('My SQL test was weak. I wonder whether that shaped the decision.', request)).toEqual([]);
    expect(toneOf('I wonder whether my lack of Kubernetes experience played a part.', request)).toEqual([]);
    expect(toneOf('Congratulations on finding someone cheaper.', request)).toEqual(['tone.confrontational']);
    expect(toneOf('Lovely to know that eight years of experience counts for so little at your firm.', request)).toEqual(
      ['tone.confrontational'],
    );
    expect(toneOf('My degree counts for little without experience, I realise.', request)).toEqual([]);
    expect(toneOf('I assume the case study was mainly a way to collect free ideas for your pitch.', request)).toEqual([
      'tone.confrontational',
    ]);
  });

  it('hears a place asked for beside the chosen candidate, and leaves a why left to them and a hard market alone', () => {
    const request = 'feedback-request';
    expect(
      toneOf("I wonder whether there's still room for me to be considered alongside the other finalist.", request),
    ).toEqual(['tone.second-chance']);
    expect(
      toneOf(
        "Why the panel chose the other finalist is your call, and I respect it; what I'd value is one pointer on my portfolio.",
        request,
      ),
    ).toEqual([]);
    expect(toneOf('Please help me, I am applying since one year and nobody is giving me a chance.', request)).toEqual([
      'tone.pleading',
    ]);
  });

  it('hears a question asked only to reproach, thanks taken back, passive blame, despair and an unsigned offer', () => {
    const request = 'feedback-request';
    expect(toneOf('Is this how you treat everyone who gives up a day for you?', request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf("What's the point of a take-home test if nobody looks at it?", request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('Thanks for the detailed feedback (all two lines of it).', request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('Great to finally hear back, only five weeks later.', 'nudge')).toEqual(['tone.confrontational']);
    expect(toneOf('Mistakes were clearly made in how my application was handled.', request)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('Mistakes were made on my side, and I own them.', request)).toEqual([]);
    expect(toneOf("You're right that I didn't read the brief closely enough.", 'feedback-reply')).toEqual([]);
    expect(toneOf("I've always admired how you treat candidates.", 'keep-in-touch')).toEqual([]);
    expect(toneOf('I started at Monzo only three weeks later, thanks to your advice.', 'keep-in-touch')).toEqual([]);
    expect(
      toneOf("Honestly, if this doesn't happen I think I'll give up on the industry altogether.", 'thank-you'),
    ).toEqual(['tone.pleading']);
    expect(toneOf("Nothing is signed yet, is it? I'd still love to be in the frame.", request)).toContain(
      'tone.second-chance',
    );
    expect(
      toneOf(
        "If I'm honest, I nearly gave up on design, and conversations like today's remind me why I didn't.",
        'thank-you',
      ),
    ).toEqual([]);
  });

  it('hears mockery, bare exasperation, a finding called impossible and a public write-up announced', () => {
    const request = 'feedback-request';
    expect(toneOf("lol ok, guess I wasn't good enough for you", request)).toEqual(['tone.confrontational']);
    expect(toneOf("I guess I wasn't senior enough for the team, which I accept.", request)).toEqual([]);
    expect(toneOf('Unbelievable.', request)).toEqual(['tone.confrontational']);
    expect(toneOf("Really? That's so useful, thank you.", 'feedback-reply')).toEqual([]);
    expect(
      toneOf('I am having ten years of experience, so how can your panel say I am junior?', 'feedback-reply'),
    ).toEqual(['tone.defensive']);
    expect(toneOf('How would you suggest I show ownership more clearly?', 'feedback-reply')).toEqual([]);
    expect(
      toneOf(
        "I'll be posting a write-up of my interview experience next week, so let me know what to include.",
        request,
      ),
    ).toEqual(['tone.pressure']);
    expect(toneOf('Please do the needful and revert with the reason for rejection.', request)).toEqual([
      'tone.generic-why',
    ]);
    expect(
      toneOf(
        "The point about my lack of ownership is a fair one; I've asked my manager for a project.",
        'feedback-reply',
      ),
    ).toEqual([]);
  });

  it('hears distress told to the reader, the outcome asked about as a whole, a contest re-run and an impression denied', () => {
    const request = 'feedback-request';
    expect(toneOf("I'm not sure how many more rejections I can take.", request)).toEqual(['tone.pleading']);
    expect(toneOf("This was my first interview in a year, and I'd pinned everything on it.", request)).toEqual([
      'tone.pleading',
    ]);
    expect(toneOf("I'm not in a bad place at all; I'm just keen on this role.", 'thank-you')).toEqual([]);
    expect(toneOf('Help me make sense of this outcome.', request)).toEqual(['tone.generic-why']);
    expect(toneOf('Honestly, what would it have taken?', request)).toEqual(['tone.generic-why']);
    expect(toneOf("I'm happy to do a paid trial week so you can compare us side by side.", request)).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf("If a role opens up later, I'd be glad to do a trial day.", 'keep-in-touch')).toEqual([]);
    expect(toneOf('Perhaps my answers came across as short, but they were complete.', 'feedback-reply')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf('You people wasted my whole Saturday.')).toEqual(['tone.confrontational']);
    expect(
      toneOf(
        "You're right that my answers were short; I assumed the panel had read my submission, which was my mistake.",
        'feedback-reply',
      ),
    ).toEqual([]);
  });

  it('hears the decided contest reopened, hurt laid on the reader and a file kept against them', () => {
    const request = 'feedback-request';
    expect(toneOf('Is the door completely closed on this one?', request)).toEqual(['tone.second-chance']);
    expect(toneOf('Is the door open for me to apply to the graduate scheme next year?', 'keep-in-touch')).toEqual([]);
    expect(
      toneOf(
        "I'd be happy to answer any remaining doubts the panel has about me before they finalise things.",
        request,
      ),
    ).toEqual(['tone.second-chance']);
    expect(toneOf("I'd be happy to answer any other questions the panel has before you decide.", 'thank-you')).toEqual(
      [],
    );
    expect(toneOf('Could we book a follow-up call so I can hear the feedback in person?', request)).toEqual([]);
    expect(toneOf("I'll be honest, I cried when I read your email.", request)).toEqual(['tone.pleading']);
    expect(toneOf("I'm really counting on hearing something positive from you.", 'nudge')).toEqual(['tone.pleading']);
    expect(toneOf("I'm keeping a record of every unanswered email, for obvious reasons.", request)).toEqual([
      'tone.pressure',
    ]);
    expect(toneOf('Any chance of an explanation for the no?', 'nudge')).toEqual(['tone.generic-why']);
    expect(
      toneOf("You're right, I did skim the brief; the requirement was in the last paragraph.", 'feedback-reply'),
    ).toEqual([]);
  });

  it('reads misspelt tone words as meant, and hears an eye-roll, a shout, a chaser counted and a promise called words', () => {
    const request = 'feedback-request';
    expect(toneOf('Could you please recosider my application?', request)).toEqual(['tone.second-chance']);
    expect(toneOf('This process was so unfare to me.', request)).toEqual(['tone.confrontational']);
    expect(toneOf("Ah yes, 'not the right fit'. Very specific, thanks 🙄", request)).toContain('tone.confrontational');
    expect(toneOf('THANK YOU for such detailed notes!! Really helpful 😊', 'feedback-reply')).toEqual([]);
    expect(toneOf('THIRD EMAIL. STILL NOTHING.', 'nudge')).toEqual(
      expect.arrayContaining(['tone.pressure', 'tone.confrontational']),
    );
    expect(toneOf('I suppose that was just words.', request)).toEqual(['tone.confrontational']);
  });

  it("tells the writer's own offers, plans and schedule from asks and demands of the reader", () => {
    const request = 'feedback-request';
    // An offer to explain is a why given, not asked; the way forward asked for is not the broad why.
    expect(toneOf("I'm happy to explain why I applied for a second time.", request)).toEqual([]);
    expect(toneOf('Could you tell me what skills I should develop before I apply again?', request)).toEqual([]);
    // Their timetable checked, a call proposed, own availability, a delivery as promised: no deadline set for them.
    expect(
      toneOf(
        "The advert mentioned decisions by the end of the month, so I wanted to check that's still the plan.",
        'nudge',
      ),
    ).toEqual([]);
    expect(toneOf('Could we have a quick ten-minute call this week or next?', request)).toEqual([]);
    expect(toneOf("I'm free Thursday after 2pm if you'd like to go through them.", 'thank-you')).toEqual([]);
    expect(toneOf('Please find attached my portfolio, as promised on Wednesday.', 'nudge')).toEqual([]);
    // Another person to ask, a newly opened role, and a role still first choice reopen nothing.
    expect(toneOf("If there's someone else I should ask instead, I'd be grateful for a pointer.", 'nudge')).toEqual([]);
    expect(toneOf('Could I be considered for the analyst role that has just come up?', 'other-openings')).toEqual([]);
    expect(toneOf('You are still my first choice, so any news on your timeline would be welcome.', 'nudge')).toEqual(
      [],
    );
    // Chasing promised, a same-day demand and a chaser counted are still pressure.
    expect(toneOf("I'll keep emailing until I hear something.", 'nudge')).toEqual(['tone.pressure']);
    expect(toneOf('Could you please send the feedback today?', request)).toEqual(['tone.pressure']);
  });

  it('lets a regret be excused, credited input and a plan stand, and hears the instructions blamed and irony about their claims', () => {
    const reply = 'feedback-reply';
    expect(
      toneOf(
        "It's a shame the panel didn't have time for my questions. I understand the schedule was full.",
        'feedback-request',
      ),
    ).toEqual([]);
    expect(toneOf('I was confused by the second question at first, but your hint helped.', reply)).toEqual([]);
    expect(toneOf("I don't want to lose momentum, so I hope to reapply next year.", reply)).toEqual([]);
    expect(toneOf("I'd really love this job; it's exactly the work I've been looking for.", 'thank-you')).toEqual([]);
    expect(toneOf('I take your point about my slides, but the brief never said we would need any.', reply)).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf("It's a slow process for a company that prides itself on speed.", 'nudge')).toEqual([
      'tone.confrontational',
    ]);
  });

  it('hears fresh shapes of blame, pleas and pressure, and leaves their careful twins alone', () => {
    const request = 'feedback-request';
    const reply = 'feedback-reply';
    // Confrontational: conduct judged, merit said to be trumped, unfairness without the word, a personal ground asked
    // about, the reader said to have missed it, fairness of the criteria put in doubt.
    expect(toneOf('Ignoring candidates is not an acceptable way to treat people.', 'nudge')).toContain(
      'tone.confrontational',
    );
    expect(toneOf('Evidently other factors mattered more than experience.', request)).toEqual(['tone.confrontational']);
    expect(toneOf('I feel my portfolio was not properly considered.', request)).toEqual(['tone.confrontational']);
    expect(toneOf('Was it because I am a woman?', request)).toContain('tone.confrontational');
    expect(toneOf('Was it because my answers were too long?', request)).toEqual([]);
    expect(toneOf('Please could you ask whether the scoring was applied consistently?', request)).toContain(
      'tone.confrontational',
    );
    // Second chance: a trial to be seen again, the CV passed on regardless, the chosen one's falling through.
    expect(toneOf('Could I do a trial shift so that you can see how I work?', request)).toEqual(['tone.second-chance']);
    expect(toneOf('Could you forward my CV to the director anyway?', request)).toEqual(['tone.second-chance']);
    expect(toneOf('I know you chose someone else. If they drop out, I am ready.', request)).toEqual([
      'tone.second-chance',
    ]);
    // Pressure and pleading.
    expect(toneOf("I'm going to hold you to that.", request)).toEqual(['tone.pressure']);
    expect(toneOf('Kindly share the outcome at the earliest.', request)).toContain('tone.pressure');
    expect(toneOf('I could start in May at the earliest.', request)).toEqual([]);
    expect(toneOf("I don't think I can keep going like this.", request)).toEqual(['tone.pleading']);
    // Defensive: someone else's praise held up, the result set against the outcome; conceded, they stay clean.
    expect(toneOf('I was surprised, as my clients have always praised my reports.', reply)).toEqual(['tone.defensive']);
    expect(
      toneOf('My clients have always praised my reports, so I can see I need to check my style here.', reply),
    ).toEqual([]);
    expect(toneOf('I did cover the budget, but missed the staffing question entirely.', reply)).toEqual([]);
    // The way forward, one part, or the role's fate asked about is not the broad why.
    expect(toneOf('Could you tell me why the vacancy was withdrawn?', request)).toEqual([]);
    expect(toneOf('Was the decision mostly about the written test or the panel interview?', request)).toEqual([]);
    expect(toneOf('I am waiting for your reasons.', request)).toEqual(['tone.generic-why']);
  });

  it('hears reputations held over them, a verdict priced into a condition and distress named; leaves a feedback call alone', () => {
    const request = 'feedback-request';
    expect(
      toneOf('Candidates talk to each other, and this process is not a good look for your company.', request),
    ).toContain('tone.pressure');
    expect(toneOf('Reply by Friday, if not I will have to think you are not serious.', 'nudge')).toEqual(
      expect.arrayContaining(['tone.pressure', 'tone.confrontational']),
    );
    expect(toneOf("Please don't tell me all that preparation was for nothing.", request)).toEqual(['tone.pleading']);
    expect(toneOf('what did i even do wrong', request)).toEqual(['tone.generic-why']);
    expect(toneOf('I think the comment about my nerves is a bit unfair.', 'feedback-reply')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf('Would you be open to a short 10-minute call about my case study?', request)).toEqual([]);
    expect(toneOf('I would like to know what I can do better in my next interview.', request)).toEqual([]);
    expect(toneOf('What would you tell a candidate like me before the next one?', request)).toEqual([]);
    expect(toneOf('I would need your answer before the end of next week.', 'nudge')).toEqual(['tone.pressure']);
    expect(
      toneOf(
        'For the record, my notice period may change next year, so I would love to hear about future roles.',
        request,
      ),
    ).toEqual([]);
  });

  it("leaves the writer's own state, an admitted lapse and a later reapplication alone; hears a reason never given", () => {
    const reply = 'feedback-reply';
    expect(toneOf('I was exhausted after a night shift, which is probably where my answers wandered.', reply)).toEqual(
      [],
    );
    expect(toneOf('I did ramble on the last question.', reply)).toEqual([]);
    expect(toneOf('I did not ramble at all.', reply)).toEqual(['tone.defensive']);
    expect(
      toneOf("I'd like to apply again when I've gained more hands-on experience with Terraform.", 'feedback-request'),
    ).toEqual([]);
    expect(toneOf('Could you pass on the notes the panel made?', 'feedback-request')).toEqual([]);
    expect(toneOf('Nobody has explained why my application was turned down.', 'nudge')).toContain('tone.generic-why');
    expect(toneOf("If things haven't gone to plan with the new hire, I'm still available.", 'keep-in-touch')).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf('Could you give me some chance to show what I can do?', 'feedback-request')).toEqual([
      'tone.second-chance',
    ]);
    expect(
      toneOf("After all the referrals I sent your way, it's only fair that you return the favour.", 'keep-in-touch'),
    ).toEqual(['tone.pressure']);
  });

  it('hears a reason missed, a question that calls theirs irrelevant, a favour cashed in and a bare order to reply', () => {
    const request = 'feedback-request';
    expect(toneOf("I'm not entirely sure why my application was declined.", request)).toEqual(['tone.generic-why']);
    expect(toneOf('I am still waiting for an answer on why I was rejected.', request)).toContain('tone.generic-why');
    expect(toneOf('Could you tell me what my age has to do with it?', request)).toContain('tone.confrontational');
    expect(toneOf('Could you tell me what the platform team has to do with the data team?', 'thank-you')).toEqual([]);
    expect(
      toneOf('As for the comment that I lacked energy, I was actually just being careful.', 'feedback-reply'),
    ).toEqual(['tone.defensive']);
    expect(toneOf('Getting this job would really mean the world to me.', 'thank-you')).toEqual(['tone.pleading']);
    expect(toneOf('I would expect the full scoring sheet by next Friday.', 'feedback-reply')).toEqual([
      'tone.pressure',
    ]);
    expect(toneOf("I don't expect a long answer, just a line or two.", request)).toEqual([]);
    expect(
      toneOf('I referred two of my colleagues to you, so surely you could squeeze me into the next round.', 'nudge'),
    ).toContain('tone.pressure');
    expect(toneOf('Final reminder.', 'nudge')).toEqual(['tone.pressure']);
    expect(toneOf("I saw the role is still advertised, so I'd be keen to be considered again.", request)).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf('They said the role may come back in the spring.', 'feedback-reply')).toEqual([]);
  });

  it('leaves a promise not to chase, a point granted before an admission and a shortfall owned alone', () => {
    expect(toneOf("I won't pester you again, promise.", 'nudge')).toEqual([]);
    expect(toneOf('Fair point. I did gloss over the testing strategy.', 'feedback-reply')).toEqual([]);
    expect(
      toneOf('Not sure I agree there. The design I proposed is what most teams use today.', 'feedback-reply'),
    ).toContain('tone.defensive');
    expect(
      toneOf("I misread the brief, so it's clearly an area I need to work on, but thanks.", 'feedback-reply'),
    ).toEqual([]);
  });

  it('hears a redo asked for before the decision, and a concern flatly denied in any kind', () => {
    expect(toneOf('Could I redo it at home and send it over instead?', 'thank-you')).toEqual(['tone.second-chance']);
    expect(toneOf("I'd love to meet the rest of the team again soon.", 'thank-you')).toEqual([]);
    expect(toneOf('If it helps, I can send the deck again.', 'thank-you')).toEqual([]);
    expect(toneOf("If the company is hiring again in spring, I'd love to hear about it.", 'keep-in-touch')).toEqual([]);
    expect(toneOf("I'd like to correct the impression that I can't code; that is just not true.", 'thank-you')).toEqual(
      ['tone.defensive'],
    );
    expect(toneOf("I don't believe my gap year says anything about my drive.", 'influence-letter')).toEqual([
      'tone.defensive',
    ]);
    expect(
      toneOf(
        "You mentioned a concern about my lack of SaaS experience; I've since completed two SaaS implementations.",
        'influence-letter',
      ),
    ).toEqual([]);
    expect(
      toneOf('Fair, though the timeout errors were caused by the test environment you gave me.', 'feedback-reply'),
    ).toEqual(['tone.defensive']);
  });

  it('hears despair and a favour cashed in; leaves an agreement and a negated panic alone', () => {
    expect(toneOf("I have no other interviews lined up and I'm beginning to despair.", 'nudge')).toEqual([
      'tone.pleading',
    ]);
    expect(toneOf("I'm not starting to panic, just curious about the timeline.", 'nudge')).toEqual([]);
    expect(
      toneOf(
        'I passed plenty of strong CVs to your team last year, so surely you can find me a slot.',
        'keep-in-touch',
      ),
    ).toEqual(['tone.pressure']);
    expect(toneOf('I accept that my answers were too long.', 'feedback-reply')).toEqual([]);
    expect(toneOf('I know my answers were correct.', 'feedback-reply')).toEqual(['tone.defensive']);
    expect(toneOf("I'm afraid I disagree with the point about my SQL.", 'feedback-reply')).toEqual(['tone.defensive']);
  });

  it('hears the real reason demanded, a ground other than merit hinted, a no-show reproached and a shortfall called a choice', () => {
    const reply = 'feedback-reply';
    expect(toneOf('So what was it really, if not the portfolio?', reply)).toEqual(['tone.generic-why']);
    expect(toneOf('Would an older candidate have been asked about their family plans?', 'feedback-request')).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('It would have been helpful if the hiring manager had read my CV beforehand.', 'thank-you')).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('It would have been lovely to meet the wider team.', 'thank-you')).toEqual([]);
    expect(toneOf('My long pause before answering was intentional.', reply)).toEqual(['tone.defensive']);
    expect(toneOf("I don't think it's an accurate picture of my work.", reply)).toEqual(['tone.defensive']);
    expect(toneOf("Some days I can't see the point of applying any more.", reply)).toEqual(['tone.pleading']);
    expect(toneOf('Anything at all, even part-time, would be wonderful.', 'keep-in-touch')).toEqual(['tone.pleading']);
    expect(toneOf("Just so you know, you'll need to move fast: I have two offers.", 'thank-you')).toEqual([
      'tone.pressure',
    ]);
  });

  it('leaves a why about one judgement, an apology for a lapse, work sent as asked and another process preferred alone', () => {
    expect(toneOf('Could you tell me why the panel thought my case study was too long?', 'feedback-request')).toEqual(
      [],
    );
    expect(toneOf('Could you tell me why the panel decided against me?', 'feedback-request')).toEqual([
      'tone.generic-why',
    ]);
    expect(toneOf("Sorry, I forgot to include my availability: I'm free on Monday and Tuesday.", 'nudge')).toEqual([]);
    expect(toneOf('As requested, here is the revised deck.', 'feedback-reply')).toEqual([]);
    expect(toneOf('As requested, here is the deck, which shows I did cover the risks.', 'feedback-reply')).toEqual([
      'tone.defensive',
    ]);
    expect(
      toneOf(
        "I'm away from Monday, so if you ever get a chance to send the notes, I'll read them when I'm back.",
        'nudge',
      ),
    ).toEqual([]);
    expect(toneOf("I have another offer on the table, but I'd much rather join your team.", 'thank-you')).toEqual([]);
    expect(toneOf("I need to give my current employer four weeks' notice.", 'thank-you')).toEqual([]);
  });

  it('hears the record set against the verdict, feedback dismissed for who gave it and a favour as the ground', () => {
    const request = 'feedback-request';
    expect(toneOf('Could you tell me what it was that led the team to go for someone else?', request)).toEqual([
      'tone.generic-why',
    ]);
    expect(toneOf('Was it my portfolio or the case study where I fell short?', request)).toEqual([]);
    expect(toneOf('Could I stay in consideration until the contract is signed?', 'nudge')).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf("I'd love to stay in consideration for future openings.", request)).toEqual([]);
    expect(toneOf("Fifteen years in retail and apparently I'm not customer-focused.", 'feedback-reply')).toContain(
      'tone.confrontational',
    );
    expect(
      toneOf('Hard to take that seriously from a panel that spent the hour on their phones.', 'feedback-reply'),
    ).toEqual(['tone.confrontational']);
    expect(
      toneOf(
        'As for the point about my Excel skills, I would just note I was a finance analyst for six years.',
        'nudge',
      ),
    ).toEqual(['tone.defensive']);
    expect(toneOf("I'm so stressed waiting and I can't sleep at night.", 'nudge')).toEqual(['tone.pleading']);
    expect(
      toneOf("As I helped you with the move last year, I trust you'll put a word in for me.", 'keep-in-touch'),
    ).toEqual(['tone.pressure']);
  });

  it('leaves a course finished, nobody blamed, coffee again, waiting for their date and another interview told alone', () => {
    expect(toneOf("I've since completed the AWS course, so that gap should be closing.", 'feedback-reply')).toEqual([]);
    expect(toneOf("It's disappointing, but it's nobody's fault.", 'feedback-reply')).toEqual([]);
    expect(toneOf('Shall we get coffee again in the new year?', 'keep-in-touch')).toEqual([]);
    expect(
      toneOf(
        "You mentioned you're seeing candidates until Friday, so I'll wait to hear from you after that.",
        'thank-you',
      ),
    ).toEqual([]);
    expect(toneOf('I will not wait beyond Friday.', 'nudge')).toEqual(['tone.pressure']);
    expect(toneOf('I have another interview on Friday, so I wanted to ask about timing.', 'nudge')).toEqual([]);
    expect(toneOf('I have another final interview next Thursday.', 'nudge')).toEqual([]);
    expect(toneOf('Could I have another technical interview?', 'feedback-request')).toEqual(['tone.second-chance']);
  });

  it('hears a reason still missing, a substitute test, thanks pinned to a delay, a surprise that a doubt came up', () => {
    const reply = 'feedback-reply';
    expect(toneOf("That still doesn't explain why I wasn't offered the job.", reply)).toEqual(['tone.generic-why']);
    expect(
      toneOf("I won't ask why it went to someone else; what's one thing I could sharpen?", 'feedback-request'),
    ).toEqual([]);
    expect(toneOf('Would you be open to giving me a take-home task instead?', 'thank-you')).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf('Could you fast-track me to the final interview this time?', 'keep-in-touch')).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf('Thanks for getting back to me at long last.', reply)).toEqual(['tone.confrontational']);
    expect(toneOf('I hope the next candidates get a proper briefing, unlike me.', reply)).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('I did have plenty of leadership experience.', 'feedback-request')).toEqual(['tone.defensive']);
    expect(toneOf('I was astonished that the question even came up.', 'influence-letter')).toEqual(['tone.defensive']);
    expect(toneOf('I sent three candidates your way, which should earn me an interview.', 'keep-in-touch')).toEqual([
      'tone.pressure',
    ]);
  });

  it('leaves an owned disappointment, a record corrected, a gap granted, blame taken and a message resurfaced alone', () => {
    const reply = 'feedback-reply';
    expect(toneOf("Although I'm obviously disappointed, I really enjoyed the process.", reply)).toEqual([]);
    expect(toneOf('Small correction for your records: my surname is spelt Ng.', reply)).toEqual([]);
    expect(toneOf("I haven't had much client exposure yet.", reply)).toEqual([]);
    expect(toneOf('I left out the testing section; that was my mistake.', reply)).toEqual([]);
    expect(toneOf("Bumping this to the top of your inbox now you're back from leave.", 'nudge')).toEqual([]);
  });

  it('hears reasons requested in form, stepping in if the offer fails, hypocrisy and a judgement ruled out in advance', () => {
    expect(
      toneOf(
        'I am writing to request a detailed explanation of the basis on which I was rejected.',
        'feedback-request',
      ),
    ).toEqual(['tone.generic-why']);
    expect(toneOf("Is the contract signed yet? If not, I'm still available.", 'nudge')).toEqual(['tone.second-chance']);
    expect(toneOf("I've sent my portfolio. If not, I'm still available for a call.", 'nudge')).toEqual([]);
    expect(
      toneOf('If your new designer decides to move on, please consider me before you re-advertise.', 'keep-in-touch'),
    ).toEqual(['tone.second-chance']);
    expect(
      toneOf('Being called disorganised by a panel that lost my CV twice is a bit rich.', 'feedback-reply'),
    ).toContain('tone.confrontational');
    expect(toneOf('Glad my proposal came in handy to someone after all.', 'keep-in-touch')).toEqual([
      'tone.confrontational',
    ]);
    expect(toneOf('My career break should not be seen as a weakness.', 'feedback-request')).toEqual(['tone.defensive']);
    expect(
      toneOf("I've run three product launches, so I'm not sure that's entirely accurate.", 'feedback-reply'),
    ).toEqual(['tone.defensive']);
    expect(toneOf("I don't know how much longer I can carry on applying.", 'feedback-reply')).toEqual([
      'tone.pleading',
    ]);
  });

  it('leaves a reassurance, a fit doubted for oneself and a weak round owned alone', () => {
    expect(
      toneOf("You seemed worried about my relocation, but I can assure you it's all arranged.", 'thank-you'),
    ).toEqual([]);
    expect(
      toneOf(
        'You seemed concerned about my age, but I can assure you I have more energy than most of your team.',
        'thank-you',
      ),
    ).toEqual(['tone.defensive']);
    expect(toneOf("I'm not sure that's right for me at this stage, but thanks.", 'feedback-reply')).toEqual([]);
    expect(toneOf("I'm sad, but I knew the coding round didn't go well.", 'feedback-reply')).toEqual([]);
  });

  it('hears work sent for another look, a question re-sat before the decision and a jibe; leaves an offer to expand', () => {
    expect(toneOf('Could I get my case study re-assessed?', 'feedback-reply')).toEqual(['tone.second-chance']);
    expect(toneOf('Could I try that question again in a short call before you decide?', 'thank-you')).toEqual([
      'tone.second-chance',
    ]);
    expect(toneOf("I'd be happy to answer it more fully by email if that helps.", 'thank-you')).toEqual([]);
    expect(toneOf("I'll skip the small talk: thanks for the notes.", 'feedback-reply')).toEqual([]);
    expect(toneOf('Honestly, it was a lucky escape.', 'keep-in-touch')).toEqual(['tone.confrontational']);
  });

  it("reports a second chance or a rebuttal in any kind of message, and leaves those kinds' own business alone", () => {
    // A thank-you note that asks to redo part of the interview, or argues with a concern raised in it.
    expect(
      toneOf(
        "I know my answer on the macro question came out muddled, so I'd be glad to go through that part again with you before you decide.",
        'thank-you',
      ),
    ).toEqual(['tone.second-chance']);
    expect(
      toneOf("I know you felt my portfolio was light on research, but that isn't really the case.", 'thank-you'),
    ).toEqual(['tone.defensive']);
    expect(toneOf("I honestly don't agree that I lacked stakeholder experience.", 'keep-in-touch')).toEqual([
      'tone.defensive',
    ]);
    expect(toneOf("With respect, that reading of my CV isn't accurate.", 'influence-letter')).toContain(
      'tone.defensive',
    );
    // The same kinds doing what they are for: evidence for a concern, the writer's record, a next stage, a coffee.
    expect(
      toneOf(
        'You asked about my subcontractor experience; I coordinated six trades on the Hillside scheme.',
        'thank-you',
      ),
    ).toEqual([]);
    expect(
      toneOf(
        'You mentioned a concern about my launch experience; at Brightlane I owned the pricing launch end to end.',
        'influence-letter',
      ),
    ).toEqual([]);
    expect(toneOf('I have five years of experience in hotel reception, so I know Opera well.', 'thank-you')).toEqual(
      [],
    );
    expect(toneOf('To be clear, I would rather be on your team than anywhere else.', 'thank-you')).toEqual([]);
    expect(toneOf('Would you be up for a coffee again sometime next month?', 'keep-in-touch')).toEqual([]);
  });

  it('hears doubt that the writer can bear another rejection, and a hard year told only as the reason for thanks', () => {
    expect(toneOf("I'm not sure I can take another rejection.", 'feedback-request')).toEqual(['tone.pleading']);
    expect(toneOf("I couldn't face one more no after this year.", 'nudge')).toEqual(['tone.pleading']);
    expect(
      toneOf(
        "It's been a tough year on the job market, so I really appreciate you being straight with me.",
        'feedback-request',
      ),
    ).toEqual([]);
  });

  it("names the reader's side however the panel is called, and hears an expectation of them in any tense", () => {
    expect(
      toneOf('Honestly, I think the interview panel got it wrong about my leadership.', 'other-openings'),
    ).toContain('tone.confrontational');
    expect(toneOf('I would expect a company of your size to at least reply to candidates.', 'nudge')).toContain(
      'tone.confrontational',
    );
    expect(
      toneOf('Would you be comfortable referring me, or pointing me to the right person?', 'referral-request'),
    ).toEqual([]);
  });

  it('hears a denial however it is worded, a result set against the outcome, an order for a reply and lost sleep', () => {
    expect(toneOf('With all due respect, that assumption is simply wrong.', 'influence-letter')).toContain(
      'tone.defensive',
    );
    expect(
      toneOf('I want to know why I did not pass to the next stage when my test score was high.', 'feedback-request'),
    ).toContain('tone.defensive');
    expect(toneOf('Kindly respond to my mail at your earliest, it is now more than two weeks.', 'nudge')).toContain(
      'tone.pressure',
    );
    expect(toneOf('Honestly, this is keeping me up at night.', 'nudge')).toEqual(['tone.pleading']);
    // One named stage asked about is a specific question, not the broad why; a closing line carries no tone.
    expect(
      toneOf(
        "Could you tell me what the strongest candidates did in the system design round that I didn't?",
        'feedback-request',
      ),
    ).toEqual([]);
    expect(toneOf('All the best, Farid', 'feedback-reply')).toEqual([]);
  });

  it("hears their grasp of the writer doubted, the writer's answer held right, and reserves told as spent", () => {
    expect(toneOf("I'm not sure the panel fully understood my point about the migration plan.", 'thank-you')).toEqual([
      'tone.defensive',
    ]);
    expect(
      toneOf(
        'I remain convinced that my answer on the pricing case was the correct one, whatever the panel thought.',
        'keep-in-touch',
      ),
    ).toEqual(['tone.defensive']);
    expect(toneOf("I don't know how many more of these I have in me.", 'feedback-request')).toEqual(['tone.pleading']);
    expect(toneOf('Getting this post is the only thing keeping me going.', 'influence-letter')).toEqual([
      'tone.pleading',
    ]);
    expect(toneOf('My visa allows me to start in January without sponsorship.', 'influence-letter')).toEqual([]);
  });

  it('meets the targets on the authored set: recall ≥ 0.90, false alarms ≤ 10% of clean messages', () => {
    const examples = parseExamples<ToneExample>(readFileSync(join(import.meta.dirname, authoredToneFile), 'utf8'));
    expect(examples.length).toBeGreaterThanOrEqual(120);
    const clean = examples.filter((e) => e.expect.length === 0);
    expect(clean.length).toBeGreaterThanOrEqual(examples.length / 2 - 10);
    let expected = 0;
    let found = 0;
    let falseAlarms = 0;
    for (const example of examples) {
      const rules = new Set(toneOf(example.text, example.kind));
      expected += example.expect.length;
      found += example.expect.filter((rule) => rules.has(rule)).length;
      if (example.expect.length === 0 && rules.size > 0) falseAlarms++;
    }
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms / clean.length).toBeLessThanOrEqual(0.1);
  });
});
