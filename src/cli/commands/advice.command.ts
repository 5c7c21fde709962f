import type { Command } from 'commander';
import { draftKinds } from '../../core/drafting';
import type { Insights } from '../../core/insights';
import { formatLocalClock, formatLocalDateTime, localDate } from '../../core/time';
import { cliAction } from '../cli.action';
import { cliActor, withServices } from '../cli.context';

export function registerAdvice(program: Command): void {
  program
    .command('draft')
    .description(`Draft a message from what is stored about an application: ${draftKinds.join(', ')}`)
    .argument('<kind>', draftKinds.join(' | '))
    .requiredOption('--application <id>', 'the application')
    .option('--contact <id>', 'whom to write to (default: the engine chooses)')
    .option('--interview <id>', 'which interview (thank-you notes, influence letter)')
    .option('--feedback <id>', 'which feedback (replies, follow-up questions)')
    .option('--channel <channel>', 'email, letter or phone (a feedback request)')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print the draft with its reasons as JSON')
    .action(
      cliAction(async (kind: string, options: Record<string, string | boolean | undefined>) => {
        const request = {
          kind,
          applicationId: options.application,
          ...(options.contact ? { contactId: options.contact } : {}),
          ...(options.interview ? { interviewId: options.interview } : {}),
          ...(options.feedback ? { feedbackId: options.feedback } : {}),
          ...(options.channel ? { channel: options.channel } : {}),
        };
        const [draft, me] = await withServices(options, (services) =>
          Promise.all([services.advice.draft(cliActor, request), services.me.get(cliActor)]),
        );
        if (options.json) {
          process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
          return;
        }
        const header = [
          draft.to ? `To: ${draft.recipientName ? `${draft.recipientName} <${draft.to}>` : draft.to}` : null,
          draft.subject ? `Subject: ${draft.subject}` : null,
          draft.threadRef ? `In-Reply-To: ${draft.threadRef}` : null,
          `Channel: ${draft.channel}${draft.dueAt ? ` · send by ${formatLocalDateTime(draft.dueAt, me.timeZone)}` : ''}`,
        ].filter(Boolean);
        process.stdout.write(`${header.join('\n')}\n\n${draft.body}\n\nWhy it is shaped so:\n`);
        for (const reason of draft.reasons) process.stdout.write(`- ${reason}\n`);
      }),
    );

  program
    .command('agenda')
    .description('What is overdue, due today and due this week')
    .option('--ics', 'print it as an iCalendar feed instead')
    .option('--todo', 'with --ics: to-dos (VTODO) instead of events')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(
      cliAction(async (options: { ics?: boolean; todo?: boolean; data?: string; json?: boolean }) => {
        if (options.ics) {
          const ics = await withServices(options, (s) =>
            s.advice.agendaIcs(cliActor, { component: options.todo ? 'VTODO' : 'VEVENT' }),
          );
          process.stdout.write(ics);
          return;
        }
        const [agenda, me] = await withServices(options, (s) =>
          Promise.all([s.advice.agenda(cliActor), s.me.get(cliActor)]),
        );
        if (options.json) {
          process.stdout.write(`${JSON.stringify(agenda, null, 2)}\n`);
          return;
        }
        for (const [title, items] of [
          ['Overdue', agenda.overdue],
          ['Today', agenda.dueToday],
          ['This week', agenda.thisWeek],
        ] as const) {
          process.stdout.write(`${title} (${items.length})\n`);
          // Date and time on the user's clock: a column that sorts, with the year for items long overdue.
          for (const item of items)
            process.stdout.write(
              `  ${localDate(item.dueAt, me.timeZone)} ${formatLocalClock(item.dueAt, me.timeZone)}  ${item.title}\n`,
            );
        }
      }),
    );

  program
    .command('insights')
    .description('What stands between you and an offer: the top three, with their evidence, and the figures behind')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(
      cliAction(async (options: { data?: string; json?: boolean }) => {
        const insights = await withServices(options, (s) => s.advice.insights(cliActor));
        process.stdout.write(options.json ? `${JSON.stringify(insights, null, 2)}\n` : insightsText(insights));
      }),
    );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Insights as a person reads them: the top three first, then the figures. */
export function insightsText(insights: Insights): string {
  const { totals, feedbackRequests: requests } = insights;
  const lines = [
    `${count(totals.applications, 'application')}: ${totals.rejections} rejected, ${count(totals.offers, 'offer')}, ${totals.open} open; ${count(totals.feedback, 'piece')} of feedback.`,
    '',
  ];
  if (insights.topThree.length === 0) {
    lines.push('Nothing stands out yet: insights grow with feedback and debriefs.');
  } else {
    lines.push('What stands between you and an offer:');
    for (const [index, thing] of insights.topThree.entries()) {
      lines.push(`${index + 1}. ${thing.title}`, `   ${thing.evidence}`, `   Next: ${thing.advice}`);
    }
  }
  if (insights.rejectionsByStage.length > 0) {
    lines.push('', `Rejections by stage: ${insights.rejectionsByStage.map((s) => `${s.stage} ${s.count}`).join(', ')}`);
  }
  if (requests.sent > 0) {
    const rate = requests.responseRate === null ? '' : ` (${Math.round(requests.responseRate * 100)}%)`;
    const days = requests.medianDaysToReply === null ? '' : `, after ${requests.medianDaysToReply} days (median)`;
    lines.push(`Feedback requests: ${requests.replied} of ${requests.sent} answered${rate}${days}`);
  }
  return `${lines.join('\n')}\n`;
}
