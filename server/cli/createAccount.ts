// npm run server:account -- --username somchai --name "นายสมชาย ใจดี" --role planning-officer [--unit unit-id]
// Creates an account on DATABASE_URL's database: the first planning officer, before anyone can
// sign in to create the others. The password is read from ITA_PASSWORD, or asked for without echo.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { StoreError } from '../../src/data/storeError';
import { createAccounts } from '../auth/accounts';
import { describeDatabaseProblem, targetOf } from '../db/dbErrors';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';

const { values } = parseArgs({
  options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' } },
});
if (!process.env.DATABASE_URL || !values.username || !values.name || !values.role) {
  console.error('usage: DATABASE_URL=… npm run server:account -- --username NAME --name "ชื่อ นามสกุล" --role planning-officer|department-head|executive [--unit UNIT_ID]');
  process.exit(1);
}

const NO_PASSWORD = [
  'ไม่มีรหัสผ่าน: ตั้ง ITA_PASSWORD=… ก่อนคำสั่ง หรือเรียกคำสั่งนี้ในหน้าต่าง terminal เพื่อพิมพ์รหัสผ่าน',
  'No password: set ITA_PASSWORD=… before the command, or run it in a terminal to type the password.',
];

/** The password typed without echo; null when the input ends first (a pipe, not a person). */
function askHidden(question: string): Promise<string | null> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    let answered = false;
    rl.on('close', () => answered || resolve(null));
    rl.question(question, (answer) => {
      answered = true;
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    output._writeToOutput = () => undefined;
  });
}

// With no terminal (a script, systemd, docker exec without -t) nobody can type: say what to do
// instead of waiting on an input that never comes.
const password = process.env.ITA_PASSWORD || (process.stdin.isTTY ? await askHidden('รหัสผ่าน (อย่างน้อย 10 ตัวอักษร) · password (10 characters or more): ') : null);
if (password === null) {
  for (const line of NO_PASSWORD) console.error(line);
  process.exit(1);
}
const pool = createPool(process.env.DATABASE_URL, { max: 1, log: () => undefined });
try {
  await migrate(pool);
  const account = await createAccounts(pool).create({ username: values.username, name: values.name, role: values.role, unitId: values.unit ?? null, password });
  console.log(`สร้างบัญชี ${account.username} (${account.name}, ${account.role}) แล้ว · account created`);
} catch (error) {
  if (error instanceof StoreError) {
    console.error(error.message);
  } else {
    // The same sentences as the server's start: which of host, role, password or database is wrong.
    const problem = describeDatabaseProblem(error, targetOf(process.env.DATABASE_URL));
    console.error(problem.th);
    console.error(problem.en);
  }
  process.exitCode = 1;
} finally {
  await pool.end().catch(() => undefined);
}
