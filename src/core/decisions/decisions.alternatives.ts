import type { MessageKind } from '../messages/messages.schema';

/** Where the user lives, for the one rule that depends on it: the GDPR right of access. */
export type Region = 'uk' | 'eu' | 'other';

const ukZones = new Set(['Europe/London', 'Europe/Belfast', 'Europe/Jersey', 'Europe/Guernsey', 'Europe/Isle_of_Man']);

// EU and EEA member states (the GDPR applies in the EEA too).
const euZones = new Set([
  'Europe/Amsterdam',
  'Europe/Athens',
  'Europe/Berlin',
  'Europe/Bratislava',
  'Europe/Brussels',
  'Europe/Bucharest',
  'Europe/Budapest',
  'Europe/Busingen',
  'Europe/Copenhagen',
  'Europe/Dublin',
  'Europe/Helsinki',
  'Europe/Lisbon',
  'Europe/Ljubljana',
  'Europe/Luxembourg',
  'Europe/Madrid',
  'Europe/Malta',
  'Europe/Mariehamn',
  'Europe/Nicosia',
  'Europe/Oslo',
  'Europe/Paris',
  'Europe/Prague',
  'Europe/Riga',
  'Europe/Rome',
  'Europe/Sofia',
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Vaduz',
  'Europe/Vienna',
  'Europe/Vilnius',
  'Europe/Warsaw',
  'Europe/Zagreb',
  'Asia/Nicosia',
  'Asia/Famagusta',
  'Atlantic/Reykjavik',
  'Atlantic/Canary',
  'Atlantic/Madeira',
  'Atlantic/Azores',
  'Africa/Ceuta',
]);

/**
 * A best guess of the user's region from their time zone, used only when they have not said it.
 *
 * @example
 * regionFromTimeZone('Europe/London'); // 'uk'
 */
export function regionFromTimeZone(timeZone: string): Region {
  if (ukZones.has(timeZone)) return 'uk';
  if (euZones.has(timeZone)) return 'eu';
  return 'other';
}

/** Something to do when the feedback is not coming; each maps to a draft kind. */
export interface Alternative {
  kind: Extract<MessageKind, 'other-openings' | 'referral-request' | 'keep-in-touch' | 'subject-access-request'>;
  title: string;
  reason: string;
}

/**
 * What to do instead when feedback is not coming (no reply, too late, or not worth asking): other openings,
 * referrals elsewhere, a keep-in-touch cadence and, in the UK or the EU, a subject access request as a last,
 * formal resort.
 *
 * @example
 * noFeedbackAlternatives({ company: 'Acme', region: 'uk' }).map((a) => a.kind);
 * // ['keep-in-touch', 'other-openings', 'referral-request', 'subject-access-request']
 */
export function noFeedbackAlternatives(options: {
  company: string;
  region: Region;
  keepInTouchDays?: number;
  includeSubjectAccess?: boolean;
}): Alternative[] {
  const months = Math.max(1, Math.round((options.keepInTouchDays ?? 90) / 30));
  const alternatives: Alternative[] = [
    {
      kind: 'keep-in-touch',
      title: `Keep in touch with your contact at ${options.company}`,
      reason: `Many employers never give feedback, often for legal reasons; a short, friendly note every ${months === 1 ? 'month' : `${months} months`} keeps the relationship that outlives the "no".`,
    },
    {
      kind: 'other-openings',
      title: `Ask about other openings at ${options.company}`,
      reason: 'You already know the people and the process; a nearby role may suit you better than the one you missed.',
    },
    {
      kind: 'referral-request',
      title: 'Ask for an introduction to colleagues elsewhere',
      reason:
        'People who interviewed you know your level; an introduction from them is worth more than a cold application.',
    },
  ];
  if (options.region !== 'other' && options.includeSubjectAccess !== false) {
    alternatives.push({
      kind: 'subject-access-request',
      title: 'Subject access request for your interview notes',
      reason: `${options.region === 'uk' ? 'Under the UK GDPR' : 'Under the GDPR'} (Article 15) you can ask for the personal data held about you, including interview notes and scores; they have one month to answer. It is formal, so keep it as the last resort.`,
    });
  }
  return alternatives;
}
