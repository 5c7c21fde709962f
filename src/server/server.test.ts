import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../services/services';
import type { Store } from '../store/store';
import { testBackends } from '../testing/test-stores';
import { type RunningServer, startServer } from './server';

describe.each(await testBackends())('HTTP API on $name', ({ open }) => {
  let store: Store;
  let server: RunningServer;
  const call = async (method: string, path: string, body?: unknown, raw?: string) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  };

  beforeAll(async () => {
    store = await open();
    server = await startServer(createServices(store), { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('answers health and an OpenAPI document that lists the routes', async () => {
    expect((await call('GET', '/api/health')).status).toBe(200);
    const { json } = await call('GET', '/api/openapi.json');
    expect(json.openapi).toBe('3.1.0');
    expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(['/api/applications', '/api/applications/{id}']));
    expect(json.paths['/api/applications'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['company', 'role']),
    );
  });

  it('creates, lists, shows and changes an application', async () => {
    const created = await call('POST', '/api/applications', { company: 'Contoso', role: 'Support Engineer' });
    expect(created.status).toBe(201);
    expect(typeof created.json.id).toBe('string');
    const list = await call('GET', '/api/applications?limit=10');
    expect(list.status).toBe(200);
    expect(list.json.items.map((a: { id: string }) => a.id)).toContain(created.json.id);
    const patched = await call('PATCH', `/api/applications/${created.json.id}`, { stage: 'screen' });
    expect(patched.json.stage).toBe('screen');
    const detail = await call('GET', `/api/applications/${created.json.id}`);
    expect(detail.json.events).toHaveLength(2);
    expect(detail.json).toHaveProperty('interviews');
    expect(detail.json).toHaveProperty('feedback');
  });

  it('answers 4xx JSON errors for everything a caller can get wrong', async () => {
    const cases: Array<[string, string, unknown, string | undefined, number, string]> = [
      ['POST', '/api/applications', undefined, '{"company": "A", ', 400, 'validation_error'],
      ['POST', '/api/applications', { company: 5, role: 'x' }, undefined, 400, 'validation_error'],
      ['POST', '/api/applications', { company: 'A', role: 'B', stage: 'hired!' }, undefined, 400, 'validation_error'],
      ['POST', '/api/applications', [], undefined, 400, 'validation_error'],
      ['GET', '/api/applications/does-not-exist', undefined, undefined, 404, 'not_found'],
      ['PATCH', '/api/applications/does-not-exist', { role: 'x' }, undefined, 404, 'not_found'],
      ['GET', '/api/applications?limit=-3', undefined, undefined, 400, 'validation_error'],
      ['GET', '/api/nothing-here', undefined, undefined, 404, 'not_found'],
      [
        'POST',
        '/api/applications',
        undefined,
        JSON.stringify({ company: 'A', role: 'x'.repeat(2_000_000) }),
        413,
        'payload_too_large',
      ],
    ];
    for (const [method, path, body, raw, status, code] of cases) {
      const answer = await call(method, path, body, raw);
      expect({ path, status: answer.status, code: answer.json?.error?.code }).toEqual({ path, status, code });
      expect(typeof answer.json.error.message).toBe('string');
    }
  });

  it('records a rejection with how it arrived', async () => {
    const app = await call('POST', '/api/applications', {
      company: 'Tailspin',
      role: 'Ops Manager',
      stage: 'interview',
    });
    const event = await call('POST', `/api/applications/${app.json.id}/events`, {
      outcome: 'rejected',
      channel: 'phone',
      note: 'Called to say they went with someone with more retail experience',
    });
    expect(event.status).toBe(201);
    const after = await call('GET', `/api/applications/${app.json.id}`);
    expect(after.json.outcome).toBe('rejected');
    expect(after.json.events.at(-1)).toMatchObject({ outcome: 'rejected', channel: 'phone' });
  });
});

describe('advice routes', () => {
  it('lints, analyses and drafts over HTTP with 4xx for bad input', async () => {
    const { openStore } = await import('../store/store');
    const store = await openStore({ kind: 'sqlite', file: ':memory:' });
    const server = await startServer(createServices(store), { port: 0 });
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    };
    try {
      const lint = await post('/api/lint', { text: "Why didn't I get the job?", kind: 'feedback-request' });
      expect(lint.json.issues.map((i: { rule: string }) => i.rule)).toContain('tone.generic-why');
      const analysis = await post('/api/feedback/analyze', { text: 'Your system design answer skipped caching.' });
      expect(analysis.status).toBe(200);
      expect(analysis.json.categories.length).toBeGreaterThan(0);
      expect((await post('/api/feedback/analyze', { text: '' })).status).toBe(400);
      expect((await post('/api/drafts', { kind: 'thank-you', applicationId: 'missing' })).status).toBe(404);
      expect((await post('/api/drafts', { kind: 'love-letter', applicationId: 'x' })).status).toBe(400);
      const agenda = await fetch(`${server.url}/api/agenda`);
      expect(agenda.status).toBe(200);
      expect(await agenda.json()).toHaveProperty('overdue');
      expect((await fetch(`${server.url}/api/insights`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/dev/clock`, { method: 'PUT' })).status).toBe(404);
    } finally {
      await server.close();
      await store.close();
    }
  });
});

describe('agenda feed', () => {
  it('serves the agenda as iCalendar only at its private address', async () => {
    const { openStore } = await import('../store/store');
    const store = await openStore({ kind: 'sqlite', file: ':memory:' });
    const server = await startServer(createServices(store), { port: 0 });
    try {
      expect((await fetch(`${server.url}/api/agenda.ics?token=guess`)).status).toBe(403);
      const { url } = (await (await fetch(`${server.url}/api/me/calendar`)).json()) as { url: string };
      const feed = await fetch(url);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
      expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
      const rotated = (await (await fetch(`${server.url}/api/me/calendar/rotate`, { method: 'POST' })).json()) as {
        url: string;
      };
      expect(rotated.url).not.toBe(url);
      expect((await fetch(url)).status).toBe(403);
      expect((await fetch(rotated.url)).status).toBe(200);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
