import { z } from 'zod';
import {
  applicationInput,
  applicationListQuery,
  applicationPatch,
  stageEventInput,
} from '../../core/applications/applications.schema';
import { listQuery } from '../../core/common.schema';
import { contactInput, contactPatch } from '../../core/contacts/contacts.schema';
import { feedbackInput } from '../../core/feedback/feedback.schema';
import { debriefInput, interviewInput, interviewPatch } from '../../core/interviews/interviews.schema';
import { messageInput, messageListQuery, messagePatch } from '../../core/messages/messages.schema';
import { actionItemInput, actionItemPatch } from '../../core/plan/plan.schema';
import { storyInput, storyPatch } from '../../core/stories/stories.schema';
import { planListQuery } from '../../services/plan/plan.service';
import type { Services } from '../../services/services';
import type { Actor } from '../../services/services.context';
import type { RouteSpec } from '../server.routes';

const withIds = <S extends z.ZodObject>(schema: S) =>
  schema.extend({ id: z.string(), userId: z.string(), createdAt: z.string() });

/**
 * The tracker's REST routes: applications and their history, contacts, interviews and debriefs, messages,
 * feedback, plan items and stories. Thin: every route calls one service.
 */
export function trackerRoutes(services: Services, actorOf: (c: unknown) => Actor): RouteSpec[] {
  const { applications, contacts, interviews, messages, feedback, plan, stories } = services;
  return [
    {
      method: 'get',
      path: '/api/applications',
      tag: 'applications',
      summary: 'List applications (most recently changed first)',
      query: applicationListQuery,
      response: z.object({
        items: z.array(withIds(applicationInput)),
        total: z.number(),
        limit: z.number(),
        offset: z.number(),
      }),
      handler: (c, { query }) => applications.list(actorOf(c), query),
    },
    {
      method: 'post',
      path: '/api/applications',
      tag: 'applications',
      summary: 'Add an application',
      body: applicationInput,
      status: 201,
      response: withIds(applicationInput),
      handler: (c, { body }) => applications.create(actorOf(c), body),
    },
    {
      method: 'get',
      path: '/api/applications/:id',
      tag: 'applications',
      summary: 'An application with its events, contacts, interviews, debriefs, messages, feedback and plan items',
      response: withIds(applicationInput),
      handler: (c, { params }) => applications.detail(actorOf(c), params.id ?? ''),
    },
    {
      method: 'patch',
      path: '/api/applications/:id',
      tag: 'applications',
      summary: 'Change an application (a stage or outcome change is also recorded as an event)',
      body: applicationPatch,
      response: withIds(applicationInput),
      handler: (c, { params, body }) => applications.update(actorOf(c), params.id ?? '', body),
    },
    {
      method: 'delete',
      path: '/api/applications/:id',
      tag: 'applications',
      summary: 'Delete an application and everything attached to it',
      status: 204,
      handler: (c, { params }) => applications.delete(actorOf(c), params.id ?? ''),
    },
    {
      method: 'get',
      path: '/api/applications/:id/events',
      tag: 'applications',
      summary: 'The stage history of an application',
      handler: (c, { params }) => applications.events(actorOf(c), params.id ?? ''),
    },
    {
      method: 'post',
      path: '/api/applications/:id/events',
      tag: 'applications',
      summary: 'Record news: a stage reached or an outcome (a rejection, with how it arrived)',
      body: stageEventInput,
      status: 201,
      handler: (c, { params, body }) => applications.recordEvent(actorOf(c), params.id ?? '', body),
    },
    ...crud('contacts', 'contact', contacts, contactInput, contactPatch, actorOf, listQuery),
    ...crud('interviews', 'interview', interviews, interviewInput, interviewPatch, actorOf),
    {
      method: 'get',
      path: '/api/interviews/:id/debrief',
      tag: 'interviews',
      summary: 'The debrief of an interview',
      handler: (c, { params }) => interviews.debrief(actorOf(c), params.id ?? ''),
    },
    {
      method: 'put',
      path: '/api/interviews/:id/debrief',
      tag: 'interviews',
      summary: 'Save the debrief of an interview',
      body: debriefInput,
      handler: (c, { params, body }) => interviews.saveDebrief(actorOf(c), params.id ?? '', body),
    },
    ...crud('messages', 'message', messages, messageInput, messagePatch, actorOf, messageListQuery),
    {
      method: 'post',
      path: '/api/messages/:id/sent',
      tag: 'messages',
      summary: 'Mark a message as sent',
      handler: (c, { params }) => messages.markSent(actorOf(c), params.id ?? ''),
    },
    ...crud('feedback', 'feedback', feedback, feedbackInput, undefined, actorOf, listQuery),
    ...crud('plan', 'action item', plan, actionItemInput, actionItemPatch, actorOf, planListQuery),
    ...crud('stories', 'story', stories, storyInput, storyPatch, actorOf),
  ];
}

interface CrudService {
  create(actor: Actor, input: unknown): Promise<unknown>;
  get(actor: Actor, id: string): Promise<unknown>;
  delete(actor: Actor, id: string): Promise<void>;
  update?(actor: Actor, id: string, input: unknown): Promise<unknown>;
  list?(actor: Actor, query: unknown): Promise<unknown>;
}

/** The five routes of a plain collection: list, add, get, change, delete. */
function crud(
  collection: string,
  noun: string,
  service: CrudService,
  input: z.ZodObject,
  patch: z.ZodType | undefined,
  actorOf: (c: unknown) => Actor,
  query?: z.ZodType,
): RouteSpec[] {
  const base = `/api/${collection}`;
  const routes: RouteSpec[] = [
    {
      method: 'post',
      path: base,
      tag: collection,
      summary: `Add a ${noun}`,
      body: input,
      status: 201,
      response: withIds(input),
      handler: (c, { body }) => service.create(actorOf(c), body),
    },
    {
      method: 'get',
      path: `${base}/:id`,
      tag: collection,
      summary: `One ${noun}`,
      response: withIds(input),
      handler: (c, { params }) => service.get(actorOf(c), params.id ?? ''),
    },
    {
      method: 'delete',
      path: `${base}/:id`,
      tag: collection,
      summary: `Delete a ${noun}`,
      status: 204,
      handler: (c, { params }) => service.delete(actorOf(c), params.id ?? ''),
    },
  ];
  const { list, update } = service;
  if (list) {
    routes.push({
      method: 'get',
      path: base,
      tag: collection,
      summary: `List ${collection}`,
      ...(query ? { query } : {}),
      handler: (c, { query: q }) => list(actorOf(c), q),
    });
  }
  if (update && patch) {
    routes.push({
      method: 'patch',
      path: `${base}/:id`,
      tag: collection,
      summary: `Change a ${noun}`,
      body: patch,
      response: withIds(input),
      handler: (c, { params, body }) => update(actorOf(c), params.id ?? '', body),
    });
  }
  return routes;
}
