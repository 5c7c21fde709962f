import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/nextround.mjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `nextround` command in a child process, optionally feeding standard input.
 *
 * @example
 * const { code, stdout } = await runCli(['list', 'applications', '--json', '--data', dir]);
 */
export function runCli(
  args: string[],
  options: {
    input?: string;
    env?: Record<string, string>;
    /** Write standard input in two pieces split mid-line, as a pipe may deliver it. */
    splitInput?: boolean;
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    const input = options.input ?? '';
    if (options.splitInput) {
      const middle = Math.floor(input.length / 2);
      child.stdin.write(input.slice(0, middle));
      setTimeout(() => child.stdin.end(input.slice(middle)), 20);
    } else {
      child.stdin.end(input);
    }
  });
}

export interface CliServer {
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `nextround serve --port 0` on a data folder and resolves with its URL once it listens. `entry` runs
 * another build of the CLI (the bundle `npm start` uses) instead of the source, with `nodeFlags` for Node.
 */
export function startCliServer(
  dataDir: string,
  env: Record<string, string> = {},
  entry: string = bin,
  nodeFlags: string[] = [],
): Promise<CliServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, entry, 'serve', '--port', '0', '--data', dataDir], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/running at (http:\/\/\S+)/);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        resolve({
          url: match[1],
          child,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}
