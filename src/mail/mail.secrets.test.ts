import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, loadSecretKey, SecretError, secretKeyFileName } from './mail.secrets';

const dir = mkdtempSync(join(tmpdir(), 'nextround-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mail secrets', () => {
  it('creates one key file readable only by the user and reuses it', async () => {
    const data = join(dir, 'data');
    const [a, b] = await Promise.all([loadSecretKey(data, {}), loadSecretKey(data, {})]);
    expect(a.length).toBe(32);
    expect(b.equals(a)).toBe(true);
    expect(statSync(join(data, secretKeyFileName)).mode & 0o777).toBe(0o600);
    expect((await loadSecretKey(data, {})).equals(a)).toBe(true);
  });

  it('prefers NEXTROUND_SECRET_KEY (hex, base64 or a passphrase) and writes no file then', async () => {
    const data = join(dir, 'env');
    const hex = 'ab'.repeat(32);
    expect((await loadSecretKey(data, { NEXTROUND_SECRET_KEY: hex })).toString('hex')).toBe(hex);
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect((await loadSecretKey(data, { NEXTROUND_SECRET_KEY: b64 })).equals(Buffer.alloc(32, 7))).toBe(true);
    const phrase = await loadSecretKey(data, { NEXTROUND_SECRET_KEY: 'a long passphrase' });
    expect(phrase.length).toBe(32);
    expect(() => statSync(join(data, secretKeyFileName))).toThrow();
  });

  it('round-trips a password without the plain text appearing at rest', async () => {
    const key = await loadSecretKey(join(dir, 'data'), {});
    const stored = encryptSecret('correct horse battery staple', key, 'smtp:user_1');
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain('horse');
    expect(encryptSecret('correct horse battery staple', key, 'smtp:user_1')).not.toBe(stored);
    const secret = decryptSecret(stored, key, 'smtp:user_1');
    expect(secret.reveal()).toBe('correct horse battery staple');
    expect(readFileSync(join(dir, 'data', secretKeyFileName), 'utf8')).not.toContain('horse');
  });

  it('never prints a decrypted secret', async () => {
    const key = await loadSecretKey(join(dir, 'data'), {});
    const secret = decryptSecret(encryptSecret('hunter2', key), key);
    expect(`${secret}`).toBe('[redacted]');
    expect(JSON.stringify({ password: secret })).toBe('{"password":"[redacted]"}');
    expect(inspect({ password: secret })).not.toContain('hunter2');
  });

  it('refuses a wrong key, another context or a tampered value with a clear error', async () => {
    const key = await loadSecretKey(join(dir, 'data'), {});
    const stored = encryptSecret('hunter2', key, 'smtp:user_1');
    expect(() => decryptSecret(stored, Buffer.alloc(32, 1), 'smtp:user_1')).toThrow(SecretError);
    expect(() => decryptSecret(stored, key, 'smtp:user_2')).toThrow(/cannot be decrypted/);
    const parts = stored.split(':');
    const data = Buffer.from(parts[3] ?? '', 'base64url');
    data[0] = (data[0] ?? 0) ^ 1;
    parts[3] = data.toString('base64url');
    expect(() => decryptSecret(parts.join(':'), key, 'smtp:user_1')).toThrow(SecretError);
    expect(() => decryptSecret('plain-text-password', key)).toThrow(/format/);
  });
});
