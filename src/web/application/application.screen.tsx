import { useState } from 'react';
import { api } from '../api/api.client';
import type { ApplicationDetail } from '../api/api.types';
import { href, navigate } from '../app/app.router';
import { formatWhen, loadProfile, type Profile } from '../common/common.clock';
import { statusText } from '../common/common.labels';
import { useLoad } from '../common/common.load';
import { pendingDeletes } from '../common/common.pending';
import { useToast } from '../common/common.toast';
import { EmptyState, label, ScreenTitle, Show } from '../common/common.ui';
import { ContactForm, InterviewForm, NewsForm } from './application.forms';

export default function ApplicationScreen({ id }: { id: string }) {
  const [loaded, reload] = useLoad(async () => {
    const [application, profile] = await Promise.all([api.application(id), loadProfile()]);
    return { application, profile };
  }, [id]);
  return (
    <Show loaded={loaded} what="the application" retry={reload}>
      {({ application, profile }) => <Detail application={application} profile={profile} reload={reload} />}
    </Show>
  );
}

function Detail({
  application,
  profile,
  reload,
}: {
  application: ApplicationDetail;
  profile: Profile;
  reload: () => void;
}) {
  const notify = useToast();
  const zone = profile.timeZone;
  const people = new Map(application.contacts.map((c) => [c.id, c]));
  const [archived, setArchived] = useState(application.archived);

  const toggleArchive = async () => {
    const next = !archived;
    await api.updateApplication(application.id, { archived: next });
    setArchived(next);
    notify(next ? 'Archived: out of the daily view, still in Insights.' : 'Back in the daily view.', async () => {
      await api.updateApplication(application.id, { archived: !next });
      setArchived(!next);
    });
  };

  // Deleting waits ten seconds for an Undo before it reaches the server.
  const remove = () => {
    pendingDeletes.add(application.id);
    const timer = window.setTimeout(() => {
      api.deleteApplication(application.id).finally(() => pendingDeletes.delete(application.id));
    }, 10_000);
    notify(`${application.company} deleted.`, () => {
      window.clearTimeout(timer);
      pendingDeletes.delete(application.id);
      navigate(`/applications/${application.id}`);
    });
    navigate('/applications');
  };

  const rejected = application.outcome === 'rejected';
  const events = [...application.events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));

  return (
    <section>
      <ScreenTitle
        actions={
          <>
            {!rejected && (
              <a className="button" href={href('/rejection', { applicationId: application.id })}>
                I got a rejection
              </a>
            )}
            {rejected && (
              <a className="button" href={href('/rejection', { applicationId: application.id })}>
                Ask for feedback
              </a>
            )}
            <a className="button secondary" href={href('/feedback', { applicationId: application.id })}>
              Add feedback
            </a>
            <button type="button" className="secondary" onClick={toggleArchive}>
              {archived ? 'Unarchive' : 'Archive'}
            </button>
            <button type="button" className="danger" onClick={remove}>
              Delete
            </button>
          </>
        }
      >
        {application.company} — {application.role}
      </ScreenTitle>
      <p className="lead">
        <span className="pill">{statusText(application)}</span> {archived && <span className="pill">archived</span>}{' '}
        {application.link && (
          <a href={application.link} target="_blank" rel="noreferrer">
            Job advert
          </a>
        )}
      </p>

      <div className="grid">
        <section className="card" aria-labelledby="timeline-h">
          <h2 id="timeline-h">Timeline</h2>
          {events.length === 0 ? (
            <p className="muted">No news yet.</p>
          ) : (
            <ol className="timeline">
              {events.map((event) => (
                <li key={event.id}>
                  <strong>
                    {event.outcome && event.outcome !== 'open'
                      ? label(event.outcome)
                      : event.stage
                        ? `Reached ${label(event.stage).toLowerCase()}`
                        : 'Note'}
                  </strong>{' '}
                  <span className="muted">
                    {formatWhen(event.occurredAt, zone)}
                    {event.channel ? ` · by ${label(event.channel).toLowerCase()}` : ''}
                  </span>
                  {event.email?.subject && <div className="muted">“{event.email.subject}”</div>}
                  {event.note && <div>{event.note}</div>}
                </li>
              ))}
            </ol>
          )}
          <NewsForm application={application} onSaved={reload} />
        </section>

        <section className="card" aria-labelledby="people-h">
          <h2 id="people-h">People</h2>
          {application.contacts.length === 0 ? (
            <p className="muted">Nobody yet. Add the recruiter and the people who interview you: notes go to them.</p>
          ) : (
            <ul className="list">
              {application.contacts.map((c) => (
                <li key={c.id}>
                  <div className="grow">
                    <strong>{c.name}</strong> <span className="muted">{label(c.role)}</span>
                    {c.title && <div className="muted">{c.title}</div>}
                    {c.email && <div className="muted">{c.email}</div>}
                  </div>
                  {c.connectedWell && <span className="pill good">connected well</span>}
                </li>
              ))}
            </ul>
          )}
          <ContactForm applicationId={application.id} onSaved={reload} />
        </section>
      </div>

      <section className="card" aria-labelledby="interviews-h" style={{ marginTop: '1rem' }}>
        <h2 id="interviews-h">Interviews</h2>
        {application.interviews.length === 0 ? (
          <p className="muted">
            No interviews yet. Add one when it is booked: Nextround then reminds you to debrief and to thank each
            interviewer within a day.
          </p>
        ) : (
          <ul className="list">
            {application.interviews.map((interview) => {
              const debriefed = application.debriefs.some((d) => d.interviewId === interview.id);
              return (
                <li key={interview.id}>
                  <div className="grow">
                    <strong>
                      Round {interview.round}: {label(interview.type)}
                    </strong>{' '}
                    <span className="muted">
                      {formatWhen(interview.startsAt, interview.timeZone)} · {label(interview.format)}
                    </span>
                    <div className="muted">
                      With{' '}
                      {interview.interviewerIds.map((cid) => people.get(cid)?.name ?? 'someone').join(', ') ||
                        'nobody named'}
                    </div>
                  </div>
                  <a className={debriefed ? 'button secondary' : 'button'} href={href(`/debrief/${interview.id}`)}>
                    {debriefed ? 'Edit debrief' : 'Debrief'}
                  </a>
                  {interview.interviewerIds.map((cid) => (
                    <a
                      key={cid}
                      className="button secondary"
                      href={href('/compose', {
                        kind: 'thank-you',
                        applicationId: application.id,
                        interviewId: interview.id,
                        contactId: cid,
                      })}
                    >
                      Thank {people.get(cid)?.name.split(' ')[0] ?? 'them'}
                    </a>
                  ))}
                </li>
              );
            })}
          </ul>
        )}
        <InterviewForm application={application} timeZone={zone} onSaved={reload} />
      </section>

      <div className="grid" style={{ marginTop: '1rem' }}>
        <section className="card" aria-labelledby="messages-h">
          <h2 id="messages-h">Messages</h2>
          {application.messages.length === 0 ? (
            <p className="muted">No messages yet. Thank-you notes and feedback requests you write appear here.</p>
          ) : (
            <ul className="list">
              {application.messages.map((m) => (
                <li key={m.id}>
                  <div className="grow">
                    <a href={href('/compose', { messageId: m.id, applicationId: application.id })}>
                      {label(m.kind)}
                      {m.contactId && people.get(m.contactId) ? ` to ${people.get(m.contactId)?.name}` : ''}
                    </a>
                    <div className="muted">{m.subject}</div>
                  </div>
                  <span className={m.status === 'sent' ? 'pill good' : 'pill'}>
                    {label(m.status)}
                    {m.sentAt ? ` ${formatWhen(m.sentAt, zone, false)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="feedback-h">
          <h2 id="feedback-h">Feedback</h2>
          {application.feedback.length === 0 ? (
            <EmptyState title="No feedback yet.">
              <p>
                When they tell you why, <a href={href('/feedback', { applicationId: application.id })}>paste it here</a>
                : Nextround reads it and proposes what to work on.
              </p>
            </EmptyState>
          ) : (
            <ul className="list">
              {application.feedback.map((f) => (
                <li key={f.id}>
                  <div className="grow">
                    <q>{f.text.length > 160 ? `${f.text.slice(0, 160)}…` : f.text}</q>
                    <div>
                      {(f.analysis?.categories ?? []).map((c) => (
                        <span key={c} className="pill">
                          {label(c)}
                        </span>
                      ))}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="plan-h">
          <h2 id="plan-h">Plan items</h2>
          {application.actionItems.length === 0 ? (
            <p className="muted">
              Nothing planned from this one yet. Feedback and debriefs turn into steps on your{' '}
              <a href={href('/plan')}>plan</a>.
            </p>
          ) : (
            <ul className="list">
              {application.actionItems.map((item) => (
                <li key={item.id}>
                  <div className="grow">{item.text}</div>
                  <span className="pill">{label(item.status)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
