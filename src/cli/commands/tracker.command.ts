import type { Command } from 'commander';
import { ValidationError } from '../../core/errors';
import type { Services } from '../../services/services';
import { cliAction } from '../cli.action';
import { cliActor, withServices } from '../cli.context';

type Options = Record<string, string | boolean | undefined>;

/** How each `add KIND` flag maps onto the API's input; `--input JSON` gives the whole body instead. */
const addKinds: Record<
  string,
  { flags: string[]; create: (s: Services, input: Record<string, unknown>) => Promise<unknown> }
> = {
  application: {
    flags: ['company', 'role', 'link', 'source', 'agency', 'location', 'stage', 'outcome', 'notes'],
    create: (s, input) => s.applications.create(cliActor, input),
  },
  contact: {
    flags: ['application', 'name', 'greet-as', 'role', 'title', 'email', 'phone', 'connected-well', 'notes'],
    create: (s, input) => s.contacts.create(cliActor, input),
  },
  interview: {
    flags: [
      'application',
      'round',
      'type',
      'format',
      'starts-at',
      'time-zone',
      'duration-minutes',
      'interviewers',
      'notes',
    ],
    create: (s, input) => s.interviews.create(cliActor, input),
  },
  event: {
    flags: ['application', 'stage', 'outcome', 'channel', 'note', 'occurred-at'],
    create: (s, { applicationId, ...input }) =>
      s.applications.recordEvent(cliActor, String(applicationId ?? ''), input),
  },
  feedback: {
    flags: ['application', 'contact', 'from-name', 'channel', 'text', 'received-at'],
    create: (s, input) => s.feedback.create(cliActor, input),
  },
  // A message written or sent outside the app ("I sent the feedback request from my phone"), so that the agenda
  // and the next draft (a nudge) know of it.
  message: {
    flags: ['application', 'contact', 'kind', 'channel', 'subject', 'body', 'status', 'sent-at'],
    create: (s, input) => s.messages.create(cliActor, input),
  },
  action: {
    flags: ['application', 'text', 'category', 'next-step', 'due-at'],
    create: (s, input) => s.plan.create(cliActor, input),
  },
  story: {
    flags: ['title', 'question', 'situation', 'task', 'action', 'result'],
    create: (s, input) => s.stories.create(cliActor, input),
  },
};

const listKinds: Record<string, (s: Services, query: Record<string, unknown>) => Promise<unknown>> = {
  applications: async (s, q) => (await s.applications.list(cliActor, q)).items,
  contacts: (s, q) => s.contacts.list(cliActor, q),
  messages: (s, q) => s.messages.list(cliActor, q),
  feedback: (s, q) => s.feedback.list(cliActor, q),
  plan: (s, q) => s.plan.list(cliActor, q.status ? { status: q.status } : {}),
  stories: (s) => s.stories.list(cliActor),
};

/** `list application` and `show applications` read as naturally as the canonical forms, so both are taken. */
const listAliases: Record<string, string> = {
  application: 'applications',
  contact: 'contacts',
  message: 'messages',
  action: 'plan',
  actions: 'plan',
  story: 'stories',
};
const showAliases: Record<string, string> = {
  applications: 'application',
  contacts: 'contact',
  messages: 'message',
  plan: 'action',
  actions: 'action',
  stories: 'story',
};

const showKinds: Record<string, (s: Services, id: string) => Promise<unknown>> = {
  application: (s, id) => s.applications.detail(cliActor, id),
  contact: (s, id) => s.contacts.get(cliActor, id),
  interview: (s, id) => s.interviews.get(cliActor, id),
  debrief: (s, id) => s.interviews.debrief(cliActor, id),
  message: (s, id) => s.messages.get(cliActor, id),
  feedback: (s, id) => s.feedback.get(cliActor, id),
  action: (s, id) => s.plan.get(cliActor, id),
  story: (s, id) => s.stories.get(cliActor, id),
};

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const numeric = new Set(['round', 'durationMinutes']);

