import { z } from 'zod';
import { ValidationError } from '../../core/errors';
import { lintMessageSync } from '../../core/lint/lint.engine';
import { lintRequestSchema } from '../../core/lint/lint.schema';
import { draftRequest } from '../../services/advice/advice.service';
import { dictionaryEdit, mePatch } from '../../services/me/me.service';
import type { Services } from '../../services/services';
import type { Actor } from '../../services/services.context';
import type { RouteSpec } from '../server.routes';

const agendaQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });
const analyzeRequest = z.object({ text: z.string().trim().min(1).max(20_000) });

/** The advice engine's routes: agenda, insights, the feedback-request decision, drafts, analysis, profile. */
export function adviceRoutes(services: Services, actorOf: (c: unknown) => Actor): RouteSpec[] {
  const { advice, me } = services;
  return [
    {
      method: 'get',
      path: '/api/agenda',
      tag: 'advice',
      summary:
        'What is overdue, due today and due this week (debriefs, thank-you notes, requests, nudges, plan steps…); `counts` has the full totals when a list is cut at `limit`',
      query: agendaQuery,
      handler: (c, { query }) => advice.agenda(actorOf(c), { limit: agendaQuery.parse(query).limit }),
    },
    {
      method: 'get',
      path: '/api/insights',
      tag: 'advice',
      summary: 'Rejections by stage, feedback categories and specifics over time, response rates, the top three',
      handler: (c) => advice.insights(actorOf(c)),
    },
    {
      method: 'get',
      path: '/api/applications/:id/recommendation',
      tag: 'advice',
      summary: 'Whether to ask for feedback, whom, through which channel and when, with the reasons',
      handler: (c, { params }) => advice.recommendation(actorOf(c), params.id ?? ''),
    },
    {
      method: 'post',
      path: '/api/drafts',
      tag: 'advice',
      summary: 'Draft a message (thank-you, feedback request, nudge, …) from the stored data, with its reasons',
      body: draftRequest,
      handler: (c, { body }) => advice.draft(actorOf(c), body),
    },
    {
      method: 'post',
      path: '/api/feedback/analyze',
      tag: 'advice',
      summary: 'Analyse feedback text without saving it: categories, vague, specifics, actions, follow-up question',
      body: analyzeRequest,
      handler: (_c, { body }) => {
        const parsed = analyzeRequest.safeParse(body);
        if (!parsed.success) throw new ValidationError('text: required');
        return services.analyzeFeedback(parsed.data.text);
      },
    },
    {
      method: 'post',
      path: '/api/lint',
      tag: 'advice',
      summary:
        'Lint a message: tone, spelling and grammar, personalisation (the instant checks; the WebAssembly proofreader runs in the browser and the CLI)',
      body: lintRequestSchema,
      handler: async (c, { body }) => {
        const { text, ...options } = lintRequestSchema.parse(body);
        const { dictionary } = await me.get(actorOf(c));
        return {
          issues: lintMessageSync(text, { ...options, dictionary: [...dictionary, ...(options.dictionary ?? [])] }),
        };
      },
    },
    {
      method: 'get',
      path: '/api/agenda.ics',
      tag: 'advice',
      summary: 'The agenda as an iCalendar feed; the private token in the address is the only credential',
      query: z.object({ token: z.string().max(200), component: z.enum(['VEVENT', 'VTODO']).optional() }),
      handler: async (c, { query }) => {
        const actor = actorOf(c);
        await me.checkCalendarToken(actor, query.token);
        const origin = new URL(c.req.url).origin;
        const component = query.component === 'VTODO' ? 'VTODO' : 'VEVENT';
        const ics = await advice.agendaIcs(actor, { component, baseUrl: origin });
        return c.body(ics, 200, {
          'content-type': 'text/calendar; charset=utf-8',
          'cache-control': 'private, no-store',
        });
      },
    },
    {
      method: 'get',
      path: '/api/me/calendar',
      tag: 'profile',
      summary: 'The private address of your agenda feed (made on first use)',
      handler: async (c) => {
        const token = await me.calendarToken(actorOf(c));
        return { url: `${new URL(c.req.url).origin}/api/agenda.ics?token=${token}` };
      },
    },
    {
      method: 'post',
      path: '/api/me/calendar/rotate',
      tag: 'profile',
      summary: 'Replace the agenda feed address (the old one stops working)',
      handler: async (c) => {
        const token = await me.calendarToken(actorOf(c), { rotate: true });
        return { url: `${new URL(c.req.url).origin}/api/agenda.ics?token=${token}` };
      },
    },
    {
      method: 'get',
      path: '/api/me',
      tag: 'profile',
      summary: 'Your name, time zone and settings',
      handler: (c) => me.get(actorOf(c)),
    },
    {
      method: 'patch',
      path: '/api/me',
      tag: 'profile',
      summary: 'Change your name, time zone, dictionary or ghosted-after days',
      body: mePatch,
      handler: (c, { body }) => me.update(actorOf(c), body),
    },
    {
      method: 'post',
      path: '/api/me/dictionary',
      tag: 'profile',
      summary: 'Add words to your dictionary or take them out, against the dictionary as it is now',
      body: dictionaryEdit,
      handler: (c, { body }) => me.editDictionary(actorOf(c), body),
    },
  ];
}
