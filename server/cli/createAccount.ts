// npm run server:account -- --username somchai --name "นายสมชาย ใจดี" --role planning-officer [--unit unit-id]
// Creates an account on DATABASE_URL's database: the first planning officer, before anyone can
// sign in to create the others. The password is read from ITA_PASSWORD, or asked for without echo.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { StoreError } from '../../src/data/storeError';
import { createAccounts } from '../auth/accounts';
import { migrate } from '../db/migrate';

const { values } = parseArgs({
  options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' } },
});
if (!process.env.DATABASE_URL || !values.username || !values.name || !values.role) {
  console.error('usage: DATABASE_URL=… npm run server:account -- --username NAME --name "ชื่อ นามสกุล" --role planning-officer|department-head|executive [--unit UNIT_ID]');
  process.exit(1);
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    output._writeToOutput = () => undefined;
  });
}

const password = process.env.ITA_PASSWORD ?? (await askHidden('รหัสผ่าน (อย่างน้อย 10 ตัวอักษร): '));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
try {
  await migrate(pool);
  const account = await createAccounts(pool).create({ username: values.username, name: values.name, role: values.role, unitId: values.unit ?? null, password });
  console.log(`สร้างบัญชี ${account.username} (${account.name}, ${account.role}) แล้ว`);
} catch (error) {
  console.error(error instanceof StoreError ? error.message : error);
  process.exitCode = 1;
} finally {
  await pool.end();
}
