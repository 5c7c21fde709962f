import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { DomainError } from '../core/errors';

/** File in the data folder that holds the key when NEXTROUND_SECRET_KEY is not set. */
export const secretKeyFileName = 'secret.key';

const version = 'v1';
const ivBytes = 12;
const tagBytes = 16;

/** A secret could not be decrypted: wrong key, or the stored value was changed. */
export class SecretError extends DomainError {
  constructor(message: string) {
    super('secret_unreadable', message, 422);
  }
}

/**
 * A decrypted secret that does not show itself: logging, JSON and `util.inspect` print `[redacted]`.
 * Only `reveal()` returns the value, at the one place that needs it (the SMTP/IMAP login).
 *
 * @example
 * const password = new Secret('hunter2');
 * console.log({ password }); // { password: [redacted] }
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [inspect.custom](): string {
    return '[redacted]';
  }
}

function keyFromEnvironment(value: string): Buffer {
  const trimmed = value.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  const decoded = Buffer.from(trimmed, 'base64');
  if (decoded.length === 32 && /^[A-Za-z0-9+/]+=*$/.test(trimmed)) return decoded;
  // A passphrase: stretch it, so a short value is still a full-strength AES-256 key.
  return scryptSync(trimmed, 'nextround-secret-key-v1', 32);
}

/**
 * The key that encrypts mail passwords at rest: `NEXTROUND_SECRET_KEY` (64 hex characters, 32 bytes in base64,
 * or a passphrase) when set — what a hosted deployment uses — else `secret.key` in the data folder, created on
 * first use with mode 0600 so only the user can read it.
 *
 * @example
 * const key = await loadSecretKey('/home/jamie/.local/share/nextround');
 */
export async function loadSecretKey(
  dataDir: string,
  env: Record<string, string | undefined> = process.env,
): Promise<Buffer> {
  const fromEnv = env.NEXTROUND_SECRET_KEY;
  if (fromEnv && fromEnv.trim() !== '') return keyFromEnvironment(fromEnv);
  const file = join(dataDir, secretKeyFileName);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const exists = await stat(file).catch(() => null);
  if (!exists) {
    // Write the key aside, then link it into place: link() fails if the file exists, so two processes starting
    // at once never overwrite each other's key, and no reader ever sees a half-written file.
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      await link(temporary, file);
    } catch (error) {
      if (!(error && typeof error === 'object' && 'code' in error && error.code === 'EEXIST')) throw error;
    } finally {
      await unlink(temporary);
    }
  }
  const info = await stat(file);
  if ((info.mode & 0o077) !== 0) await chmod(file, 0o600);
  const text = (await readFile(file, 'utf8')).trim();
  if (!/^[0-9a-f]{64}$/i.test(text))
    throw new SecretError(`${file} does not hold a valid key (64 hex characters); restore it from a backup.`);
  return Buffer.from(text, 'hex');
}

/**
 * Encrypts a secret with AES-256-GCM. `context` (e.g. `smtp:<userId>`) is authenticated with it, so a value
 * copied to another user's row or field does not decrypt. Output: `v1:<iv>:<tag>:<ciphertext>` in base64url.
 *
 * @example
 * const stored = encryptSecret('hunter2', key, 'smtp:user_1');
 */
export function encryptSecret(plain: string, key: Buffer, context = ''): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [version, iv.toString('base64url'), tag.toString('base64url'), data.toString('base64url')].join(':');
}

/**
 * Decrypts a value from `encryptSecret` into a `Secret` (which never prints itself).
 * Throws `SecretError` when the key or the context is wrong, or the value was tampered with.
 *
 * @example
 * const password = decryptSecret(stored, key, 'smtp:user_1').reveal();
 */
export function decryptSecret(stored: string, key: Buffer, context = ''): Secret {
  const [tagVersion, iv, tag, data, ...rest] = stored.split(':');
  if (tagVersion !== version || !iv || !tag || data === undefined || rest.length > 0)
    throw new SecretError('The stored secret is not in a format this version can read.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: tagBytes });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
    return new Secret(plain.toString('utf8'));
  } catch {
    throw new SecretError(
      'The stored mail password cannot be decrypted (the secret key changed or the value was altered); enter the password again.',
    );
  }
}
