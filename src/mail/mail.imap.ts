import type { ImapFlow } from 'imapflow';
import { DomainError } from '../core/errors';

/** The user's own IMAP mailbox, read read-only. The password is decrypted just before connecting. */
export interface ImapConfig {
  host: string;
  port: number;
  /** Implicit TLS (usually 993). With false, STARTTLS is used when offered (and required with `requireTls`). */
  secure?: boolean;
  requireTls?: boolean;
  user: string;
  password: string;
  /** Folder to read (default INBOX), e.g. "Jobs" or "[Gmail]/All Mail". */
  mailbox?: string;
  allowSelfSigned?: boolean;
  timeoutMs?: number;
}

/**
 * Where reading stopped, stored by the caller between runs. UIDs are only comparable within one UIDVALIDITY;
 * when the server resets it, reading starts over (the import de-duplicates by Message-ID).
 */
export interface MailboxCursor {
  uidValidity: string;
  lastUid: number;
}

export interface ImapMessage {
  uid: number;
  mailbox: string;
  raw: Buffer;
  /** The message was larger than `maxMessageBytes`; `raw` holds only its beginning (headers and first text). */
  truncated: boolean;
}

export interface ReadOptions {
  /** Bytes of each message downloaded at most (default 2 MB): enough for headers and text, not attachments. */
  maxMessageBytes?: number;
}

export class ImapError extends DomainError {
  constructor(
    code: 'imap_auth_failed' | 'imap_unreachable' | 'imap_mailbox_missing' | 'imap_failed',
    message: string,
    readonly retryable: boolean,
  ) {
    super(code, message, 422, { retryable });
  }
}

function describeError(error: unknown, config: ImapConfig): ImapError {
  if (error instanceof ImapError) return error;
  const value = error && typeof error === 'object' ? (error as Record<string, unknown>) : {};
  const code = typeof value.code === 'string' ? value.code : '';
  const responseText = typeof value.responseText === 'string' ? value.responseText : '';
  const detail = `${error instanceof Error ? error.message : String(error)}${responseText ? `: ${responseText}` : ''}`
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  if (value.authenticationFailed === true || code === 'AUTHENTICATIONFAILED')
    return new ImapError(
      'imap_auth_failed',
      `The mail server refused the user name or password for ${config.user}. Check them in the mailbox settings.`,
      false,
    );
  if (
    ['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET', 'NoConnection'].includes(code) ||
    /timeout|connect/i.test(detail)
  )
    return new ImapError(
      'imap_unreachable',
      `Could not reach the mail server ${config.host}:${config.port} (${detail}).`,
      true,
    );
  if (
    value.serverResponseCode === 'NONEXISTENT' ||
    /nonexistent|doesn't exist|does not exist|not exist|unknown mailbox|no such/i.test(detail)
  )
    return new ImapError(
      'imap_mailbox_missing',
      `There is no folder "${config.mailbox ?? 'INBOX'}" in this mailbox.`,
      false,
    );
  return new ImapError('imap_failed', `Reading the mailbox failed (${detail}).`, true);
}

async function client(config: ImapConfig, idleAfterMs?: number): Promise<ImapFlow> {
  // Loaded on first use: an IMAP client the server may never need costs resident memory from start-up.
  const { ImapFlow } = await import('imapflow');
  const timeout = config.timeoutMs ?? 20_000;
  const flow = new ImapFlow({
    host: config.host,
    port: config.port,
    secure: config.secure ?? config.port === 993,
    doSTARTTLS: config.requireTls ? true : undefined,
    auth: { user: config.user, pass: config.password },
    tls: config.allowSelfSigned ? { rejectUnauthorized: false } : undefined,
    // Never log: the transcript would include the LOGIN command.
    logger: false,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: Math.max(timeout, 5 * 60_000),
    // A watch goes into IDLE straight away: the server only pushes new-mail notices while idling.
    ...(idleAfterMs === undefined ? {} : { autoIdleDelay: idleAfterMs }),
  });
  // Without a listener an 'error' event would crash the process; failures surface through the awaited calls.
  flow.on('error', () => {});
  return flow;
}

