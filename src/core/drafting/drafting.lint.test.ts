import { describe, expect, it } from 'vitest';
import { type LintIssue, lintMessage, lintMessageSync } from '../lint';
import { dayPhrase, draft, draftThankYouNotes, interviewZone } from './drafting.draft';
import { concerns, spreadContext as context, questions, spreadDrafts, topics } from './drafting.spread';
import { isPlaceholderName } from './drafting.text';
import { type Draft, type DraftContext, draftKinds } from './drafting.types';

/**
 * Every draft the engine makes must pass its own lint with no tone, spelling or grammar issue. One example
 * proves little, so this lints every draft of a wide spread of inputs (drafting.spread.ts) with the full
 * proofreader.
 */

function dictionaryFor(ctx: DraftContext): string[] {
  const words = [
    ctx.userName ?? '',
    ctx.application.company,
    ctx.application.role,
    ...ctx.contacts.map((contact) => contact.name),
    ...topics,
    ...concerns,
    ...questions,
    'Hirewell',
    'GDPR',
    'UK',
  ];
  return [...new Set(words.flatMap((text) => text.split(/[^\p{L}\p{N}'’-]+/u)).filter((word) => word.length > 0))];
}

/**
 * A draft to someone whose name the user has not given ("Interviewer 3", no contact) greets them without one,
 * and the lint rightly asks the user to find it: the one personalisation issue a draft may carry.
 */
/**
 * What the lint rightly says of a draft that already tells the user to add it: a stand-in name ("Interviewer 3")
 * greets nobody, and a note with no debrief topic to recall (after a screening rejection, or to someone not in the
 * room) is generic until the user adds one thing they talked about, which the draft's reasons ask for.
 */
function isRightlyFlagged(issue: LintIssue, result: Draft): boolean {
  if (issue.rule === 'personalisation.generic')
    return result.reasons.some(
      (reason) => /^Add one thing you talked about/.test(reason) || /add one specific thing you discussed/.test(reason),
    );
  return issue.rule === 'personalisation.missing-name' && isPlaceholderName(result.recipientName);
}

describe('every draft passes its own lint', () => {
  it('has no tone, spelling, grammar or personalisation issue over hundreds of generated drafts', {
    timeout: 300_000,
  }, async () => {
    // One line per distinct problem (rule and flagged words), with a count and the first place it was seen.
    const failures = new Map<string, { count: number; example: string }>();
    let checked = 0;
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      const dictionary = dictionaryFor(ctx);
      const drafts: Draft[] = spreadDrafts(ctx, `seed-${i}`);
      for (const result of drafts) {
        const issues = await lintMessage(result.body, {
          kind: result.kind,
          channel: result.channel,
          dictionary,
          recipientName: result.recipientName ?? undefined,
          role: ctx.application.role,
          company: ctx.application.company,
        });
        checked++;
        for (const issue of issues) {
          if (isRightlyFlagged(issue, result)) continue;
          const key = `${issue.rule} "${result.body.slice(issue.start, issue.end)}"`;
          const known = failures.get(key);
          if (known) known.count++;
          else {
            const around = result.body.slice(Math.max(0, issue.start - 50), issue.end + 50).replace(/\s+/g, ' ');
            failures.set(key, { count: 1, example: `${result.kind} #${i}: …${around}… (${issue.message})` });
          }
        }
      }
    }
    // Turned down on the application, with no interview: every kind that can follow a rejection like that.
    for (let i = 0; i < 16; i++) {
      const base = context(i);
      const ctx: DraftContext = {
        ...base,
        application: { ...base.application, stage: 'applied', outcome: 'rejected' },
        interviews: [],
        debriefs: [],
        rejection: base.rejection ? { ...base.rejection, stage: 'applied' } : null,
      };
      const dictionary = dictionaryFor(ctx);
      const kinds = draftKinds.filter((kind) => kind !== 'thank-you' && kind !== 'influence-letter');
      for (const result of kinds.map((kind) => draft(kind, ctx, { seed: `screen-${i}` }))) {
        const issues = await lintMessage(result.body, {
          kind: result.kind,
          channel: result.channel,
          dictionary,
          recipientName: result.recipientName ?? undefined,
          role: ctx.application.role,
          company: ctx.application.company,
        });
        checked++;
        for (const issue of issues.filter((found) => !isRightlyFlagged(found, result))) {
          const key = `${issue.rule} "${result.body.slice(issue.start, issue.end)}"`;
          const known = failures.get(key);
          if (known) known.count++;
          else failures.set(key, { count: 1, example: `${result.kind} (screen) #${i}: ${issue.message}` });
        }
      }
    }
    expect(checked).toBeGreaterThan(600);
    expect([...failures].map(([key, { count, example }]) => `${key} ×${count} — ${example}`)).toEqual([]);
  });

  it('says each thing once: one question mark, one thanks in a follow-up, no repeated reason', () => {
    const problems: string[] = [];
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      for (const kind of draftKinds) {
        const result = draft(kind, ctx, { seed: `seed-${i}` });
        if (/\?"\?|\?\?/.test(result.body)) problems.push(`${kind} #${i}: a doubled question mark`);
        if (new Set(result.reasons).size !== result.reasons.length) problems.push(`${kind} #${i}: a repeated reason`);
        const thanks = result.body.match(/\b(thank|thanks|appreciate)\b/gi) ?? [];
        if (kind === 'follow-up-question' && thanks.length > 1)
          problems.push(`${kind} #${i}: thanks ${thanks.length} times`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('does not call a reply about the role, or a standard one, helpful feedback to act on', () => {
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      const categoriesOf = ctx.feedback?.[0]?.analysis?.categories ?? [];
      if (!categoriesOf.includes('role_change') && !categoriesOf.includes('no_feedback')) continue;
      const reply = draft('feedback-reply', ctx, { seed: `seed-${i}` });
      expect(reply.body).not.toMatch(/helpful|useful|on board|work on|focus on|put the effort/i);
    }
  });

  it('warns that an influence letter is too late once the application is turned down', () => {
    for (let i = 0; i < 48; i++) {
      const letter = draft('influence-letter', context(i), { seed: `seed-${i}` });
      expect(letter.reasons[0]).toMatch(/^Not recommended: .*too late.*feedback request/);
      expect(letter.reasons.join(' ')).not.toMatch(/before they decide/);
    }
  });

  it('writes each interviewer a note naming their own interview day, sharing no sentence with other notes', () => {
    const problems: string[] = [];
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      const names = ctx.contacts.map((contact) => contact.name.split(' ')[0] ?? '');
      const seen = new Map<string, string>();
      for (const contact of ctx.contacts.filter((c) => c.role === 'interviewer' || c.role === 'hiring_manager')) {
        const note = draft('thank-you', ctx, { contactId: contact.id, ...(i % 2 ? { seed: `seed-${i}` } : {}) });
        const theirs = ctx.interviews.filter((interview) => interview.interviewerIds.includes(contact.id));
        const last = theirs.sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))[0];
        const day = last ? dayPhrase(last.startsAt, ctx.now, interviewZone(last, ctx.timeZone)) : '';
        if (!note.body.includes(day)) problems.push(`#${i} to ${contact.name}: not "${day}"`);
        const sentences = note.body
          .split('\n\n')
          .slice(1, -1)
          .join(' ')
          .split(/(?<=[.?!]"?)\s+/)
          .map((sentence) => names.reduce((text, name) => text.replaceAll(name, 'NAME'), sentence));
        for (const sentence of sentences) {
          const other = seen.get(sentence);
          if (other) problems.push(`#${i} to ${contact.name} and ${other}: "${sentence}"`);
          seen.set(sentence, contact.name);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes thank-you notes the lint sees as personal: named, with the role, and no copy-paste between them', () => {
    const problems: string[] = [];
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      const notes = draftThankYouNotes(ctx);
      for (const note of notes) {
        const issues = lintMessageSync(note.body, {
          kind: 'thank-you',
          dictionary: dictionaryFor(ctx),
          otherNotes: notes.filter((other) => other !== note).map((other) => other.body),
          recipientName: note.recipientName ?? undefined,
          role: ctx.application.role,
          company: ctx.application.company,
        });
        for (const issue of issues.filter((found) => found.category === 'personalisation')) {
          // A stand-in name ("Interviewer 3") is rightly greeted as nobody: the lint and the reasons both tell
          // the user to add the name.
          const standIn = isPlaceholderName(note.recipientName) && issue.rule === 'personalisation.missing-name';
          if (standIn && note.reasons.some((reason) => /does not look like a name/.test(reason))) continue;
          problems.push(`#${i} to ${note.recipientName}: ${issue.rule} (${issue.message})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
