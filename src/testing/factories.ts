import type { ApplicationInput } from '../core/applications/applications.schema';
import type { ContactInput } from '../core/contacts/contacts.schema';
import type { InterviewInput } from '../core/interviews/interviews.schema';

/** Test data factories: the one place tests build domain inputs from. */
export const make = {
  application: (overrides: Partial<ApplicationInput> = {}): ApplicationInput => ({
    company: 'Northwind Traders',
    role: 'Data Analyst',
    ...overrides,
  }),
  contact: (overrides: Partial<ContactInput> = {}): ContactInput => ({
    name: 'Dana Whitfield',
    role: 'interviewer',
    email: 'dana@northwind.example',
    ...overrides,
  }),
  interview: (applicationId: string, overrides: Partial<InterviewInput> = {}): InterviewInput => ({
    applicationId,
    round: 1,
    type: 'technical',
    format: 'video',
    startsAt: '2026-11-20T14:00:00.000Z',
    timeZone: 'Europe/London',
    ...overrides,
  }),
};
