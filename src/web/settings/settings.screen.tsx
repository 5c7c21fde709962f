import { type ChangeEvent, type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import type { SmtpSettingsInput, SmtpSettingsView } from '../../services/mail/mail-outbox.service';
import { ApiError, api } from '../api/api.client';
import { useLoad } from '../common/common.load';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { errorText, FormErrors, ScreenTitle, Show } from '../common/common.ui';

export interface SettingsProps {
  /** The screen to offer going back to once the mailbox works (Compose links here with its own address). */
  back?: string | undefined;
}

export default function SettingsScreen({ back }: SettingsProps) {
  const [loaded, reload] = useLoad(() => api.smtpSettings(), []);
  return (
    <section>
      <ScreenTitle>Settings</ScreenTitle>
      <p className="lead">How Nextround sends what you write.</p>
      <Show loaded={loaded} what="your mailbox settings" retry={reload}>
        {(current) => <MailboxSettings initial={current.configured ? current : null} back={safeBack(back)} />}
      </Show>
    </section>
  );
}

/** Only a screen of this app, never an outside address. */
function safeBack(back: string | undefined): string | null {
  return back && /^\/compose(?:[/?]|$)/.test(back) ? back : null;
}

type Security = 'starttls' | 'tls';

/** What the form keeps in the browser while typing: everything but the password, which is never stored here. */
interface MailboxForm {
  host: string;
  port: string;
  security: Security;
  allowSelfSigned: boolean;
  user: string;
  from: string;
}

type Field = 'host' | 'port' | 'user' | 'password' | 'from';
type FieldErrors = Partial<Record<Field, string>>;

const formKey = 'draft:settings:smtp';
const defaultPorts: Record<Security, string> = { starttls: '587', tls: '465' };

function formOf(saved: SmtpSettingsView | null): MailboxForm {
  if (!saved) return { host: '', port: '587', security: 'starttls', allowSelfSigned: false, user: '', from: '' };
  return {
    host: saved.host,
    port: String(saved.port),
    security: saved.secure ? 'tls' : 'starttls',
    allowSelfSigned: saved.allowSelfSigned,
    user: saved.user ?? '',
    from: saved.from,
  };
}

const addressPattern = /[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+/;

/** The same checks the API makes, said next to the field before a round trip. */
function check(form: MailboxForm): FieldErrors {
  const errors: FieldErrors = {};
  const host = form.host.trim();
  const ipv6 = /^\[?[0-9a-f:.]+\]?$/i.test(host);
  if (!host) errors.host = 'Enter the outgoing mail server, e.g. smtp.example.org.';
  else if (/:\/\/|[\s/]/.test(host) || (host.includes(':') && !ipv6))
    errors.host = 'Enter the server name only, e.g. smtp.example.org (no smtp:// and no port).';
  const port = Number(form.port.trim());
  if (!/^\d+$/.test(form.port.trim()) || port < 1 || port > 65535)
    errors.port = 'The port is a number between 1 and 65535, usually 587 or 465.';
  const from = form.from.trim();
  if (!from) errors.from = 'Enter the address to send from, e.g. Alex Morgan <alex@example.org>.';
  else if (!addressPattern.test(from))
    errors.from = 'The from address should look like alex@example.org or Alex Morgan <alex@example.org>.';
  return errors;
}

/** A 400 from the API names the field in `details[].path`: show each message next to its field. */
function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!(error instanceof ApiError) || error.status !== 400 || !Array.isArray(error.details)) return null;
  const errors: FieldErrors = {};
  for (const issue of error.details as { path?: unknown; message?: unknown }[]) {
    const field = String(issue.path ?? '');
    if (['host', 'port', 'user', 'password', 'from'].includes(field) && typeof issue.message === 'string')
      errors[field as Field] = issue.message;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

function MailboxSettings({ initial, back }: { initial: SmtpSettingsView | null; back: string | null }) {
  const id = useId();
  const [saved, setSaved] = useState<SmtpSettingsView | null>(initial);
  const [form, setForm] = usePersistentState<MailboxForm>(formKey, formOf(initial));
  // In memory only: the API never returns the stored password, and the browser never keeps it.
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ReactNode>(null);
  const [busy, setBusy] = useState<'save' | 'test' | 'remove' | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  // The settings that last passed a test, so saving them does not ask for another one.
  const [tested, setTested] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const unsaved =
    !saved ||
    password !== '' ||
    (Object.keys(form) as (keyof MailboxForm)[]).some((key) => form[key] !== formOf(saved)[key]);

  const update = (patch: Partial<MailboxForm>) => {
    setForm({ ...form, ...patch });
    setDone(null);
  };
  const changeSecurity = (security: Security) => {
    // Moving between the two usual setups moves the usual port with it, unless the user chose another one.
    const port = form.port === defaultPorts[form.security] ? defaultPorts[security] : form.port;
    update({ security, port });
  };

  /** The payload for the API, or null with the problems shown next to their fields. */
  const payload = (): SmtpSettingsInput | null => {
    const errors = check(form);
    setFieldErrors(errors);
    const first = Object.keys(errors)[0];
    if (first) {
      setError('Some details need another look (see above); nothing was saved.');
      formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${first}`)}`)?.focus();
      return null;
    }
    return {
      host: form.host.trim(),
      port: Number(form.port.trim()),
      secure: form.security === 'tls',
      allowSelfSigned: form.allowSelfSigned,
      user: form.user.trim() || null,
      // Left out, the stored password is kept (or, for a test, used).
      ...(password ? { password } : {}),
      from: form.from.trim(),
    };
  };

  const run = async (what: 'save' | 'test' | 'remove', action: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setDone(null);
    try {
      await action();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields) setFieldErrors(fields);
      setError(
        what === 'test'
          ? `The test did not go through: ${errorText(e)}`
          : what === 'save'
            ? `Not saved: ${errorText(e)}`
            : errorText(e),
      );
    } finally {
      setBusy(null);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const input = payload();
    if (!input) return;
    void run('save', async () => {
      const result = await api.saveSmtpSettings(input);
      setSaved(result);
      setPassword('');
      forgetDraft(formKey);
      setFieldErrors({});
      setDone(
        <>
          Saved. Compose now has a <strong>Send</strong> button that sends from {result.from} through {result.host}.
          {result.user && !result.hasPassword ? ' No password is stored: add one if your server asks for it.' : ''}
          {tested === JSON.stringify(input)
            ? ' These settings passed the test just now.'
            : ' Send a test email to check they work.'}
          {back && (
            <>
              {' '}
              <a href={`#${back}`}>Back to your message</a>
            </>
          )}
        </>,
      );
    });
  };

  const test = () => {
    const input = payload();
    if (!input) return;
    void run('test', async () => {
      const result = await api.testSmtpSettings(input);
      setTested(JSON.stringify(input));
      setFieldErrors({});
      setDone(
        <>
          {input.host} accepted a test email to {result.to}: check that it arrived.
          {unsaved ? ' These settings are not saved yet: press Save to use them.' : ''}
        </>,
      );
    });
  };

  const remove = () =>
    run('remove', async () => {
      await api.removeSmtpSettings();
      setSaved(null);
      setConfirmRemove(false);
      setPassword('');
      setDone(
        'Removed, with its password. Compose is back to Copy, Open in mail app and Download .eml; the details stay in the form if you want to set it up again.',
      );
    });

  const field = (name: Field, text: string, input: ReactNode, hint?: ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{text}</label>
      {input}
      {hint && (
        <span id={`${id}-${name}-hint`} className="hint">
          {hint}
        </span>
      )}
      {fieldErrors[name] && (
        <span id={`${id}-${name}-error`} className="form-error">
          {fieldErrors[name]}
        </span>
      )}
    </div>
  );
  const describe = (name: Field, hint: boolean) =>
    [hint ? `${id}-${name}-hint` : '', fieldErrors[name] ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const textProps = (name: Exclude<Field, 'password'>, hint: boolean) => ({
    id: `${id}-${name}`,
    value: form[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      update({ [name]: e.target.value });
      if (fieldErrors[name]) setFieldErrors({ ...fieldErrors, [name]: undefined });
    },
    'aria-invalid': fieldErrors[name] ? true : undefined,
    'aria-describedby': describe(name, hint),
    autoComplete: 'off',
    spellCheck: false,
  });

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
        Send from my own mailbox
      </h2>
      <p>
        {saved ? (
          <>
            <span className="pill good">Set up</span> Messages go from <strong>{saved.from}</strong> through{' '}
            {saved.host}:{saved.port}
            {saved.hasPassword ? ', with a saved password' : ''}. Replies land in the employer’s own email thread.
          </>
        ) : (
          <>
            <span className="pill">Not set up</span> Nextround can send your messages through your own mail server, so a
            feedback request lands in the rejection’s own thread and appears in your Sent folder. Until then, Compose
            offers Copy, Open in mail app and Download .eml.
          </>
        )}
      </p>
      <p className="muted">
        Find these details in your email provider’s help under “SMTP” or “outgoing server”. The password is stored
        encrypted on this computer and never shown again; with two-step sign-in (Gmail, Outlook, iCloud) use an app
        password.
      </p>

      <form ref={formRef} noValidate onSubmit={save}>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {field(
            'host',
            'Outgoing mail server (SMTP)',
            <input {...textProps('host', true)} placeholder="smtp.example.org" />,
            'e.g. smtp.gmail.com, smtp.office365.com, smtp.fastmail.com',
          )}
          <div className="field" style={{ flex: '0 1 9rem' }}>
            <label htmlFor={`${id}-port`}>Port</label>
            <input {...textProps('port', false)} inputMode="numeric" />
            {fieldErrors.port && (
              <span id={`${id}-port-error`} className="form-error">
                {fieldErrors.port}
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-security`}>Security</label>
            <select
              id={`${id}-security`}
              value={form.security}
              onChange={(e) => changeSecurity(e.target.value as Security)}
            >
              <option value="starttls">STARTTLS (usually port 587)</option>
              <option value="tls">SSL/TLS (usually port 465)</option>
            </select>
          </div>
        </div>
        <div className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}>
          <input
            id={`${id}-self-signed`}
            type="checkbox"
            checked={form.allowSelfSigned}
            onChange={(e) => update({ allowSelfSigned: e.target.checked })}
          />
          <label htmlFor={`${id}-self-signed`}>
            Accept a self-signed certificate <span className="hint">(a home or company server)</span>
          </label>
        </div>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          {field(
            'user',
            'User name',
            <input {...textProps('user', true)} />,
            'Usually your full email address. Leave empty if the server needs no sign-in.',
          )}
          {field(
            'password',
            'Password',
            <input
              id={`${id}-password`}
              type="password"
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
                setDone(null);
              }}
              autoComplete="new-password"
              aria-invalid={fieldErrors.password ? true : undefined}
              aria-describedby={describe('password', true)}
            />,
            saved?.hasPassword
              ? 'A password is saved (never shown). Leave empty to keep it, or type a new one.'
              : 'Not kept in this browser: type it again if you leave before saving.',
          )}
        </div>
        {field(
          'from',
          'Send from',
          <input {...textProps('from', true)} placeholder="Alex Morgan <alex@example.org>" />,
          'Your name and address as the recipient sees them.',
        )}

        <FormErrors error={error} />
        <p role="status" aria-live="polite" style={done ? doneStyle : { margin: 0 }}>
          {done}
        </p>
        <div className="screen-actions">
          <button type="submit" disabled={busy !== null}>
            {busy === 'save' ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="secondary" disabled={busy !== null} onClick={test}>
            {busy === 'test' ? 'Sending a test…' : 'Send a test email'}
          </button>
          {saved && !confirmRemove && (
            <button type="button" className="danger" disabled={busy !== null} onClick={() => setConfirmRemove(true)}>
              Remove this mailbox
            </button>
          )}
        </div>
        {saved && confirmRemove && (
          <div className="notice" style={{ marginTop: '0.75rem' }}>
            <p style={{ marginTop: 0 }}>
              Remove the mailbox and its saved password? Messages you already sent stay as they are.
            </p>
            <div className="screen-actions">
              <button type="button" className="danger" disabled={busy !== null} onClick={remove}>
                {busy === 'remove' ? 'Removing…' : 'Yes, remove it'}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmRemove(false)}>
                Keep it
              </button>
            </div>
          </div>
        )}
      </form>
    </section>
  );
}

const doneStyle = {
  borderLeft: '4px solid var(--accent)',
  background: 'var(--accent-soft)',
  padding: '0.5rem 1rem',
  borderRadius: '4px',
} as const;
