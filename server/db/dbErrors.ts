import { userInfo } from 'node:os';

/** Where DATABASE_URL points, without its password: what a message may name. */
export interface DatabaseTarget {
  host: string;
  port: number;
  user: string;
  database: string;
}

export function targetOf(url: string, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL (a key=value string): only the environment's defaults can be named.
  }
  const user = decodeURIComponent(parsed?.username ?? '') || env.PGUSER || safeUser();
  return {
    host: decodeURIComponent(parsed?.hostname ?? '') || parsed?.searchParams.get('host') || env.PGHOST || 'localhost',
    port: Number(parsed?.port || env.PGPORT || 5432),
    user,
    database: decodeURIComponent(parsed?.pathname.replace(/^\//, '') ?? '') || env.PGDATABASE || user,
  };
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'postgres';
  }
}

interface ErrorFacts {
  code?: string;
  message: string;
}

/** The error and its causes (migrate wraps what PostgreSQL said), and an AggregateError's parts (localhost is ::1 and 127.0.0.1). */
function factsOf(error: unknown): ErrorFacts[] {
  const facts: ErrorFacts[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || seen.has(e) || depth > 5) return;
    seen.add(e);
    const { code, message, cause, errors } = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    facts.push({ code: typeof code === 'string' ? code : undefined, message: typeof message === 'string' ? message : '' });
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const part of errors) visit(part, depth + 1);
  };
  visit(error, 0);
  return facts;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED', 'ENOTFOUND', 'EAI_AGAIN']);
// 57P01–57P03: the server is shutting down, crashed or not yet started; 08…: connection exceptions;
// 53300: too many connections; 57014: a statement cancelled by statement_timeout (the database too slow to answer).
const SQLSTATES = /^(57P0[1-3]|08...|53300|57014)$/;
// pg's own words when a socket ends, a pooled connect waits too long, or a dead client is used again.
const PG_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|is not queryable|Query read timeout|connect ETIMEDOUT|connect ECONNREFUSED/i;

/**
 * True when the error says the database could not be reached or the connection was lost (not
 * that it refused what was asked): such a request is answered 503, to be tried again.
 */
export function isConnectionError(error: unknown): boolean {
  return factsOf(error).some((f) => (f.code && (NETWORK_CODES.has(f.code) || SQLSTATES.test(f.code))) || PG_MESSAGES.test(f.message));
}

/** PostgreSQL answered and refused: no point waiting for it, the settings must change. */
export type ProblemKind = 'unreachable' | 'unknown-host' | 'starting' | 'role' | 'password' | 'no-password' | 'refused-host' | 'database' | 'permission' | 'other';

export interface DatabaseProblem {
  kind: ProblemKind;
  th: string;
  en: string;
}

/** Problems that may go away by themselves (PostgreSQL not yet up): worth waiting for. */
export const TRANSIENT: ReadonlySet<ProblemKind> = new Set(['unreachable', 'starting']);

/**
 * One plain sentence, in Thai and in English, for a database the server or `server:account`
 * cannot reach or log into: which of host, role, password or database is wrong, and what to do.
 */
