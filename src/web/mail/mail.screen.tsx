import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { api } from '../api/api.client';
import type { ImportProposal, MailPreview } from '../api/api.types';
import { href } from '../app/app.router';
import { useToast } from '../common/common.toast';
import { EmptyState, errorText, FormErrors, label, ScreenTitle } from '../common/common.ui';

/** The server takes at most 25 MB per preview; JSON escaping adds a little, so the screen stops a bit earlier. */
const maxUploadBytes = 24 * 1024 * 1024;

/** What the user picked or dropped: only files that look like emails. */
function emailFiles(list: FileList | null): File[] {
  return Array.from(list ?? []).filter(
    (f) => /\.(eml|mbox|mbx)$/i.test(f.name) || f.type === 'message/rfc822' || f.type === 'application/mbox',
  );
}

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A proposal is pre-ticked when it would change something and was not imported before. */
function accepted(p: ImportProposal): boolean {
  return p.action !== 'skip' && !p.duplicate;
}

function employerAndRole(p: ImportProposal): string {
  const company = p.mail.company ?? 'No employer named';
  return p.mail.role ? `${company} — ${p.mail.role}` : company;
}

/** In words: what applying this proposal would do to the user's applications. */
function whatHappens(p: ImportProposal): string {
  const change =
    p.outcome === 'rejected' ? 'mark it rejected' : p.stage ? `move it to ${label(p.stage).toLowerCase()}` : null;
  if (p.action === 'record-event') {
    return `Record the ${label(p.mail.kind).toLowerCase()} on your application${change ? ` and ${change}` : ''}.`;
  }
  if (p.action === 'create-application') {
    return `Add ${employerAndRole(p)} as a new application${p.outcome === 'rejected' ? ', marked rejected' : p.stage ? ` at the ${label(p.stage).toLowerCase()} stage` : ''}.`;
  }
  return p.duplicate ? 'Nothing: imported before.' : 'Nothing: skipped.';
}

interface Result {
  applied: number;
  skipped: number;
  links: { id: string | null; text: string }[];
}

