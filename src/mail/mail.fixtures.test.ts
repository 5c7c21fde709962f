import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyMail } from '../core/mail/mail.classifier';
import { parseMail } from './mail.parser';

interface Expected {
  file: string;
  kind: string;
  company: string | null;
  role: string | null;
}

const same = (a: string | null, b: string | null) =>
  (a ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '') ===
  (b ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');

async function score(dir: string) {
  const expected = readFileSync(join(dir, 'expected.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Expected);
  const misses: string[] = [];
  let kind = 0;
  let company = 0;
  let role = 0;
  for (const want of expected) {
    const got = classifyMail(await parseMail(readFileSync(join(dir, want.file))));
    kind += Number(got.kind === want.kind);
    company += Number(same(got.company, want.company));
    role += Number(same(got.role, want.role));
    if (got.kind !== want.kind || !same(got.company, want.company) || !same(got.role, want.role))
      misses.push(
        `${want.file}: ${got.kind}/${got.company}/${got.role}, want ${want.kind}/${want.company}/${want.role}`,
      );
  }
  const n = expected.length;
  return { n, kind: kind / n, company: company / n, role: role / n, misses };
}

const fixtures = join(import.meta.dirname, 'fixtures');

describe('job email classification on the authored fixtures', () => {
  it('has at least 60 varied fixtures with an expected label each', () => {
    const emls = readdirSync(fixtures).filter((name) => name.endsWith('.eml'));
    expect(emls.length).toBeGreaterThanOrEqual(60);
  });

  it('finds the kind, the employer and the role', async () => {
    const result = await score(fixtures);
    if (result.misses.length > 0) console.info(result.misses.join('\n'));
    expect(result.kind).toBeGreaterThanOrEqual(0.95);
    expect(result.company).toBeGreaterThanOrEqual(0.9);
    expect(result.role).toBeGreaterThanOrEqual(0.85);
  });

  it('labels the shared development examples', async () => {
    const dev = '/work/shared/data/mail-dev';
    let present = true;
    try {
      readdirSync(dev);
    } catch {
      present = false;
    }
    if (!present) return;
    const result = await score(dev);
    expect(result.misses).toEqual([]);
  });
});
