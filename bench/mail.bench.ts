/**
 * Benchmark: a 10,000-message mbox inspected (read, parsed, classified) in ≤ 30 s with ≤ 300 MB resident memory.
 *
 *   node bin/run-ts.mjs bench/mail.bench.ts [messages]
 *
 * Generates a realistic mbox in a temp folder (plain, quoted-printable, base64 HTML, multipart/alternative,
 * about 1 in 12 with a PDF attachment, some with "From " lines in the body), then inspects it in a child
 * process so the figures are those of the inspection alone.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectMail } from '../src/mail/mail.inspect';

const limits = { seconds: 30, rssMb: 300 };

if (process.argv[2] === '--inspect') {
  const file = process.argv[3] ?? '';
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let count = 0;
  let errors = 0;
  const kinds: Record<string, number> = {};
  for await (const result of inspectMail([file])) {
    count++;
    if (result.error !== undefined) errors++;
    else kinds[result.kind] = (kinds[result.kind] ?? 0) + 1;
  }
  const ms = performance.now() - started;
  // CPU time too: on a busy machine the wall time says more about the neighbours than about this code.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // maxRSS is the peak resident set of this process, in kilobytes.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ count, errors, kinds, ms, cpuMs, peakRssMb })}\n`);
  process.exit(0);
}

const total = Number(process.argv[2] ?? 10_000);
const companies = [
  'Northwind Traders',
  'Contoso',
  'Fabrikam',
  'Tailspin Toys',
  'Adventure Works',
  'Globex',
  'Lumen Labs',
];
const roles = ['Data Analyst', 'Senior Backend Engineer', 'Product Designer', 'Operations Manager', 'QA Engineer'];
const bodies = [
  (c: string, r: string) =>
    `Thank you for applying for the ${r} position at ${c}.\n\nUnfortunately, we will not be moving forward with your application at this time.\n\nWe wish you the best in your search.`,
  (c: string, r: string) =>
    `Hi,\n\nThanks for your interest in the ${r} role at ${c}. We'd like to invite you to a 45 minute video interview.\nCould you let me know your availability next week?\n\nFrom the whole team, thanks!`,
  (c: string, r: string) =>
    `Dear candidate,\n\nWe are pleased to offer you the position of ${r} at ${c}. Your offer letter is attached.`,
  (c: string, r: string) =>
    `We have received your application for ${r}. Our team at ${c} will review it and contact you if your profile matches.`,
  () => `Here are 25 new jobs matching your saved search. Unsubscribe at any time.`,
];

function qp(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(/[=\u0080-\uffff]/g, (ch) =>
        [...Buffer.from(ch)].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
      ),
    )
    .join('\r\n');
}

function base64(text: string | Buffer): string {
  return (Buffer.isBuffer(text) ? text : Buffer.from(text)).toString('base64').replace(/.{76}/g, '$&\r\n');
}

const attachment = Buffer.alloc(60 * 1024, 7);

function message(i: number): string {
  const company = companies[i % companies.length] ?? 'Contoso';
  const role = roles[(i * 7) % roles.length] ?? 'Analyst';
  const body = (bodies[i % bodies.length] ?? bodies[0]!)(company, role);
  const html = `<html><body>${body
    .split('\n\n')
    .map((p) => `<p>${p} — naïve café</p>`)
    .join('')}</body></html>`;
  const headers = [
    `From: "${company} Recruiting" <no-reply@${company.toLowerCase().replace(/\s+/g, '')}.example>`,
    'To: Jamie Rivera <jamie@example.net>',
    `Subject: =?UTF-8?Q?Your_application_=E2=80=93_${role.replace(/\s/g, '_')}?=`,
    `Date: ${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString()}`,
    `Message-ID: <bench-${i}@example.net>`,
    'MIME-Version: 1.0',
  ];
  const variant = i % 4;
  let content: string;
  if (variant === 0)
    content = `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(`${body} — café`)}`;
  else if (variant === 1)
    content = `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(html)}`;
  else {
    const parts = [
      `Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body.replace(/\n/g, '\r\n')}`,
      `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(html)}`,
    ];
    let type = 'multipart/alternative';
    if (i % 12 === 2) {
      type = 'multipart/mixed';
      const alt = `Content-Type: multipart/alternative; boundary="alt${i}"\r\n\r\n${parts.map((p) => `--alt${i}\r\n${p}\r\n`).join('')}--alt${i}--`;
      parts.splice(
        0,
        parts.length,
        alt,
        `Content-Type: application/pdf; name="offer.pdf"\r\nContent-Disposition: attachment; filename="offer.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(attachment)}`,
      );
    }
    content = `Content-Type: ${type}; boundary="b${i}"\r\n\r\n${parts.map((p) => `--b${i}\r\n${p}\r\n`).join('')}--b${i}--`;
  }
  // mboxrd: body lines that begin with "From " are quoted with ">".
  return `${headers.join('\r\n')}\r\n${content}\r\n`.replace(/^(>*From )/gm, '>$1');
}

const dir = mkdtempSync(join(tmpdir(), 'nextround-mail-bench-'));
const file = join(dir, 'All mail Including Spam and Trash.mbox');
try {
  const out = createWriteStream(file);
  for (let i = 0; i < total; i++) {
    const ok = out.write(`From ${1_780_000_000_000 + i}@xxx Tue Nov 24 02:00:00 +0000 2026\n${message(i)}\n`);
    if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  const sizeMb = statSync(file).size / 1024 / 1024;

  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, '..', 'bin', 'run-ts.mjs'), import.meta.filename, '--inspect', file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise((resolve) => child.on('close', resolve));
  const result = JSON.parse(output) as {
    count: number;
    errors: number;
    kinds: Record<string, number>;
    ms: number;
    cpuMs: number;
    peakRssMb: number;
  };
  const seconds = result.ms / 1000;
  const pass =
    result.count === total && result.errors === 0 && seconds <= limits.seconds && result.peakRssMb <= limits.rssMb;
  console.log(
    `mail inspect: ${result.count} messages (${sizeMb.toFixed(0)} MB mbox) in ${seconds.toFixed(1)} s, ` +
      `${(result.count / seconds).toFixed(0)} msg/s (CPU ${(result.cpuMs / 1000).toFixed(1)} s), peak RSS ${result.peakRssMb.toFixed(0)} MB ` +
      `(limits ${limits.seconds} s, ${limits.rssMb} MB) — kinds ${JSON.stringify(result.kinds)} — ${pass ? 'PASS' : 'FAIL'}`,
  );
  if (!pass) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