export default function MailScreen() {
  const id = useId();
  const notify = useToast();
  const input = useRef<HTMLInputElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [preview, setPreview] = useState<MailPreview | null>(null);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = (chosen: File[], ignored: number) => {
    setFiles(chosen);
    setPreview(null);
    setResult(null);
    setError(
      ignored > 0
        ? `${ignored} file${ignored === 1 ? ' is' : 's are'} not an email (.eml or .mbox) and ${ignored === 1 ? 'was' : 'were'} left out.`
        : null,
    );
  };

  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDragging(false);
    const all = event.dataTransfer.files;
    const chosen = emailFiles(all);
    choose(chosen, all.length - chosen.length);
  };

  const onPreview = () => {
    if (files.length === 0) {
      setError('Pick one or more .eml or .mbox files first.');
      input.current?.focus();
      return;
    }
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > maxUploadBytes) {
      setError(
        `These files come to ${megabytes(total)}; Nextround reads up to ${megabytes(maxUploadBytes)} at a time. Pick fewer files, or split the .mbox (for example one per year).`,
      );
      return;
    }
    void run(async () => {
      const contents = await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })));
      const answer = await api.previewMail(contents);
      setPreview(answer);
      setPicked(new Set(answer.proposals.flatMap((p, i) => (accepted(p) ? [i] : []))));
      setResult(null);
    });
  };

  const onApply = () => {
    if (!preview) return;
    const chosen = preview.proposals.filter((_, i) => picked.has(i));
    if (chosen.length === 0) return;
    void run(async () => {
      const answer = await api.applyMail(chosen);
      setResult({ ...answer, links: await affected(chosen) });
      notify(`${answer.applied} email${answer.applied === 1 ? '' : 's'} recorded.`);
    });
  };

  const reset = () => {
    setFiles([]);
    setPreview(null);
    setResult(null);
    setError(null);
    if (input.current) input.current.value = '';
    input.current?.focus();
  };

  // Keyboard and screen-reader users land on the result rather than on a button that has gone.
  useEffect(() => {
    if (result) doneHeading.current?.focus();
  }, [result]);

  const count = picked.size;
  return (
    <section>
      <ScreenTitle>Import emails</ScreenTitle>
      <p className="lead">
        Rejections, interview invitations and offers already in your inbox: Nextround reads them and shows what it would
        record. Nothing changes until you apply.
      </p>

      <form
        className="card stack"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        onSubmit={(e) => {
          e.preventDefault();
          onPreview();
        }}
        style={dragging ? { outline: '3px dashed var(--accent)', outlineOffset: '2px' } : undefined}
      >
        <div className="field">
          <label htmlFor={`${id}-files`}>Email files</label>
          <input
            ref={input}
            id={`${id}-files`}
            type="file"
            multiple
            accept=".eml,.mbox,message/rfc822"
            aria-describedby={`${id}-files-hint`}
            onChange={(e) => {
              const all = e.target.files;
              const chosen = emailFiles(all);
              choose(chosen, (all?.length ?? 0) - chosen.length);
            }}
          />
          <span id={`${id}-files-hint`} className="hint">
            .eml or .mbox files, up to 24 MB at a time. You can also drop them here.
          </span>
        </div>
        {files.length > 0 && (
          <p className="muted" aria-live="polite">
            {`${files.length} file${files.length === 1 ? '' : 's'} chosen (${megabytes(files.reduce((s, f) => s + f.size, 0))}).`}
          </p>
        )}
        <FormErrors error={error} />
        <div className="screen-actions">
          <button type="submit" disabled={busy}>
            {busy && !preview ? 'Reading…' : 'Preview'}
          </button>
          {(preview || files.length > 0) && (
            <button type="button" className="secondary" disabled={busy} onClick={reset}>
              Start over
            </button>
          )}
        </div>
      </form>

      {!preview && (
        <EmptyState title="No emails read yet.">
          <p>Save the job emails from your mail program as files, then pick them above or drop them on the box.</p>
          <ul>
            <li>
              <strong>Gmail:</strong> Google Takeout exports a label (for example “Jobs”) as one <code>.mbox</code>{' '}
              file; or open an email, choose “Download message” for an <code>.eml</code>.
            </li>
            <li>
              <strong>Thunderbird:</strong> select the emails and choose Save As to get <code>.eml</code> files, or
              export a whole folder as <code>.mbox</code>.
            </li>
            <li>
              <strong>Outlook, Apple Mail:</strong> drag emails from the mailbox to a folder on your computer; each
              becomes an <code>.eml</code> file.
            </li>
          </ul>
          <p className="muted">
            Reading changes nothing: you review each email and choose what to record. Importing the same email twice is
            harmless.
          </p>
        </EmptyState>
      )}

      {preview && (
        <Review id={id} preview={preview} picked={picked} setPicked={setPicked} locked={busy || result !== null} />
      )}

      {preview && preview.proposals.length > 0 && !result && (
        <div className="screen-actions" style={{ marginTop: '1rem' }}>
          <button type="button" disabled={busy || count === 0} onClick={onApply}>
            {busy ? 'Applying…' : `Apply ${count}`}
          </button>
          <span className="muted">
            {count === 0 ? 'Tick the emails to record.' : `${count} of ${preview.proposals.length} ticked.`}
          </span>
        </div>
      )}

      {result && (
        <section className="card stack" aria-labelledby={`${id}-done`} style={{ marginTop: '1rem' }}>
          <h2 id={`${id}-done`} ref={doneHeading} tabIndex={-1} style={{ marginTop: 0 }}>
            Done
          </h2>
          <p role="status">
            Recorded {result.applied} email{result.applied === 1 ? '' : 's'}
            {result.skipped > 0 ? `; ${result.skipped} skipped (already imported or nothing to record)` : ''}.
          </p>
          {result.links.length > 0 && (
            <ul>
              {result.links.map((link) => (
                <li key={`${link.id}-${link.text}`}>
                  <a href={link.id ? href(`/applications/${link.id}`) : href('/applications')}>{link.text}</a>
                </li>
              ))}
            </ul>
          )}
          <div className="screen-actions">
            <button type="button" className="secondary" onClick={reset}>
              Import more emails
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

/**
 * The applications the applied emails touched. The apply answer carries counts only, so a new application is
 * found again by employer and role (the import names it `Role to confirm` when the email gave no role).
 */
async function affected(chosen: ImportProposal[]): Promise<Result['links']> {
  const links: Result['links'] = [];
  const seen = new Set<string>();
  for (const p of chosen) {
    let applicationId = p.applicationId;
    if (!applicationId && p.mail.company) {
      const company = p.mail.company;
      const role = p.mail.role ?? 'Role to confirm';
      const page = await api.applications({ q: company, archived: 'all', limit: 50 }).catch(() => null);
      applicationId =
        page?.items.find((a) => a.company === company && a.role === role)?.id ??
        page?.items.find((a) => a.company === company)?.id ??
        null;
    }
    const key = applicationId ?? employerAndRole(p);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ id: applicationId, text: employerAndRole(p) });
  }
  return links;
}

function Review(props: {
  id: string;
  preview: MailPreview;
  picked: Set<number>;
  setPicked: (next: Set<number>) => void;
  locked: boolean;
}) {
  const { id, preview, picked, setPicked, locked } = props;
  const toggle = (i: number, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(i);
    else next.delete(i);
    setPicked(next);
  };
  return (
    <div className="stack" style={{ marginTop: '1rem' }}>
      {preview.errors.length > 0 && (
        <div className="notice" role="alert">
          <p>
            <strong>
              {preview.errors.length} email{preview.errors.length === 1 ? '' : 's'} could not be read:
            </strong>
          </p>
          <ul>
            {preview.errors.map((e) => (
              <li key={`${e.file}-${e.index ?? ''}-${e.error}`}>
                {e.file}
                {e.index !== undefined ? ` (message ${e.index + 1})` : ''}: {e.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.proposals.length === 0 ? (
        <EmptyState title="No emails found in these files.">
          <p>Check that they are emails saved as .eml or an .mbox export, not a PDF or a screenshot.</p>
        </EmptyState>
      ) : (
        <fieldset>
          <legend>
            {preview.proposals.length} email{preview.proposals.length === 1 ? '' : 's'} to review
          </legend>
          <ul className="list">
            {preview.proposals.map((p, i) => {
              const skip = p.action === 'skip';
              const box = `${id}-p-${i}`;
              return (
                <li
                  key={`${p.mail.messageId ?? ''}-${i}`}
                  data-action={p.action}
                  className={skip ? 'muted' : undefined}
                  style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}
                >
                  <input
                    id={box}
                    type="checkbox"
                    checked={picked.has(i)}
                    disabled={skip || locked}
                    aria-describedby={`${box}-what`}
                    onChange={(e) => toggle(i, e.target.checked)}
                    style={{ marginTop: '0.3rem', width: '1.2rem', height: '1.2rem', flex: 'none' }}
                  />
                  <div className="grow" style={{ overflowWrap: 'anywhere' }}>
                    <label htmlFor={box} style={{ fontWeight: skip ? 400 : 600 }}>
                      <span className={`pill${p.mail.kind === 'rejection' || p.mail.kind === 'offer' ? ' warn' : ''}`}>
                        {label(p.mail.kind)}
                      </span>{' '}
                      {employerAndRole(p)}
                    </label>
                    <div>“{p.mail.subject || '(no subject)'}”</div>
                    <div className="muted">
                      From {p.mail.fromName ? `${p.mail.fromName} <${p.mail.from ?? ''}>` : (p.mail.from ?? 'unknown')}
                      {p.mail.agency ? ` (agency: ${p.mail.agency})` : ''}
                      {p.mail.date && !Number.isNaN(Date.parse(p.mail.date))
                        ? `, ${new Date(p.mail.date).toLocaleDateString()}`
                        : ''}
                    </div>
                    <div id={`${box}-what`}>
                      <strong>{whatHappens(p)}</strong> <span>{p.reason}</span>
                    </div>
                    {p.applicationId && (
                      <div>
                        <a href={href(`/applications/${p.applicationId}`)}>Open {employerAndRole(p)}</a>
                      </div>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