/** Turns `--flag value` options into the API's JSON input (ids, numbers, lists and booleans typed). */
function inputFrom(flags: string[], options: Options): Record<string, unknown> {
  if (typeof options.input === 'string') {
    try {
      return JSON.parse(options.input) as Record<string, unknown>;
    } catch {
      throw new ValidationError('--input is not valid JSON.');
    }
  }
  const input: Record<string, unknown> = {};
  for (const flag of flags) {
    const value = options[camel(flag)];
    if (value === undefined) continue;
    const key = camel(flag);
    if (key === 'application') input.applicationId = value;
    else if (key === 'contact') input.contactId = value;
    else if (key === 'interviewers')
      input.interviewerIds = String(value)
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    else if (numeric.has(key)) input[key] = Number(value);
    else input[key] = value;
  }
  return input;
}

function print(value: unknown, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  if (Array.isArray(value)) {
    for (const row of value as Array<Record<string, unknown>>) process.stdout.write(`${summary(row)}\n`);
    if (value.length === 0) process.stdout.write('(none)\n');
    return;
  }
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (field === null || field === undefined) continue;
    const shown = Array.isArray(field)
      ? `${field.length} ${key}${field.length ? `: ${field.map((f) => summary(f as Record<string, unknown>)).join('; ')}` : ''}`
      : String(field);
    process.stdout.write(`${key}: ${shown}\n`);
  }
}

function summary(row: Record<string, unknown>): string {
  const parts = [
    row.id,
    row.company,
    row.role,
    row.name,
    row.title,
    row.kind,
    row.stage,
    row.outcome,
    row.status,
    row.text,
  ]
    .filter((part) => typeof part === 'string' && part !== '')
    .map((part) => (String(part).length > 60 ? `${String(part).slice(0, 57)}…` : String(part)));
  return parts.join('  ');
}

export function registerTracker(program: Command): void {
  const add = program
    .command('add')
    .description(`Add a record: ${Object.keys(addKinds).join(', ')}`)
    .argument('<kind>', Object.keys(addKinds).join(' | '))
    .option('--input <json>', 'the whole record as JSON (the same body the API takes)')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print the result as JSON');
  const allFlags = new Set(Object.values(addKinds).flatMap((k) => k.flags));
  for (const flag of allFlags) {
    if (flag === 'connected-well') add.option(`--${flag}`, 'we connected well');
    else add.option(`--${flag} <value>`);
  }
  add.action(
    cliAction(async (kind: string, options: Options) => {
      const spec = addKinds[kind];
      if (!spec) throw new ValidationError(`Unknown kind "${kind}": use one of ${Object.keys(addKinds).join(', ')}.`);
      // A flag of another kind (`add event --contact …`) would be dropped without a word: refuse it instead.
      const stray = [...allFlags].filter((flag) => !spec.flags.includes(flag) && options[camel(flag)] !== undefined);
      if (stray.length > 0 && typeof options.input !== 'string')
        throw new ValidationError(
          `${stray.map((flag) => `--${flag}`).join(', ')} ${stray.length === 1 ? 'does' : 'do'} not apply to "add ${kind}": its options are ${spec.flags.map((flag) => `--${flag}`).join(', ')}.`,
        );
      const input = inputFrom(spec.flags, options);
      const created = await withServices(options, (services) => spec.create(services, input));
      print(created, options.json === true);
    }),
  );

  program
    .command('list')
    .description(`List records: ${Object.keys(listKinds).join(', ')}`)
    .argument('<kind>', Object.keys(listKinds).join(' | '))
    .option('--limit <n>', 'how many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--q <text>', 'search (applications)')
    .option('--status <status>', 'filter by status (messages, plan)')
    .option('--archived <which>', 'applications: false (default), true or all')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(
      cliAction(async (kind: string, options: Options) => {
        const list = listKinds[listAliases[kind] ?? kind];
        if (!list)
          throw new ValidationError(`Unknown kind "${kind}": use one of ${Object.keys(listKinds).join(', ')}.`);
        const { data: _data, json, ...query } = options;
        const rows = await withServices(options, (services) => list(services, query));
        print(rows, json === true);
      }),
    );

  program
    .command('show')
    .description(`Show one record: ${Object.keys(showKinds).join(', ')}`)
    .argument('<kind>', Object.keys(showKinds).join(' | '))
    .argument('<id>')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(
      cliAction(async (kind: string, id: string, options: Options) => {
        const show = showKinds[showAliases[kind] ?? kind];
        if (!show)
          throw new ValidationError(`Unknown kind "${kind}": use one of ${Object.keys(showKinds).join(', ')}.`);
        print(await withServices(options, (services) => show(services, id)), options.json === true);
      }),
    );
}
