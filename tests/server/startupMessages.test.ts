import type { NetworkInterfaceInfo } from 'node:os';
import { describeDatabaseProblem, isConnectionError, targetOf, type ProblemKind } from '../../server/db/dbErrors';
import { officeAddresses, listeningLines } from '../../server/startup/announce';

const target = targetOf('postgres://ita_user:secret@db.office.local:5433/ita');
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
const sysError = (code: string) => Object.assign(new Error(`connect ${code} 10.0.0.5:5433`), { code });

it('names where DATABASE_URL points, never its password', () => {
  expect(target).toEqual({ host: 'db.office.local', port: 5433, user: 'ita_user', database: 'ita' });
  expect(targetOf('postgres://somchai@localhost/', {})).toEqual({ host: 'localhost', port: 5432, user: 'somchai', database: 'somchai' });
  expect(targetOf('postgres:///ita?host=/var/run/postgresql', { PGUSER: 'ita' })).toMatchObject({ host: '/var/run/postgresql', user: 'ita', database: 'ita' });
});

// Each way a database cannot be used, and the words that must be in its one sentence.
const CASES: [string, unknown, ProblemKind, string[], string[]][] = [
  ['nothing listens', sysError('ECONNREFUSED'), 'unreachable', ['ติดต่อ PostgreSQL ที่ db.office.local:5433 ไม่ได้'], ['Cannot reach PostgreSQL at db.office.local:5433']],
  ['no answer', sysError('ETIMEDOUT'), 'unreachable', ['db.office.local:5433'], ['Cannot reach']],
  ['localhost is two addresses', Object.assign(new AggregateError([sysError('ECONNREFUSED'), sysError('ECONNREFUSED')]), { code: 'ECONNREFUSED' }), 'unreachable', ['ไม่ได้'], ['Cannot reach']],
  ['the pool gave up waiting', new Error('Connection terminated due to connection timeout'), 'unreachable', ['ไม่ได้'], ['Cannot reach']],
  ['an unknown host name', sysError('ENOTFOUND'), 'unknown-host', ['ไม่รู้จักเครื่องชื่อ "db.office.local"'], ['"db.office.local"', 'not known']],
  ['starting up', pgError('57P03', 'the database system is starting up'), 'starting', ['กำลังเริ่มทำงาน'], ['starting up']],
  ['no such role', pgError('28000', 'role "ita_user" does not exist'), 'role', ['ไม่มีผู้ใช้ (role) "ita_user"', 'createuser'], ['no role "ita_user"', 'createuser --pwprompt ita_user']],
  ['a wrong password', pgError('28P01', 'password authentication failed for user "ita_user"'), 'password', ['รหัสผ่านของผู้ใช้ "ita_user"', 'ไม่ถูกต้อง'], ['password for role "ita_user"', 'wrong']],
  ['no password given', new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'), 'no-password', ['ไม่มีรหัสผ่าน'], ['DATABASE_URL has none']],
  ['refused by pg_hba.conf', pgError('28000', 'no pg_hba.conf entry for host "10.0.0.9", user "ita_user", database "ita", no encryption'), 'refused-host', ['pg_hba.conf'], ['pg_hba.conf']],
  ['no such database', pgError('3D000', 'database "ita" does not exist'), 'database', ['ไม่มีฐานข้อมูล "ita"', 'createdb --owner ita_user ita'], ['no database "ita"', 'createdb --owner ita_user ita']],
  [
    'PostgreSQL 15: the role does not own the database',
    new Error('Migration 001_records failed: permission denied for schema public', { cause: pgError('42501', 'permission denied for schema public') }),
    'permission',
    ['ต้องเป็นเจ้าของฐานข้อมูล', 'createdb --owner ita_user ita'],
    ['must own the database', 'createdb --owner ita_user ita', 'ALTER DATABASE ita OWNER TO ita_user'],
  ],
  ['anything else, in its first line', pgError('XX000', 'something odd\n  at a stack line'), 'other', ['ใช้ฐานข้อมูล "ita" ที่ db.office.local:5433 ไม่ได้: something odd'], ['Cannot use database "ita"']],
];

it.each(CASES)('says in one sentence what is wrong: %s', (_, error, kind, thai, english) => {
  const problem = describeDatabaseProblem(error, target);
  expect(problem.kind).toBe(kind);
  for (const words of thai) expect(problem.th).toContain(words);
  for (const words of english) expect(problem.en).toContain(words);
  for (const sentence of [problem.th, problem.en]) {
    expect(sentence).not.toContain('\n');
    expect(sentence).not.toContain('secret');
    expect(sentence).not.toMatch(/\bat .*\.(ts|js):\d+/);
  }
});

it.each([
  ['57P01 administrator shut down', pgError('57P01', 'terminating connection due to administrator command'), true],
  ['08006 connection failure', pgError('08006', 'connection failure'), true],
  ['a socket ended', new Error('Connection terminated unexpectedly'), true],
  ['a dead client used again', new Error('Client has encountered a connection error and is not queryable'), true],
  ['a full pool waited too long', new Error('timeout exceeded when trying to connect'), true],
  ['ECONNRESET', sysError('ECONNRESET'), true],
  ['a statement cancelled by its time limit', pgError('57014', 'canceling statement due to statement timeout'), true],
  ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint'), false],
  ['a deadlock', pgError('40P01', 'deadlock detected'), false],
  ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
])('tells a lost database from a refusal: %s', (_, error, lost) => {
  expect(isConnectionError(error)).toBe(lost);
});

const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({ address, family, internal }) as NetworkInterfaceInfo;
const INTERFACES = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  eth0: [nic('192.168.1.20', 'IPv4'), nic('fe80::1', 'IPv6')],
  wlan0: [nic('10.10.0.7', 'IPv4')],
};

it('lists every office address when it listens on all of them, and the one host otherwise', () => {
  expect(officeAddresses('0.0.0.0', 8080, INTERFACES)).toEqual(['http://192.168.1.20:8080', 'http://10.10.0.7:8080']);
  expect(officeAddresses('::', 8080, INTERFACES)).toEqual(['http://192.168.1.20:8080', 'http://10.10.0.7:8080']);
  expect(officeAddresses('192.168.1.20', 8080, INTERFACES)).toEqual(['http://192.168.1.20:8080']);
  const all = listeningLines('0.0.0.0', 8080, INTERFACES).join('\n');
  expect(all).toContain('listening on http://localhost:8080');
  expect(all).toContain('เครื่องอื่นในสำนักงานเปิดแอปได้ที่');
  expect(all).toContain('http://10.10.0.7:8080');
  const local = listeningLines('127.0.0.1', 8080, INTERFACES).join('\n');
  expect(local).toContain('HOST=0.0.0.0');
  expect(local).not.toContain('192.168.1.20');
  expect(listeningLines('0.0.0.0', 8080, { lo: INTERFACES.lo }).join('\n')).toContain('no network IPv4 address');
});
