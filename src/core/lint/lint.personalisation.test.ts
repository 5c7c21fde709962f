import { describe, expect, it } from 'vitest';
import { lintMessageSync } from './lint.engine';

const rulesOf = (text: string, options: Parameters<typeof lintMessageSync>[1]) =>
  lintMessageSync(text, options)
    .filter((i) => i.category === 'personalisation')
    .map((i) => i.rule);

const generic =
  'Thank you for your time today. I really enjoyed our conversation and learning more about the role. I look forward to hearing from you.';
const specific =
  'Dear Ms Patel, thank you for meeting me on Tuesday about the analyst role. I especially enjoyed our conversation about the reporting pipeline and how you test it.';

/** A thank-you note to Ruth at a food bank, whose names alone say nothing of the conversation. */
const harbourNote = {
  kind: 'thank-you',
  recipientName: 'Ruth Okafor',
  company: 'Harbour Food Bank',
  role: 'Volunteer Coordinator',
};

describe('personalisation', () => {
  it('flags a thank-you note that could go to anyone', () => {
    expect(rulesOf(generic, { kind: 'thank-you' })).toContain('personalisation.generic');
    expect(rulesOf(specific, { kind: 'thank-you' })).toEqual([]);
  });

  it("does not count the writer's own name in the sign-off as naming the person the note is for", () => {
    for (const signOff of [
      'Kind regards,\nSam Lee\nStaff Nurse',
      'Best,\nSam',
      'Many thanks!\nPriya Shah',
      'Sam',
      'Thanking you,\nRajesh Kumar',
      'With warm regards,\nSam',
      '- Sam',
      'xx Holly',
      'Xavier Lee',
    ]) {
      expect(rulesOf(`${generic}\n\n${signOff}`, { kind: 'thank-you' }), signOff).toContain('personalisation.generic');
    }
    expect(rulesOf(`${specific}\n\nKind regards,\nSam Lee`, { kind: 'thank-you' })).toEqual([]);
    // A name in the body still counts, whatever follows it.
    const named = generic.replace('I look forward', 'Please pass my thanks to Jonas too. I look forward');
    expect(rulesOf(`${named}\n\nBest,\nSam`, { kind: 'thank-you' })).not.toContain('personalisation.generic');
  });

  it('flags a note that names them but says nothing specific, and not one that mentions a topic', () => {
    const named = `Hi Samira,\n\n${generic}\n\nBest,\nSam`;
    const issues = lintMessageSync(named, { kind: 'thank-you', recipientName: 'Samira Haddad' });
    expect(issues.map((i) => i.rule)).toEqual(['personalisation.generic']);
    expect(issues[0]?.message).toMatch(/^Apart from the name/);
    expect(rulesOf(`Dear Ms Haddad, ${generic}`, { kind: 'keep-in-touch', recipientName: 'Samira Haddad' })).toEqual([
      'personalisation.generic',
    ]);
    // One thing from the conversation, named or not, makes it theirs.
    for (const topic of ['our talk about Kubernetes upgrades', 'the night-shift handover', 'meeting Jonas']) {
      const about = named.replace('our conversation', topic);
      expect(rulesOf(about, { kind: 'thank-you', recipientName: 'Samira Haddad' }), topic).toEqual([]);
    }
  });

  it('flags a note whose only particulars are the names of the person, company and role', () => {
    const options = harbourNote;
    const rich =
      'Dear Ruth,\n\nThank you for a genuinely welcoming conversation. I came away with an even clearer sense of how well the Volunteer Coordinator position aligns with my long-term aspirations, and the culture you described, built on trust, collaboration and continuous improvement, is exactly what I have been looking for. I am confident that my dedication and strong work ethic would make me a valuable addition to Harbour Food Bank.\n\nKind regards,\nSam';
    const issues = lintMessageSync(rich, options).filter((i) => i.category === 'personalisation');
    expect(issues.map((i) => i.rule)).toEqual(['personalisation.generic']);
    expect(issues[0]?.message).toMatch(/^Apart from the names/);
    const plain =
      'Hi Ruth,\n\nThank you for the phone interview on Tuesday for the Volunteer Coordinator role. Harbour Food Bank is somewhere I have wanted to work for a long time. I hope to hear from you soon.\n\nBest,\nSam';
    expect(rulesOf(plain, options)).toEqual(['personalisation.generic']);
    // A company named for a trade: its "heating" is the company's name, not a topic of the conversation.
    const trade = { ...options, company: "O'Connell Heating", role: 'Apprentice Plumber' };
    const phone =
      "Dear Ruth,\n\nThank you for the phone interview on 14 May regarding the Apprentice Plumber position with O'Connell Heating. I would be glad to hear from you when a decision is made.\n\nSincerely,\nSam";
    expect(rulesOf(phone, trade)).toEqual(['personalisation.generic']);
  });

  it('sees one detail of the conversation, however plainly it is put', () => {
    const options = harbourNote;
    const opening =
      'Hi Ruth,\n\nThank you for your time today; I enjoyed our conversation and learning more about the Volunteer Coordinator role.';
    const closing = 'I look forward to hearing from you.\n\nBest,\nSam';
    for (const detail of [
      'I keep thinking about the bit about the new rota.',
      'Thanks for showing me the sluice room.',
      'Did the restructure go ahead in the end?',
      'Thank you for the tour of the lab.',
      'The backlog of food parcels you mentioned is something I have dealt with before.',
      'Your question "How would you recruit students in exam season?" was a good one.',
      'I have since read up on React Native, as you suggested.',
      'Good to hear you are moving to digital rotas next spring.',
      'The reading corner the children built out of cardboard boxes was wonderful.',
    ]) {
      expect(rulesOf(`${opening} ${detail} ${closing}`, options), detail).toEqual([]);
    }
    // A figure of something is particular; the writer's field in general is not.
    const letter = { ...options, kind: 'influence-letter' };
    const figure = `${opening} On my last ward we cut falls with injury by 40% in a year. ${closing}`;
    expect(rulesOf(figure, letter)).toEqual([]);
    const field = `${opening} I am confident that my experience in retail makes me a strong candidate. ${closing}`;
    expect(rulesOf(field, letter)).toEqual(['personalisation.generic']);
    // A role given as "N/A" names nothing, so the "A" of "A/B testing" is still a detail.
    const ab = `${opening} Our discussion of A/B testing has stayed with me. ${closing}`;
    expect(rulesOf(ab, { ...options, role: 'N/A' })).toEqual([]);
    // The same note without the detail is generic.
    expect(rulesOf(`${opening} ${closing}`, options)).toEqual(['personalisation.generic']);
  });

  it('does not count the words of a generic greeting as a name', () => {
    for (const greeting of ['Dear Hiring Manager,', 'Dear Sir or Madam,', 'To whom it may concern,', 'Hi there,']) {
      expect(rulesOf(`${greeting}\n\n${generic}`, { kind: 'thank-you' }), greeting).toEqual([
        'personalisation.missing-name',
        'personalisation.generic',
      ]);
    }
  });

  it('asks a note to one person to greet them by name, whatever its kind', () => {
    const nudge =
      'Dear Hiring Manager,\n\nI hope you are well. I wanted to check in on the data engineer role and any news on timing.';
    for (const kind of ['feedback-request', 'nudge', 'keep-in-touch', 'feedback-reply', 'thank-you']) {
      const issues = lintMessageSync(nudge, { kind, recipientName: 'Nadia Khan' }).filter(
        (i) => i.category === 'personalisation' && i.rule === 'personalisation.missing-name',
      );
      expect(issues, kind).toHaveLength(1);
      expect(nudge.slice(issues[0]?.start, issues[0]?.end)).toBe('Dear Hiring Manager,');
      expect(issues[0]?.suggestion).toBe('Dear Nadia Khan,');
    }
    const unnamed = 'I hope you are well. I wanted to check in on the data engineer role and any news on timing.';
    expect(rulesOf(unnamed, { kind: 'nudge' })).toEqual(['personalisation.missing-name']);
    expect(rulesOf(`Hi Nadia,\n\n${unnamed}`, { kind: 'nudge' })).toEqual([]);
    expect(rulesOf(`Nadia, ${unnamed}`, { kind: 'nudge' })).toEqual([]);
    expect(rulesOf(`Thank you, Nadia, for the quick reply. ${unnamed}`, { kind: 'feedback-reply' })).toEqual([]);
    expect(rulesOf(`Hi Dana and team,\n\n${unnamed}`, { kind: 'keep-in-touch' })).not.toContain(
      'personalisation.missing-name',
    );
    expect(rulesOf(`Dear Dr. Ada Okafor,\n\n${unnamed}`, { kind: 'nudge' })).toEqual([]);
    expect(rulesOf(`Unfortunately, I missed your call. ${unnamed}`, { kind: 'nudge' })).toEqual([
      'personalisation.missing-name',
    ]);
  });

  it("finds a letter's greeting below its address block", () => {
    const letter =
      'Alex Morgan\n12 Elm Road, Leeds\n16 November 2026\n\nNadia Khan\nAcme Ltd\n\nDear Nadia,\n\nThank you for letting me know about the analyst role. I would value a few lines on where my case study fell short.';
    expect(rulesOf(letter, { kind: 'feedback-request', recipientName: 'Nadia Khan' })).toEqual([]);
    const unnamed = letter.replace('Dear Nadia,', 'Dear Sir or Madam,');
    const issue = lintMessageSync(unnamed, { kind: 'feedback-request', recipientName: 'Nadia Khan' }).find(
      (i) => i.rule === 'personalisation.missing-name',
    );
    expect(unnamed.slice(issue?.start, issue?.end)).toBe('Dear Sir or Madam,');
  });

  it('reads a phone script as spoken: the name said in the opening is the greeting', () => {
    const script =
      'Phone script: call Nadia Khan.\n\nOpening: "Hello Nadia, this is Alex. Thank you for letting me know. Do you have five minutes for a question about my case study?"';
    expect(rulesOf(script, { kind: 'feedback-request', channel: 'phone', recipientName: 'Nadia Khan' })).toEqual([]);
    const nameless = script.replace(/Nadia Khan|Nadia/g, 'them');
    expect(rulesOf(nameless, { kind: 'feedback-request', channel: 'phone', recipientName: 'Nadia Khan' })).toEqual([
      'personalisation.missing-name',
    ]);
  });

  it('never suggests greeting a stand-in for a name ("Interviewer 3")', () => {
    const note = 'Hello,\n\nThank you for your time on Tuesday and for the questions on the reporting pipeline.';
    for (const recipientName of ['Interviewer 3', 'TBC', 'Hiring manager']) {
      const issues = lintMessageSync(note, { kind: 'thank-you', recipientName }).filter(
        (i) => i.category === 'personalisation',
      );
      expect(issues.map((i) => i.rule)).toEqual(['personalisation.missing-name']);
      expect(issues[0]?.suggestion).toBeNull();
      expect(issues[0]?.message).not.toContain(recipientName);
    }
  });

  it('counts a greeting by the name they like to be greeted by, and suggests it', () => {
    const note =
      'Dear Kate,\n\nThank you for meeting me on Tuesday about the analyst role and for the tour of the lab.';
    const katherine = { kind: 'thank-you', recipientName: 'Katherine Osei', role: 'analyst' };
    expect(rulesOf(note, katherine)).toEqual(['personalisation.missing-name']);
    expect(rulesOf(note, { ...katherine, greetAs: 'Kate' })).toEqual([]);
    const generic = note.replace('Dear Kate,', 'Dear Hiring Manager,');
    const issue = lintMessageSync(generic, { ...katherine, greetAs: 'Kate' }).find(
      (i) => i.rule === 'personalisation.missing-name',
    );
    expect(issue?.suggestion).toBe('Dear Kate,');
    // The name to greet them by is a name, never a spelling mistake.
    const wang = 'Dear Mr Xiaoming,\n\nThank you for your time today and for the questions on the data platform.';
    const spelling = (options: Parameters<typeof lintMessageSync>[1]) =>
      lintMessageSync(wang, options).filter((i) => i.category === 'spelling');
    expect(spelling({ kind: 'thank-you', recipientName: 'Li Wen', greetAs: 'Mr Xiaoming' })).toEqual([]);
  });

  it('leaves a line being typed, an unknown kind and a formal request alone', () => {
    expect(rulesOf('Thanks for the feedback, that is really helpful.', { kind: 'feedback-reply' })).toEqual([]);
    expect(rulesOf(generic, { kind: 'carrier-pigeon' })).toEqual([]);
    expect(rulesOf(generic, {})).toEqual([]);
    const sar = 'Dear Sir or Madam,\n\nUnder Article 15 of the UK GDPR I request a copy of my personal data.';
    expect(rulesOf(sar, { kind: 'subject-access-request' })).toEqual([]);
  });

  it('flags sentences copied from another note to the same company', () => {
    const other =
      'Dear Mr Okafor, thank you for your time on Tuesday. I especially enjoyed our conversation about the reporting pipeline and how you test it.';
    const issues = lintMessageSync(specific, { kind: 'thank-you', otherNotes: [other] }).filter(
      (i) => i.rule === 'personalisation.copy-paste',
    );
    expect(issues).toHaveLength(1);
    expect(specific.slice(issues[0]?.start, issues[0]?.end)).toMatch(/^I especially enjoyed/);
    expect(rulesOf(specific, { kind: 'thank-you', otherNotes: [generic] })).toEqual([]);
  });

  it('asks for the name and the role when they are known but missing', () => {
    const options = { kind: 'thank-you', recipientName: 'Dana Okafor', role: 'Data Engineer' };
    const text = 'Hello,\n\nThank you for the conversation about the migration to Snowflake and your on-call rota.';
    const issues = lintMessageSync(text, options).filter((i) => i.category === 'personalisation');
    expect(issues.map((i) => i.rule).sort()).toEqual(['personalisation.missing-name', 'personalisation.missing-role']);
    const name = issues.find((i) => i.rule === 'personalisation.missing-name');
    expect(text.slice(name?.start, name?.end)).toBe('Hello,');
    expect(name?.suggestion).toBe('Dear Dana Okafor,');
    const fixed = 'Hi Dana,\n\nThank you for talking with me about the data engineer role and the Snowflake migration.';
    expect(rulesOf(fixed, options)).toEqual([]);
  });
});
