/** An email address with its display name ('' when there is none); the address is lower-cased. */
export interface MailAddress {
  name: string;
  address: string;
}

/** What kind of job email a message is. */
export const mailKinds = ['rejection', 'interview', 'offer', 'acknowledgement', 'other'] as const;
export type MailKind = (typeof mailKinds)[number];

/** The parts of an email the classifier reads; produced by `src/mail` on the server or by the browser. */
export interface MailContent {
  subject: string;
  from: MailAddress | null;
  /** The recipients: the user's own name, which is never the employer ("Alex Moreau / Tidewater Bank - Interview"). */
  to?: MailAddress[];
  /** Where replies go: the employer's own address when a platform or an e-signature service sends for it. */
  replyTo?: MailAddress | null;
  /** The body as plain text (HTML already converted). */
  text: string;
  /** The sender is a no-reply / do-not-reply address: a reply will not reach a person. */
  isNoReply: boolean;
  /** Signs of bulk mail: List-Unsubscribe / List-Id headers, `Precedence: bulk|list`. */
  bulk: { listUnsubscribe: boolean; listId: boolean; precedence: string | null };
  /** The message carries a text/calendar invitation. */
  calendarInvite: boolean;
  /** The user wrote it (a Gmail Takeout "Sent" label): their own thank-you note is not news from an employer. */
  sentByUser?: boolean;
  /** An automatic reply (Auto-Submitted: auto-replied, out-of-office). */
  autoReply?: boolean;
}

export interface MailClassification {
  kind: MailKind;
  /** The employer (never the hiring platform or the agency), or null when the email does not say. */
  company: string | null;
  role: string | null;
  /** 0–1: how sure the kind is, lowered when the employer rests on weak or conflicting evidence. */
  confidence: number;
  /** The hiring platform that sent it (Greenhouse, Workday…), when recognised. */
  platform: string | null;
  /** The recruitment agency that sent it, when it is an agency email. */
  agency: string | null;
  /** Short notes on what decided the kind, for the review screen. */
  reasons: string[];
}
