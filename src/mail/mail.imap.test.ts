import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyMail } from '../core/mail/mail.classifier';
import { runCli } from '../testing/cli-process';
import { fetchNewMessages, type ImapConfig, type ImapMessage, watchMailbox } from './mail.imap';
import { parseMail } from './mail.parser';

// A real IMAP server on loopback: Debian's dovecot-imapd, configured and started by the test in a temp folder.
const dovecot = ['/usr/sbin/dovecot', '/usr/bin/dovecot'].find((path) => existsSync(path));
if (!dovecot && process.env.CI)
  throw new Error('dovecot is required for the IMAP tests (apt-get install dovecot-imapd)');

const fixtures = join(import.meta.dirname, 'fixtures');
const cliBin = join(import.meta.dirname, '..', '..', 'bin', 'nextround.mjs');
const password = 'imap test password';
let dir = '';
let port = 0;
let server: ChildProcess | null = null;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

async function waitForPort(target: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port: target }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `dovecot did not listen on ${target}: ${existsSync(join(dir, 'dovecot.log')) ? readFileSync(join(dir, 'dovecot.log'), 'utf8') : ''}`,
  );
}

function idOf(user: string): { uid: number; gid: number } {
  return {
    uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim()),
  };
}

beforeAll(async () => {
  if (!dovecot) return;
  dir = mkdtempSync(join(tmpdir(), 'nextround-dovecot-'));
  chmodSync(dir, 0o755);
  port = await freePort();
  const root = process.getuid?.() === 0;
  // As root, mail is owned by the unprivileged "dovecot" user (dovecot refuses to give mail to root).
  const mailOwner = root ? idOf('dovecot') : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  const me = userInfo().username;
  const mailRoot = join(dir, 'mail');
  mkdirSync(join(mailRoot, 'jamie'), { recursive: true });
  chownSync(mailRoot, mailOwner.uid, mailOwner.gid);
  chownSync(join(mailRoot, 'jamie'), mailOwner.uid, mailOwner.gid);
  writeFileSync(join(dir, 'passwd'), `jamie:{PLAIN}${password}::::::\n`);
  writeFileSync(
    join(dir, 'dovecot.conf'),
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${dir}/dovecot.log`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      // Dovecot waits 2 s after a failed login by default; the wrong-password test does not need to.
      'auth_failure_delay = 0',
      `mail_location = maildir:${mailRoot}/%u`,
      `first_valid_uid = ${mailOwner.uid}`,
      `first_valid_gid = ${mailOwner.gid}`,
      ...(root ? [] : [`default_login_user = ${me}`, `default_internal_user = ${me}`]),
      'passdb {',
      '  driver = passwd-file',
      `  args = scheme=PLAIN username_format=%u ${dir}/passwd`,
      '}',
      'userdb {',
      '  driver = static',
      `  args = uid=${mailOwner.uid} gid=${mailOwner.gid} home=${mailRoot}/%u`,
      '}',
      'service imap-login {',
      '  chroot =',
      '  inet_listener imap {',
      '    address = 127.0.0.1',
      `    port = ${port}`,
      '  }',
      '  inet_listener imaps {',
      '    port = 0',
      '  }',
      '}',
      'service anvil {',
      '  chroot =',
      '}',
      '',
    ].join('\n'),
  );
  server = spawn(dovecot, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  await waitForPort(port, 15_000);
}, 30_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const config = (): ImapConfig => ({ host: '127.0.0.1', port, user: 'jamie', password, timeoutMs: 5000 });

/** Delivers a fixture into the mailbox the way a mail server would, through a separate IMAP session. */
async function deliver(file: string, mailbox = 'INBOX'): Promise<void> {
  const admin = new ImapFlow({
    host: '127.0.0.1',
    port,
    secure: false,
    auth: { user: 'jamie', pass: password },
    logger: false,
  });
  await admin.connect();
  try {
    if (mailbox !== 'INBOX') await admin.mailboxCreate(mailbox).catch(() => undefined);
    await admin.append(mailbox, readFileSync(join(fixtures, file)));
  } finally {
    await admin.logout();
  }
}

async function seenFlags(mailbox = 'INBOX'): Promise<boolean[]> {
  const admin = new ImapFlow({
    host: '127.0.0.1',
    port,
    secure: false,
    auth: { user: 'jamie', pass: password },
    logger: false,
  });
  await admin.connect();
  try {
    await admin.mailboxOpen(mailbox, { readOnly: true });
    const flags: boolean[] = [];
    for await (const message of admin.fetch('1:*', { flags: true })) flags.push(message.flags?.has('\\Seen') ?? false);
    return flags;
  } finally {
    await admin.logout();
  }
}

describe.skipIf(!dovecot)('IMAP against a real dovecot on loopback', () => {
  it('nextround mail watch --once records new job emails and does not read them twice', async () => {
    const data = mkdtempSync(join(tmpdir(), 'nextround-watch-'));
    await deliver('r01-greenhouse-other-candidates.eml', 'Watched');
    const args = ['mail', 'watch', '--once', '--apply', '--json', '--host', '127.0.0.1', '--port', String(port)];
    const watch = () =>
      runCli([...args, '--user', 'jamie', '--folder', 'Watched', '--no-tls', '--data', data], {
        env: { NEXTROUND_IMAP_PASSWORD: password },
      });
    const first = await watch();
    expect(first.stderr).toBe('');
    const batch = JSON.parse(first.stdout.trim());
    expect(batch.proposals.map((p: { mail: { kind: string } }) => p.mail.kind)).toEqual(['rejection']);
    expect(batch.result).toEqual({ applied: 1, skipped: 0 });
    const list = await runCli(['list', 'applications', '--archived', 'all', '--json', '--data', data]);
    expect(JSON.parse(list.stdout).map((a: { outcome: string }) => a.outcome)).toEqual(['rejected']);

    const second = await watch();
    expect(second.stdout.trim()).toBe(''); // nothing new since the stored cursor
    expect(await seenFlags('Watched')).toEqual([false]);
  });

  it('nextround mail watch without --apply shows new emails and offers them again until they are applied', async () => {
    const data = mkdtempSync(join(tmpdir(), 'nextround-watch-dry-'));
    await deliver('i09-quick-chat.eml', 'DryRun');
    const args = ['mail', 'watch', '--json', '--host', '127.0.0.1', '--port', String(port), '--user', 'jamie'];
    const options = { env: { NEXTROUND_IMAP_PASSWORD: password } };
    const watchOnce = (...extra: string[]) =>
      runCli([...args, '--folder', 'DryRun', '--no-tls', '--data', data, '--once', ...extra], options);
    const batches = (stdout: string) =>
      stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { proposals: Array<{ mail: { kind: string } }>; result: unknown });

    const dry = batches((await watchOnce()).stdout);
    expect(dry.map((b) => [b.proposals.map((p) => p.mail.kind), b.result])).toEqual([[['interview'], null]]);

    // A watch left running in a dry run, then stopped, does not use the email up either.
    const child = spawn(process.execPath, [cliBin, ...args, '--folder', 'DryRun', '--no-tls', '--data', data], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let watched = '';
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the watch showed nothing: ${watched}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        watched += chunk;
        if (watched.includes('\n')) {
          clearTimeout(timer);
          resolve();
        }
      });
    }).finally(() => child.kill('SIGINT'));
    await exited;
    expect(batches(watched).map((b) => b.proposals.map((p) => p.mail.kind))).toEqual([['interview']]);

    const applied = batches((await watchOnce('--apply')).stdout);
    expect(applied.map((b) => [b.proposals.map((p) => p.mail.kind), b.result])).toEqual([
      [['interview'], { applied: 1, skipped: 0 }],
    ]);
  }, 120_000);

  it('reads new job emails read-only and resumes from the cursor', async () => {
    await deliver('r01-greenhouse-other-candidates.eml', 'Jobs');
    await deliver('i09-quick-chat.eml', 'Jobs');
    const got: ImapMessage[] = [];
    const cursor = await fetchNewMessages({ ...config(), mailbox: 'Jobs' }, null, (m) => {
      got.push(m);
    });
    expect(got.map((m) => m.uid)).toEqual([1, 2]);
    const kinds = await Promise.all(got.map(async (m) => classifyMail(await parseMail(m.raw)).kind));
    expect(kinds).toEqual(['rejection', 'interview']);
    expect(cursor.lastUid).toBe(2);
    expect(await seenFlags('Jobs')).toEqual([false, false]);

    await deliver('o04-thrilled-informal.eml', 'Jobs');
    const more: ImapMessage[] = [];
    const next = await fetchNewMessages({ ...config(), mailbox: 'Jobs' }, cursor, (m) => {
      more.push(m);
    });
    expect(more.map((m) => m.uid)).toEqual([3]);
    expect(next.lastUid).toBe(3);
    const none: ImapMessage[] = [];
    await fetchNewMessages({ ...config(), mailbox: 'Jobs' }, next, (m) => {
      none.push(m);
    });
    expect(none).toEqual([]);
  });

  it('watches a folder and sees a message as it arrives', async () => {
    await deliver('a08-personal-ack.eml');
    const got: ImapMessage[] = [];
    let arrived: () => void = () => {};
    const watch = watchMailbox(config(), {
      onMessage: (m) => {
        got.push(m);
        if (got.length === 2) arrived();
      },
    });
    const second = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await deliver('o01-formal-offer-attachment.eml');
    await Promise.race([
      second,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no new mail seen')), 15_000)),
    ]);
    await watch.stop();
    expect(watch.cursor()?.lastUid).toBe(2);
    const kinds = await Promise.all(got.map(async (m) => classifyMail(await parseMail(m.raw)).kind));
    expect(kinds).toEqual(['acknowledgement', 'offer']);
    expect(await seenFlags()).toEqual([false, false]);
  }, 30_000);

  it('explains a wrong password and a missing folder', async () => {
    await expect(fetchNewMessages({ ...config(), password: 'wrong' }, null, () => {})).rejects.toMatchObject({
      code: 'imap_auth_failed',
      retryable: false,
    });
    await expect(fetchNewMessages({ ...config(), mailbox: 'Nope' }, null, () => {})).rejects.toMatchObject({
      code: 'imap_mailbox_missing',
    });
  });

  it('explains an unreachable server', async () => {
    await expect(fetchNewMessages({ ...config(), port: await freePort() }, null, () => {})).rejects.toMatchObject({
      code: 'imap_unreachable',
      retryable: true,
    });
  });
});
