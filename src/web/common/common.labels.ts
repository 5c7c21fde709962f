import type { Application } from '../../core/applications/applications.schema';

/** The board's columns: open applications by stage, closed ones by how they ended. */
export const boardColumns = [
  { key: 'applied', label: 'Applied' },
  { key: 'screen', label: 'Screen' },
  { key: 'interview', label: 'Interview' },
  { key: 'final', label: 'Final round' },
  { key: 'offer', label: 'Offer' },
  { key: 'rejected', label: 'Rejected' },
  { key: 'ghosted', label: 'Ghosted' },
  { key: 'no_response', label: 'No response' },
  { key: 'withdrawn', label: 'Withdrawn' },
] as const;

export type BoardColumnKey = (typeof boardColumns)[number]['key'];

export function columnOf(application: Pick<Application, 'stage' | 'outcome'>): BoardColumnKey {
  switch (application.outcome) {
    case 'open':
      return application.stage;
    case 'offer_accepted':
    case 'offer_declined':
      return 'offer';
    default:
      return application.outcome;
  }
}

/** "Rejected at interview", "Interview", "Offer accepted": where an application stands, in words. */
export function statusText(application: Pick<Application, 'stage' | 'outcome'>): string {
  const stage = boardColumns.find((c) => c.key === application.stage)?.label ?? application.stage;
  switch (application.outcome) {
    case 'open':
      return stage;
    case 'rejected':
      return `Rejected at ${stage.toLowerCase()}`;
    case 'offer_accepted':
      return 'Offer accepted';
    case 'offer_declined':
      return 'Offer declined';
    case 'no_response':
      return 'No response';
    default:
      return `${application.outcome.charAt(0).toUpperCase()}${application.outcome.slice(1)}`;
  }
}

/**
 * A count with its noun, singular or plural: "1 application", "3 pieces of feedback".
 *
 * @example
 * counted(1, 'offer'); // '1 offer'
 * counted(2, 'piece of feedback', 'pieces of feedback'); // '2 pieces of feedback'
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
