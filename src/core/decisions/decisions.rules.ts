/**
 * The etiquette timings from DESIGN.md in one place, so the agenda, the drafts and the reasons all agree.
 * Every function that uses them takes an optional partial override (a user may prefer 14 days to ghosted).
 */
export const defaultTimingRules = {
  /** A debrief is due within 24 h of the interview's end… */
  debriefDueHours: 24,
  /** …and is best written within 30 minutes, while the questions are fresh. */
  debriefBestMinutes: 30,
  /** A thank-you note per interviewer within 24 h of the interview's end. */
  thankYouDueHours: 24,
  /** Nobody should write back in the first sting of a rejection. */
  feedbackCoolingOffHours: 3,
  /**
   * A cooling-off that ends at night moves to this hour the next morning: a rejection read at 21:30 should not
   * put "write now" on the agenda at half past midnight.
   */
  feedbackEarliestMorningHour: 8,
  /** From this hour on, the evening is too late to start writing a feedback request. */
  feedbackLatestEveningHour: 21,
  /** Then ask within 1–2 business days, while they still remember the interview. */
  feedbackRequestBusinessDays: 2,
  /** After a week the request reads as odd and memories have faded. */
  feedbackRequestLastDays: 7,
  /** One polite nudge after 5–7 business days without a reply. */
  nudgeAfterBusinessDays: 5,
  nudgeLatestBusinessDays: 7,
  /** After the nudge, wait this long before closing the request as "no reply". */
  closeAfterNudgeBusinessDays: 5,
  /**
   * A request never nudged is closed all the same once the nudge window is over and the wait a nudge would have
   * had has passed too (7 + 5): a nudge two weeks late reads as chasing.
   */
  closeUnnudgedBusinessDays: 12,
  /** Silence this long after the last sign of life means ghosted. */
  ghostedAfterDays: 21,
  /** Keep-in-touch cadence when a contact has none of their own: about every three months. */
  keepInTouchDays: 90,
} as const;

export type TimingRules = { -readonly [K in keyof typeof defaultTimingRules]: number };

const merged = new WeakMap<Partial<TimingRules>, TimingRules>();

/**
 * The default rules with the caller's overrides on top (remembered per overrides object, since the agenda
 * passes the same one to thousands of calls).
 *
 * @example
 * timingRules({ ghostedAfterDays: 14 }).ghostedAfterDays; // 14
 */
export function timingRules(overrides?: Partial<TimingRules>): TimingRules {
  if (!overrides) return defaultTimingRules;
  let rules = merged.get(overrides);
  if (!rules) {
    rules = { ...defaultTimingRules, ...overrides };
    merged.set(overrides, rules);
  }
  return rules;
}
