import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { passwordProblem, type PasswordOwner } from '../../src/domain/passwordRule';

/** Beside this module, in the source tree and in the server's build alike (see its header for the source). */
const LIST_FILE = fileURLToPath(new URL('./commonPasswords.txt', import.meta.url));

export const COMMON_PASSWORD = 'รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่ใช้กันมากที่สุด 10,000 รายการ ซึ่งผู้อื่นลองเดาเป็นอันดับแรก กรุณาตั้งรหัสผ่านอื่น';

let common: Set<string> | undefined;

/** Read once, on the first password set: 80 KB the browser never downloads. */
export function commonPasswords(file = LIST_FILE): Set<string> {
  if (!common) {
    const lines = readFileSync(file, 'utf8').split('\n');
    common = new Set(lines.filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.toLowerCase()));
  }
  return common;
}

/** The domain's rule (what the screen says as one types), then the list, which only the server has. */
export function serverPasswordProblem(password: string, owner: PasswordOwner = {}): string | null {
  return passwordProblem(password, owner) ?? (commonPasswords().has(password.normalize('NFC').toLowerCase()) ? COMMON_PASSWORD : null);
}
