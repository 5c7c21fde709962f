import { z } from 'zod';
import { idSchema, isoDateTime, optionalText, shortText } from '../common.schema';

export const contactRoles = [
  'interviewer',
  'hiring_manager',
  'recruiter',
  'agency_recruiter',
  'referrer',
  'hr',
] as const;
export const contactRoleSchema = z.enum(contactRoles);
export type ContactRole = z.infer<typeof contactRoleSchema>;

/** How to greet them, as typed but without stray spaces; blank is none. */
const greetAsSchema = optionalText(100).transform((value) => value?.trim() ?? null);

export const contactInput = z.object({
  applicationId: idSchema.nullish().transform((v) => v ?? null),
  name: shortText(),
  greetAs: greetAsSchema,
  role: contactRoleSchema,
  title: optionalText(200),
  company: optionalText(200),
  email: z
    .email()
    .max(320)
    .nullish()
    .transform((v) => v ?? null),
  phone: optionalText(50),
  connectedWell: z.boolean().default(false),
  keepInTouchDays: z
    .number()
    .int()
    .min(7)
    .max(730)
    .nullish()
    .transform((v) => v ?? null),
  lastContactedAt: isoDateTime.nullish().transform((v) => v ?? null),
  notes: optionalText(),
});
export type ContactInput = z.input<typeof contactInput>;
export type NewContact = z.output<typeof contactInput>;

export const contactPatch = z
  .object({
    name: shortText(),
    greetAs: greetAsSchema,
    role: contactRoleSchema,
    title: optionalText(200),
    company: optionalText(200),
    email: z.email().max(320).nullable(),
    phone: optionalText(50),
    connectedWell: z.boolean(),
    keepInTouchDays: z.number().int().min(7).max(730).nullable(),
    lastContactedAt: isoDateTime.nullable(),
    notes: optionalText(),
  })
  .partial()
  .strict();
export type ContactPatch = z.output<typeof contactPatch>;

export interface Contact {
  id: string;
  userId: string;
  applicationId: string | null;
  name: string;
  /**
   * How to greet them when their name alone does not say ("Mr Wang" for "Wang Wei", written family name
   * first); null greets them by the first name, or title and surname after an honorific.
   */
  greetAs: string | null;
  role: ContactRole;
  title: string | null;
  company: string | null;
  email: string | null;
  phone: string | null;
  connectedWell: boolean;
  keepInTouchDays: number | null;
  lastContactedAt: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}
