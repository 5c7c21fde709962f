/**
 * iCalendar (RFC 5545) writer for the agenda feed: pure, so the server (`/api/agenda.ics`), the CLI
 * (`nextround agenda --ics`) and the browser (a download) produce the same bytes.
 */

/** One due item. `AgendaItem` from core/agenda fits; `reason` is used when there is no description. */
export interface CalendarItem {
  /** Stable id: it becomes the UID, so re-importing or refreshing the feed updates instead of duplicating. */
  id: string;
  kind: string;
  title: string;
  /** UTC ISO instant the item is due. */
  dueAt: string;
  description?: string | null;
  reason?: string | null;
  url?: string | null;
}

export interface CalendarOptions {
  /** The current time, for DTSTAMP (core takes time as an argument). */
  now: Date;
  /** VEVENT shows in every calendar app (Google Calendar ignores VTODO); VTODO suits task apps. */
  component?: 'VEVENT' | 'VTODO';
  /** Reminders, in minutes before the due time (default: a day before and an hour before). */
  remindersMinutesBefore?: number[];
  /** Length of the event that ends at the due time (default 30 minutes; VEVENT only). */
  durationMinutes?: number;
  /** Calendar name shown by clients. */
  name?: string;
  /** Domain part of UIDs (RFC 5545 recommends a domain); default `nextround.app`. */
  uidDomain?: string;
}

const CRLF = '\r\n';

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in a content line (RFC 5545 §3.1); a tab is.
      .replace(/\p{Cc}/gu, (char) => (char === '\t' ? char : ''))
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space, and a UTF-8
 * character is never split across lines.
 *
 * @example
 * foldLine(`DESCRIPTION:${'x'.repeat(100)}`); // 'DESCRIPTION:xxx…\r\n xxx…'
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // Continuation lines carry a leading space, which counts towards their 75 octets.
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `20261124T093000Z` from an ISO instant. */
function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** An RFC 5545 duration before the anchor: 1440 → `-P1D`, 90 → `-PT1H30M`, 0 → `PT0M`. */
function durationBefore(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  if (total === 0) return 'PT0M';
  if (total % 1440 === 0) return `-P${total / 1440}D`;
  const hours = Math.floor(total / 60);
  const mins = total % 60;
  return `-PT${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
}

/** A UID safe in any client: the item id with only unreserved characters, plus a domain. */
function uid(id: string, domain: string): string {
  return `${id.replace(/[^A-Za-z0-9._~-]/g, (c) => `-${c.charCodeAt(0).toString(16)}`)}@${domain}`;
}

const kindLabels: Record<string, string> = {
  debrief: 'Debrief',
  'thank-you': 'Thank-you note',
  'feedback-request': 'Feedback request',
  nudge: 'Nudge',
  'close-no-reply': 'Close without reply',
  'keep-in-touch': 'Keep in touch',
  'plan-step': 'Plan step',
  'ghosted-check': 'Check for a reply',
  message: 'Message',
};

/**
 * Turns due items into a VCALENDAR: one VEVENT (ending at the due time) or VTODO (due at it) per item, each
 * with VALARM reminders, stable UIDs, DTSTAMP, escaped text, 75-octet folding and CRLF line ends.
 * Items whose `dueAt` is not a valid date are left out rather than breaking the whole feed.
 *
 * @example
 * const ics = agendaToIcs(agenda.dueToday, { now: new Date() });
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…'
 */
export function agendaToIcs(items: readonly CalendarItem[], options: CalendarOptions): string {
  const component = options.component ?? 'VEVENT';
  const reminders = options.remindersMinutesBefore ?? [1440, 60];
  const duration = options.durationMinutes ?? 30;
  const domain = options.uidDomain ?? 'nextround.app';
  const stamp = utcStamp(options.now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Nextround//Agenda//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name ?? 'Nextround')}`,
    // Subscribed feeds: ask clients to refresh hourly (Apple/Google read these).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const item of items) {
    const due = new Date(item.dueAt);
    if (Number.isNaN(due.getTime())) continue;
    const label = kindLabels[item.kind] ?? item.kind;
    const description = item.description ?? item.reason ?? null;
    lines.push(`BEGIN:${component}`, `UID:${uid(item.id, domain)}`, `DTSTAMP:${stamp}`);
    if (component === 'VEVENT') {
      lines.push(
        `DTSTART:${utcStamp(new Date(due.getTime() - duration * 60_000))}`,
        `DTEND:${utcStamp(due)}`,
        'TRANSP:TRANSPARENT',
      );
    } else {
      lines.push(`DUE:${utcStamp(due)}`, 'STATUS:NEEDS-ACTION');
    }
    lines.push(`SUMMARY:${escapeText(item.title)}`, `CATEGORIES:${escapeText(label)}`);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (item.url && /^https?:\/\/[^\s"<>]+$/i.test(item.url)) lines.push(`URL:${item.url}`);
    for (const minutes of reminders) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(item.title)}`,
        // Relative to the due time: DTEND of an event, DUE of a to-do (RFC 5545 §3.8.6.3).
        `TRIGGER;RELATED=END:${durationBefore(minutes)}`,
        'END:VALARM',
      );
    }
    lines.push(`END:${component}`);
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
