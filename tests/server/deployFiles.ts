import { readFileSync } from 'node:fs';

/** What the image runs, read from the Dockerfile's final stage: its base, user, ENV, RUN, CMD and HEALTHCHECK. */
export interface ImageSpec {
  from: string;
  user: string | null;
  env: Record<string, string>;
  runs: string[];
  cmd: string[];
  healthcheck: string[];
}

export function readDockerfile(path = 'Dockerfile'): ImageSpec {
  // Continuation lines joined, comments dropped: one instruction a line.
  const lines = readFileSync(path, 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const finalStage = lines.slice(lines.findLastIndex((l) => /^FROM\s/i.test(l)));
  const spec: ImageSpec = { from: '', user: null, env: {}, runs: [], cmd: [], healthcheck: [] };
  for (const line of finalStage) {
    const [, instruction = '', rest = ''] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    switch (instruction.toUpperCase()) {
      case 'FROM':
        spec.from = rest.split(/\s+/)[0] ?? '';
        break;
      case 'USER':
        spec.user = rest;
        break;
      case 'ENV':
        for (const pair of rest.split(/\s+/)) {
          const [name, ...value] = pair.split('=');
          if (!name || !value.length) throw new Error(`ENV in the form NAME=value only: ${line}`);
          spec.env[name] = value.join('=');
        }
        break;
      case 'RUN':
        spec.runs.push(rest);
        break;
      case 'CMD':
        spec.cmd = execForm(rest, line);
        break;
      case 'HEALTHCHECK':
        spec.healthcheck = execForm(rest.replace(/^(--\S+\s+)*CMD\s+/, ''), line);
        break;
    }
  }
  return spec;
}

// The exec form (a JSON array) only: the shell form would put a shell between docker and node.
function execForm(text: string, line: string): string[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) throw new Error(`not an exec form: ${line}`);
  return parsed;
}

/** NAME=value lines of an env file (compose's .env, systemd's EnvironmentFile): comments and blanks skipped. */
export function readEnvFile(path: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1]) settings[match[1]] = match[2] ?? '';
  }
  return settings;
}

/** compose's ${NAME}, ${NAME:-default} and ${NAME:?error}, as compose reads them from .env. */
export function interpolate(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\{([A-Z_][A-Z0-9_]*)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, arg?: string) => {
    const value = vars[name];
    if (value) return value;
    if (kind === '-') return arg ?? '';
    if (kind === '?') throw new Error(`${name}: ${arg}`);
    return '';
  });
}

export interface ComposeService {
  image?: string;
  build?: unknown;
  restart?: string;
  environment?: Record<string, string | number>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  entrypoint?: string[];
  volumes?: string[];
  ports?: string[];
}
export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, { name?: string } | null>;
}

/**
 * compose.yaml parsed with js-yaml, which ESLint already brings into node_modules (no new
 * dependency); imported by a name TypeScript does not resolve, as it ships no types.
 */
export async function readCompose(path = 'compose.yaml'): Promise<ComposeFile> {
  const name = 'js-yaml';
  const yaml = (await import(name)) as { load: (text: string) => unknown };
  return yaml.load(readFileSync(path, 'utf8')) as ComposeFile;
}

/** The server's own settings: every process.env.NAME read under server/ (the account CLI's included). */
export function settingsTheServerReads(files: string[]): string[] {
  const names = new Set<string>();
  for (const file of files) for (const match of readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)|process\.env\[['"]([A-Z_][A-Z0-9_]*)['"]\]/g)) names.add((match[1] ?? match[2]) as string);
  return [...names].sort();
}