export function describeDatabaseProblem(error: unknown, t: DatabaseTarget): DatabaseProblem {
  const facts = factsOf(error);
  const has = (test: (f: ErrorFacts) => boolean) => facts.some(test);
  const code = (c: string | RegExp) => has((f) => (typeof c === 'string' ? f.code === c : c.test(f.code ?? '')));
  const at = `${t.host}:${t.port}`;
  if (code('ENOTFOUND') || code('EAI_AGAIN')) {
    return problem('unknown-host', `ไม่รู้จักเครื่องชื่อ "${t.host}" ที่ระบุใน DATABASE_URL (${at}) ตรวจชื่อเครื่องของฐานข้อมูล`, `The database host "${t.host}" in DATABASE_URL (${at}) is not known: check the host name.`);
  }
  if (code(/^(ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET)$/) || has((f) => /timeout exceeded when trying to connect|Connection terminated/i.test(f.message))) {
    return problem(
      'unreachable',
      `ติดต่อ PostgreSQL ที่ ${at} ไม่ได้ ตรวจว่า PostgreSQL ทำงานอยู่และรับการเชื่อมต่อที่ที่อยู่นี้ (sudo systemctl status postgresql)`,
      `Cannot reach PostgreSQL at ${at}: check that it is running and accepts connections there (sudo systemctl status postgresql).`,
    );
  }
  if (code(/^57P0[1-3]$/)) {
    return problem('starting', `PostgreSQL ที่ ${at} กำลังเริ่มทำงานหรือกำลังหยุด จึงยังรับการเชื่อมต่อไม่ได้`, `PostgreSQL at ${at} is starting up or shutting down and does not accept connections yet.`);
  }
  if (code('28P01')) {
    return problem('password', `รหัสผ่านของผู้ใช้ "${t.user}" ใน DATABASE_URL ไม่ถูกต้อง (PostgreSQL ที่ ${at})`, `The password for role "${t.user}" in DATABASE_URL is wrong (PostgreSQL at ${at}).`);
  }
  if (has((f) => /password must be a string|no password supplied/i.test(f.message))) {
    return problem('no-password', `PostgreSQL ที่ ${at} ขอรหัสผ่านของผู้ใช้ "${t.user}" แต่ DATABASE_URL ไม่มีรหัสผ่าน`, `PostgreSQL at ${at} asks for the password of role "${t.user}", and DATABASE_URL has none.`);
  }
  if (has((f) => /pg_hba\.conf/.test(f.message))) {
    return problem(
      'refused-host',
      `PostgreSQL ที่ ${at} ไม่อนุญาตให้ผู้ใช้ "${t.user}" เข้าฐานข้อมูล "${t.database}" จากเครื่องนี้ (เพิ่มบรรทัดใน pg_hba.conf)`,
      `PostgreSQL at ${at} does not let role "${t.user}" into database "${t.database}" from this machine (add a line to pg_hba.conf).`,
    );
  }
  if (code('28000') || has((f) => /role ".*" does not exist/.test(f.message))) {
    return problem(
      'role',
      `ไม่มีผู้ใช้ (role) "${t.user}" ใน PostgreSQL ที่ ${at} สร้างด้วย sudo -u postgres createuser --pwprompt ${t.user}`,
      `PostgreSQL at ${at} has no role "${t.user}": create it with sudo -u postgres createuser --pwprompt ${t.user}.`,
    );
  }
  if (code('3D000')) {
    return problem(
      'database',
      `ไม่มีฐานข้อมูล "${t.database}" ใน PostgreSQL ที่ ${at} สร้างด้วย sudo -u postgres createdb --owner ${t.user} ${t.database}`,
      `PostgreSQL at ${at} has no database "${t.database}": create it with sudo -u postgres createdb --owner ${t.user} ${t.database}.`,
    );
  }
  if (code('42501')) {
    return problem(
      'permission',
      `ผู้ใช้ "${t.user}" ไม่มีสิทธิ์สร้างตารางในฐานข้อมูล "${t.database}" (permission denied for schema public) ผู้ใช้นี้ต้องเป็นเจ้าของฐานข้อมูล: sudo -u postgres createdb --owner ${t.user} ${t.database} หรือ ALTER DATABASE ${t.database} OWNER TO ${t.user}`,
      `Role "${t.user}" may not create tables in database "${t.database}" (permission denied for schema public): the role must own the database: sudo -u postgres createdb --owner ${t.user} ${t.database}, or ALTER DATABASE ${t.database} OWNER TO ${t.user}.`,
    );
  }
  const said = facts.find((f) => f.message)?.message.split('\n')[0] ?? String(error);
  return problem('other', `ใช้ฐานข้อมูล "${t.database}" ที่ ${at} ไม่ได้: ${said}`, `Cannot use database "${t.database}" at ${at}: ${said}`);
}

const problem = (kind: ProblemKind, th: string, en: string): DatabaseProblem => ({ kind, th, en });
