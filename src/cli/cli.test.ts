import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, startCliServer } from '../testing/cli-process';

const tempDir = () => mkdtempSync(join(tmpdir(), 'nextround-cli-'));
const postApplication = (url: string, n: number) =>
  fetch(`${url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ company: `Company ${n}`, role: 'Engineer' }),
  });

describe('nextround command', () => {
  it('serves what seed wrote, and what the API adds survives a restart', async () => {
    const data = tempDir();
    const seeded = await runCli(['seed', '--data', data, '--applications', '40', '--seed', '7', '--json']);
    expect(seeded.code).toBe(0);
    expect(JSON.parse(seeded.stdout)).toMatchObject({ applications: 40 });

    let server = await startCliServer(data);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const created = await postApplication(server.url, 1);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await server.stop();

    server = await startCliServer(data);
    const list = (await (await fetch(`${server.url}/api/applications?archived=all&limit=1`)).json()) as {
      total: number;
    };
    expect(list.total).toBe(41);
    expect((await fetch(`${server.url}/api/applications/${id}`)).status).toBe(200);
    await server.stop();
  });

  it('seeds the same data for the same seed', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await runCli(['seed', '--data', a, '--applications', '25', '--seed', '3']);
    await runCli(['seed', '--data', b, '--applications', '25', '--seed', '3']);
    const rows = (dir: string) =>
      new Database(join(dir, 'nextround.sqlite'), { readonly: true })
        .prepare('select id, company, role, stage, outcome from applications order by id')
        .all();
    expect(rows(a)).toEqual(rows(b));
  });

  it('adds, lists and shows records, with clear errors and exit codes for bad input', async () => {
    const data = tempDir();
    const added = await runCli([
      'add',
      'application',
      '--company',
      'Fabrikam',
      '--role',
      'Designer',
      '--json',
      '--data',
      data,
    ]);
    expect(added.code).toBe(0);
    const app = JSON.parse(added.stdout) as { id: string };
    const contact = await runCli([
      'add',
      'contact',
      '--application',
      app.id,
      '--name',
      'Priya Shah',
      '--role',
      'hiring_manager',
      '--json',
      '--data',
      data,
    ]);
    expect(contact.code).toBe(0);
    const list = await runCli(['list', 'applications', '--json', '--data', data]);
    expect(JSON.parse(list.stdout).map((a: { company: string }) => a.company)).toEqual(['Fabrikam']);
    // The singular reads as naturally and lists the same.
    expect((await runCli(['list', 'application', '--json', '--data', data])).stdout).toBe(list.stdout);
    const shown = await runCli(['show', 'application', app.id, '--data', data]);
    expect(shown.stdout).toContain('company: Fabrikam');
    expect(shown.stdout).toContain('Priya Shah');

    const bad = await runCli([
      'add',
      'application',
      '--company',
      'X',
      '--role',
      'Y',
      '--stage',
      'hired',
      '--data',
      data,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^nextround: stage/);
    const missing = await runCli(['show', 'application', 'no-such-id', '--data', data]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('No application with id no-such-id');

    // A flag of another kind is refused, not dropped: the rejection would be saved without what was said.
    const stray = await runCli([
      'add',
      'event',
      '--application',
      app.id,
      '--outcome',
      'rejected',
      '--contact',
      'x',
      '--data',
      data,
    ]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/--contact does not apply to "add event": its options are --application, --stage/);
    const events = await runCli(['show', 'application', app.id, '--json', '--data', data]);
    expect(
      (JSON.parse(events.stdout) as { events: Array<{ outcome: string | null }> }).events.map((e) => e.outcome),
    ).not.toContain('rejected');

    // An interview's start as the time on the clock where it happens.
    const interview = await runCli([
      'add',
      'interview',
      '--application',
      app.id,
      '--starts-at',
      '2026-07-03T14:00',
      '--time-zone',
      'Europe/London',
      '--json',
      '--data',
      data,
    ]);
    expect(interview.code).toBe(0);
    expect((JSON.parse(interview.stdout) as { startsAt: string }).startsAt).toBe('2026-07-03T13:00:00.000Z');

    // A feedback request sent outside the app, recorded so that the nudge can follow it.
    expect((await runCli(['draft', 'nudge', '--application', app.id, '--data', data])).code).toBe(2);
    await runCli([
      'add',
      'event',
      '--application',
      app.id,
      '--outcome',
      'rejected',
      '--stage',
      'interview',
      '--data',
      data,
    ]);
    const sent = await runCli([
      'add',
      'message',
      '--application',
      app.id,
      '--kind',
      'feedback-request',
      '--status',
      'sent',
      '--sent-at',
      '2026-07-06T09:00:00Z',
      '--body',
      'Could you share one thing I could improve?',
      '--data',
      data,
    ]);
    expect(sent.code).toBe(0);
    const nudge = await runCli(['draft', 'nudge', '--application', app.id, '--data', data]);
    expect(nudge.code).toBe(0);
    expect(nudge.stdout).toMatch(/following up/i);
  });

  it('exports, and an import of the export gives back exactly the same data', async () => {
    const [source, target] = [tempDir(), tempDir()];
    await runCli(['seed', '--data', source, '--applications', '60', '--seed', '11']);
    const file = join(source, 'export.json');
    expect((await runCli(['export', '--output', file, '--data', source])).code).toBe(0);
    const imported = await runCli(['import', file, '--data', target]);
    expect(imported.code).toBe(0);
    const again = await runCli(['export', '--data', target]);
    const strip = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(strip(again.stdout)).toEqual(strip(readFileSync(file, 'utf8')));

    const twice = await runCli(['import', file, '--data', target]);
    expect(twice.code).toBe(4);
    expect((await runCli(['import', file, '--replace', '--data', target])).code).toBe(0);

    writeFileSync(join(source, 'broken.json'), '{"format": "nextround-export", ');
    const broken = await runCli(['import', join(source, 'broken.json'), '--data', target]);
    expect(broken.code).toBe(2);
    expect(strip((await runCli(['export', '--data', target])).stdout)).toEqual(strip(readFileSync(file, 'utf8')));
  });

  it('round-trips applications through CSV, quotes and commas included', async () => {
    const [source, target] = [tempDir(), tempDir()];
    await runCli([
      'add',
      'application',
      '--company',
      'Acme, "Rockets" Ltd',
      '--role',
      'Engineer',
      '--notes',
      'line one\nline two',
      '--data',
      source,
    ]);
    await runCli(['seed', '--data', source, '--applications', '10']);
    const csv = join(source, 'apps.csv');
    await runCli(['export', '--format', 'csv', '--output', csv, '--data', source]);
    expect((await runCli(['import', csv, '--data', target])).code).toBe(0);
    const again = await runCli(['export', '--format', 'csv', '--data', target]);
    expect(again.stdout).toBe(readFileSync(csv, 'utf8'));
  });

  it('loses no acknowledged write when the server is killed with SIGKILL mid-burst', async () => {
    const data = tempDir();
    const server = await startCliServer(data);
    const acknowledged: string[] = [];
    let n = 0;
    const writer = async () => {
      for (;;) {
        try {
          const response = await postApplication(server.url, n++);
          if (response.status !== 201) return;
          acknowledged.push(((await response.json()) as { id: string }).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
    await server.stop('SIGKILL');
    await Promise.all(writers);

    const db = new Database(join(data, 'nextround.sqlite'));
    const stored = new Set(
      db
        .prepare('select id from applications')
        .all()
        .map((row) => (row as { id: string }).id),
    );
    db.close();
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });

  it('lets the server and the CLI write the same SQLite file at once, and backs up consistently meanwhile', async () => {
    const data = tempDir();
    const server = await startCliServer(data);
    let stop = false;
    let serverWrites = 0;
    const writer = (async () => {
      while (!stop) {
        if ((await postApplication(server.url, serverWrites)).status === 201) serverWrites++;
      }
    })();
    const cliAdds = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        runCli(['add', 'application', '--company', `CLI ${i}`, '--role', 'R', '--data', data]),
      ),
    );
    const backupFile = join(data, 'backup.sqlite');
    const backup = await runCli(['backup', backupFile, '--data', data]);
    stop = true;
    await writer;
    await server.stop();

    expect(cliAdds.map((r) => [r.code, r.stderr])).toEqual(cliAdds.map(() => [0, '']));
    expect(backup.code).toBe(0);
    const copy = new Database(backupFile, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(Number((copy.prepare('select count(*) n from applications').get() as { n: number }).n)).toBeGreaterThan(0);
    copy.close();
    const db = new Database(join(data, 'nextround.sqlite'), { readonly: true });
    const total = Number((db.prepare('select count(*) n from applications').get() as { n: number }).n);
    db.close();
    expect(total).toBe(serverWrites + 4);
  });

  it('migrates a new data folder safely when two processes start on it at once, and again on restart', async () => {
    const data = tempDir();
    const results = await Promise.all([
      runCli(['add', 'application', '--company', 'A', '--role', 'R', '--data', data]),
      runCli(['add', 'application', '--company', 'B', '--role', 'R', '--data', data]),
      runCli(['list', 'applications', '--data', data]),
    ]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    const list = await runCli(['list', 'applications', '--json', '--data', data]);
    expect(
      JSON.parse(list.stdout)
        .map((a: { company: string }) => a.company)
        .sort(),
    ).toEqual(['A', 'B']);
  });
});

describe('advice from the command line', () => {
  it('drafts thank-you notes and shows them on the agenda and in its iCalendar feed', async () => {
    const data = tempDir();
    const json = async (args: string[]) => {
      const result = await runCli([...args, '--json', '--data', data]);
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout);
    };
    const app = await json(['add', 'application', '--company', 'Litware', '--role', 'Product Designer']);
    const kim = await json([
      'add',
      'contact',
      '--application',
      app.id,
      '--name',
      'Kim Ode',
      '--greet-as',
      'Dr Ode',
      '--role',
      'interviewer',
    ]);
    const startsAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
    await json(['add', 'interview', '--application', app.id, '--starts-at', startsAt, '--interviewers', kim.id]);

    const draft = await json(['draft', 'thank-you', '--application', app.id, '--contact', kim.id]);
    expect(draft.body).toContain('Dr Ode');
    expect(draft.body).toContain('Product Designer');
    const text = await runCli(['draft', 'thank-you', '--application', app.id, '--data', data]);
    expect(text.stdout).toContain('Why it is shaped so:');
    expect(text.stdout).toMatch(/send by \w+day \d{1,2} \w+, \d{2}:\d{2}\n/); // on the user's clock, not in ISO

    const agenda = await json(['agenda']);
    const kinds = [...agenda.overdue, ...agenda.dueToday, ...agenda.thisWeek].map((i: { kind: string }) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['debrief', 'thank-you']));

    const listed = await runCli(['agenda', '--data', data]);
    expect(listed.stdout).toMatch(/^ {2}\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}.*Kim Ode/m);

    const ics = await runCli(['agenda', '--ics', '--data', data]);
    const { default: ICAL } = await import('ical.js');
    const calendar = new ICAL.Component(ICAL.parse(ics.stdout));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toEqual(
      expect.arrayContaining([expect.stringMatching(/Kim Ode/)]),
    );
    expect(events.every((e) => e.getAllSubcomponents('valarm').length > 0)).toBe(true);

    const unknown = await runCli(['draft', 'sonnet', '--application', app.id, '--data', data]);
    expect(unknown.code).toBe(2);
  }, 120_000);

  it('sets the name that signs drafts and the time zone due dates follow, and refuses a zone that does not exist', async () => {
    const data = tempDir();
    expect((await runCli(['me', '--data', data])).stdout).toContain('Name: (not set');
    const set = await runCli([
      'me',
      '--name',
      'Alex Morgan',
      '--time-zone',
      'Asia/Tokyo',
      '--add-word',
      'Kubernetes',
      '--add-word',
      'kubernetes',
      '--data',
      data,
    ]);
    expect(set.stdout).toContain('Name: Alex Morgan');
    expect(set.stdout).toContain('Dictionary: Kubernetes');
    expect(set.stdout).toContain('Dictionary: Kubernetes\n'); // once, however often it was given
    const app = JSON.parse(
      (await runCli(['add', 'application', '--company', 'Contoso', '--role', 'Analyst', '--json', '--data', data]))
        .stdout,
    );
    const ada = JSON.parse(
      (
        await runCli([
          'add',
          'contact',
          '--application',
          app.id,
          '--name',
          'Ada Obi',
          '--role',
          'interviewer',
          '--json',
          '--data',
          data,
        ])
      ).stdout,
    );
    await runCli([
      'add',
      'interview',
      '--application',
      app.id,
      '--starts-at',
      new Date(Date.now() - 3_600_000).toISOString(),
      '--interviewers',
      ada.id,
      '--data',
      data,
    ]);
    const draft = JSON.parse(
      (await runCli(['draft', 'thank-you', '--application', app.id, '--json', '--data', data])).stdout,
    );
    expect(draft.body).toMatch(/Alex Morgan\s*$/);

    const wrong = await runCli(['me', '--time-zone', 'Mars/Olympus', '--data', data]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/time zone/i);
    expect((await runCli(['me', '--ghosted-after-days', 'soon', '--data', data])).code).toBe(2);
    // A blank word is refused before anything is written: the name given with it is not changed either.
    const blank = await runCli(['me', '--name', 'Someone Else', '--add-word', ' ', '--data', data]);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/add/);
    const kept = JSON.parse((await runCli(['me', '--remove-word', 'kubernetes', '--json', '--data', data])).stdout);
    expect(kept).toMatchObject({ name: 'Alex Morgan', timeZone: 'Asia/Tokyo', dictionary: [] });
  }, 120_000);

  it('shows what stands between the user and an offer, with its evidence, as text and as JSON', async () => {
    const data = tempDir();
    const empty = await runCli(['insights', '--data', data]);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('Nothing stands out yet');

    const app = JSON.parse(
      (await runCli(['add', 'application', '--company', 'Fabrikam', '--role', 'SRE', '--json', '--data', data])).stdout,
    );
    await runCli([
      'add',
      'event',
      '--application',
      app.id,
      '--outcome',
      'rejected',
      '--channel',
      'email',
      '--data',
      data,
    ]);
    const feedback =
      'We went with someone with more Kubernetes experience; your answers on incident response were thin.';
    await runCli(['add', 'feedback', '--application', app.id, '--text', feedback, '--data', data]);
    const insights = JSON.parse((await runCli(['insights', '--json', '--data', data])).stdout);
    expect(insights.totals).toMatchObject({ applications: 1, rejections: 1, feedback: 1 });
    expect(insights.topThree.length).toBeGreaterThan(0);
    const text = (await runCli(['insights', '--data', data])).stdout;
    expect(text).toContain('1 application: 1 rejected, 0 offers, 0 open; 1 piece of feedback.');
    expect(text).toContain('What stands between you and an offer:');
    expect(text).toContain(`1. ${insights.topThree[0].title}`);
    expect(text).toContain(`Next: ${insights.topThree[0].advice}`);
  }, 120_000);
});
