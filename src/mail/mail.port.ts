import type { MailPort } from '../services/mail/mail-outbox.service';
import { decryptSecret, encryptSecret, loadSecretKey } from './mail.secrets';
import { sendMail, toEml, toMailto } from './mail.sender';

/**
 * The mail layer as the services see it: SMTP sending, `.eml`, `mailto:` and encryption of the mail password
 * under the key from `NEXTROUND_SECRET_KEY` or the data folder.
 *
 * @example
 * const services = createServices(store, { mail: await createMailPort(dataDir) });
 */
export async function createMailPort(dataDir: string): Promise<MailPort> {
  const key = await loadSecretKey(dataDir);
  return {
    send: ({ password, user, ...settings }, mail) =>
      sendMail({ ...settings, ...(user ? { user } : {}), ...(password ? { password } : {}) }, mail),
    toEml: (mail) => toEml(mail),
    toMailto: (mail) => toMailto(mail),
    encrypt: (plain, context) => encryptSecret(plain, key, context),
    decrypt: (stored, context) => decryptSecret(stored, key, context).reveal(),
  };
}
