import type { AppSession } from './e2e.browser';

/** An application with two interviewers and a past interview, set up through the API (not what the test is about). */
export async function applicationWithInterview(app: AppSession, startsAt = '2026-11-20T14:00:00.000Z') {
  const application = await app.api<{ id: string }>('POST', '/api/applications', {
    company: 'Northwind Traders',
    role: 'Data Analyst',
    stage: 'interview',
  });
  const dana = await app.api<{ id: string }>('POST', '/api/contacts', {
    applicationId: application.id,
    name: 'Dana Whitfield',
    role: 'hiring_manager',
    email: 'dana@northwind.example',
    connectedWell: true,
  });
  const lee = await app.api<{ id: string }>('POST', '/api/contacts', {
    applicationId: application.id,
    name: 'Lee Chen',
    role: 'interviewer',
    email: 'lee@northwind.example',
  });
  const interview = await app.api<{ id: string }>('POST', '/api/interviews', {
    applicationId: application.id,
    round: 1,
    type: 'technical',
    format: 'video',
    startsAt,
    timeZone: 'Europe/London',
    interviewerIds: [dana.id, lee.id],
  });
  return { application, dana, lee, interview };
}
