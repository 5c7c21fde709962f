import type { Insights, TopThing } from '../../core/insights/insights.types';
import { ApiError, api } from '../api/api.client';
import { href } from '../app/app.router';
import { counted } from '../common/common.labels';
import { useLoad } from '../common/common.load';
import { EmptyState, label, ScreenTitle, Show } from '../common/common.ui';

async function loadInsights(): Promise<Insights | null> {
  try {
    return (await api.insights()) as Insights;
  } catch (error) {
    if (error instanceof ApiError && error.missingRoute) return null;
    throw error;
  }
}

export default function InsightsScreen() {
  const [loaded, reload] = useLoad(loadInsights, []);
  return (
    <section>
      <ScreenTitle>Insights</ScreenTitle>
      <Show loaded={loaded} what="insights" retry={reload}>
        {(insights) =>
          insights === null ? (
            <p className="notice">This server does not offer insights yet.</p>
          ) : (
            <InsightsView insights={insights} />
          )
        }
      </Show>
    </section>
  );
}

function InsightsView({ insights }: { insights: Insights }) {
  const { totals } = insights;
  if (totals.rejections === 0 && totals.feedback === 0) {
    return (
      <EmptyState title="Nothing to learn from yet — which is fine.">
        <p>
          Insights come from rejections and the feedback you collect. When one comes, use{' '}
          <a href={href('/rejection')}>I got a rejection</a>: patterns show here after a few.
        </p>
      </EmptyState>
    );
  }
  const rate = insights.feedbackRequests.responseRate;
  return (
    <div className="stack">
      <p className="lead">
        {[
          counted(totals.applications, 'application'),
          counted(totals.rejections, 'rejection'),
          counted(totals.feedback, 'piece of feedback', 'pieces of feedback'),
          counted(totals.offers, 'offer'),
        ].join(' · ')}
      </p>
      <section className="card" aria-labelledby="top-h">
        <h2 id="top-h" style={{ marginTop: 0 }}>
          The top three things to work on
        </h2>
        {insights.topThree.length === 0 ? (
          <p className="muted">Not enough feedback yet to say.</p>
        ) : (
          <ol>
            {insights.topThree.map((thing: TopThing) => (
              <li key={thing.key} className="top-thing">
                <strong>{thing.title}</strong> <span className="pill">{label(thing.category)}</span>
                <div>{thing.advice}</div>
                <div className="muted">Evidence: {thing.evidence}</div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="stage-h">
          <h2 id="stage-h" style={{ marginTop: 0 }}>
            Where rejections happen
          </h2>
          <BarChart
            title="Rejections by stage"
            rows={insights.rejectionsByStage.map((s) => ({ label: label(s.stage), value: s.count }))}
          />
        </section>
        <section className="card" aria-labelledby="cat-h">
          <h2 id="cat-h" style={{ marginTop: 0 }}>
            What the feedback is about
          </h2>
          <BarChart
            title="Feedback by category"
            rows={insights.categories.map((c) => ({ label: label(c.category), value: c.count }))}
          />
        </section>
        <section className="card" aria-labelledby="req-h">
          <h2 id="req-h" style={{ marginTop: 0 }}>
            Feedback requests
          </h2>
          <p>
            {insights.feedbackRequests.sent} sent, {insights.feedbackRequests.replied} answered
            {rate !== null ? ` (${Math.round(rate * 100)}%)` : ''}.
            {insights.feedbackRequests.medianDaysToReply !== null &&
              ` Replies take ${insights.feedbackRequests.medianDaysToReply} days (median).`}
          </p>
          {insights.specifics.length > 0 && (
            <>
              <h3>Specifics that keep coming up</h3>
              <ul>
                {insights.specifics.slice(0, 8).map((s) => (
                  <li key={s.specific}>
                    {s.specific} ×{s.count}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      {insights.byMonth.length > 0 && (
        <section className="card" aria-labelledby="month-h">
          <h2 id="month-h" style={{ marginTop: 0 }}>
            Over time
          </h2>
          <BarChart
            title="Rejections per month"
            rows={insights.byMonth.map((m) => ({
              label: m.month,
              value: m.rejections,
              note: Object.entries(m.categories)
                .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
                .slice(0, 2)
                .map(([c]) => label(c))
                .join(', '),
            }))}
          />
        </section>
      )}
    </div>
  );
}

/** A horizontal bar chart in inline SVG, with the numbers also in a table for screen readers. */
function BarChart({ title, rows }: { title: string; rows: { label: string; value: number; note?: string }[] }) {
  if (rows.length === 0) return <p className="muted">No data yet.</p>;
  const max = Math.max(...rows.map((r) => r.value), 1);
  // Sized for a card about 340 px wide, so the text stays near its CSS size; wider cards cap it (max-width).
  const rowHeight = 28;
  const labelWidth = 110;
  const width = 340;
  const barSpace = width - labelWidth - 40;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="chart"
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`}
        width="100%"
        style={{ maxWidth: `${width * 1.4}px` }}
        role="img"
        aria-label={`${title}: ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}`}
      >
        {rows.map((row, i) => {
          const y = i * rowHeight + 4;
          const w = Math.max((row.value / max) * barSpace, row.value > 0 ? 2 : 0);
          return (
            <g key={row.label}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end">
                {row.label}
              </text>
              <rect className="bar" x={labelWidth} y={y + 4} width={w} height={rowHeight - 10} rx={3} />
              <text x={labelWidth + w + 6} y={y + 17}>
                {row.value}
                {row.note ? ` · ${row.note}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