/** Downloads every message after the cursor, in UID order, from a mailbox opened read-only (EXAMINE). */
async function readNew(
  flow: ImapFlow,
  mailbox: string,
  cursor: MailboxCursor | null,
  onMessage: (message: ImapMessage) => Promise<void> | void,
  options: ReadOptions,
): Promise<MailboxCursor> {
  const opened = await flow.mailboxOpen(mailbox, { readOnly: true });
  const uidValidity = String(opened.uidValidity);
  const from = cursor && cursor.uidValidity === uidValidity ? cursor.lastUid + 1 : 1;
  let lastUid = from - 1;
  if (opened.exists === 0) return { uidValidity, lastUid };
  const max = options.maxMessageBytes ?? 2 * 1024 * 1024;
  // Ask for UIDs first, then each message: fetching bodies inside a running FETCH would deadlock the connection.
  const uids: Array<{ uid: number; size: number }> = [];
  for await (const message of flow.fetch(`${from}:*`, { uid: true, size: true }, { uid: true })) {
    // "n:*" always returns the newest message, even when its UID is below n.
    if (message.uid >= from) uids.push({ uid: message.uid, size: message.size ?? 0 });
  }
  uids.sort((a, b) => a.uid - b.uid);
  for (const { uid, size } of uids) {
    const fetched = await flow.fetchOne(
      String(uid),
      { uid: true, source: size > max ? { start: 0, maxLength: max } : true },
      { uid: true },
    );
    const raw = (fetched ? fetched.source : undefined) ?? Buffer.alloc(0);
    await onMessage({ uid, mailbox, raw, truncated: size > max });
    lastUid = uid;
  }
  return { uidValidity, lastUid };
}

/**
 * Reads the messages that arrived since `cursor` (all of them without one) from a folder opened read-only:
 * nothing is marked as read, moved or deleted. Returns the new cursor to store for next time.
 *
 * @example
 * const cursor = await fetchNewMessages(config, saved, async (m) => queue.push(await parseMail(m.raw)));
 */
export async function fetchNewMessages(
  config: ImapConfig,
  cursor: MailboxCursor | null,
  onMessage: (message: ImapMessage) => Promise<void> | void,
  options: ReadOptions = {},
): Promise<MailboxCursor> {
  const flow = await client(config);
  try {
    await flow.connect();
    return await readNew(flow, config.mailbox ?? 'INBOX', cursor, onMessage, options);
  } catch (error) {
    throw describeError(error, config);
  } finally {
    await flow.logout().catch(() => flow.close());
  }
}

export interface MailboxWatch {
  /** Where reading has got to; store it so a restart does not read everything again. */
  cursor(): MailboxCursor | null;
  /** Stops watching and logs out; resolves once the connection is closed. */
  stop(): Promise<void>;
}

export interface WatchOptions extends ReadOptions {
  cursor?: MailboxCursor | null;
  onMessage: (message: ImapMessage) => Promise<void> | void;
  /** Connection problems; the watch keeps retrying unless the error is not retryable (e.g. a wrong password). */
  onError?: (error: ImapError) => void;
  /** First delay before reconnecting, doubled up to 5 minutes (default 2 s). */
  retryDelayMs?: number;
}

/**
 * Watches a folder read-only with IMAP IDLE: reads what is new since the cursor, then each message as it
 * arrives, reconnecting after a dropped connection. A wrong password stops the watch (retrying would only lock
 * the account) and is reported through `onError`.
 *
 * @example
 * const watch = watchMailbox(config, { cursor: saved, onMessage: (m) => importMail(m.raw) });
 * // later
 * await store.saveCursor(watch.cursor()); await watch.stop();
 */
export function watchMailbox(config: ImapConfig, options: WatchOptions): MailboxWatch {
  const mailbox = config.mailbox ?? 'INBOX';
  let cursor = options.cursor ?? null;
  let stopped = false;
  let flow: ImapFlow | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let delay = options.retryDelayMs ?? 2000;
  // One read at a time: new-mail notifications during a read are folded into the next one.
  let reading: Promise<void> = Promise.resolve();
  let pending = false;

  const read = (current: ImapFlow) => {
    if (pending) return reading;
    pending = true;
    reading = reading.then(async () => {
      pending = false;
      if (stopped) return;
      cursor = await readNew(current, mailbox, cursor, options.onMessage, options);
    });
    return reading;
  };

  const fail = (error: unknown) => {
    if (stopped) return;
    const described = describeError(error, config);
    options.onError?.(described);
    if (!described.retryable) {
      stopped = true;
      return;
    }
    retryTimer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, 5 * 60_000);
  };

  const connect = async () => {
    retryTimer = null;
    if (stopped) return;
    const current = await client(config, 100);
    if (stopped) return;
    flow = current;
    current.on('exists', () => {
      read(current).catch(fail);
    });
    current.on('close', () => {
      if (!stopped && flow === current) fail(Object.assign(new Error('connection closed'), { code: 'ECONNRESET' }));
    });
    try {
      await current.connect();
      await read(current);
      delay = options.retryDelayMs ?? 2000;
    } catch (error) {
      flow = null;
      current.close();
      fail(error);
    }
  };

  void connect();

  return {
    cursor: () => cursor,
    async stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = flow;
      flow = null;
      await reading.catch(() => {});
      if (current) await current.logout().catch(() => current.close());
    },
  };
}
