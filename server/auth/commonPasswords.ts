import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PASSWORD_TH, passwordCheck, type PasswordOwner, type PasswordProblem } from '../../src/domain/passwordRule';

/** Beside this module, in the source tree and in the server's build alike (see its header for the source). */
const LIST_FILE = fileURLToPath(new URL('./commonPasswords.txt', import.meta.url));

export const COMMON_PASSWORD = PASSWORD_TH['password.common'];

let common: Set<string> | undefined;

/** Read once, on the first password set: 80 KB the browser never downloads. */
export function commonPasswords(file = LIST_FILE): Set<string> {
  if (!common) {
    const lines = readFileSync(file, 'utf8').split('\n');
    common = new Set(lines.filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.toLowerCase()));
  }
  return common;
}

// Letters written as look-alike digits and symbols, as people disguise a word: p@ssw0rd, adm1n.
const LOOK_ALIKES: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't' };

/**
 * A password that is a common one, or a common word with digits or symbols added before or after
 * it (welcome123, admin@2567, iloveyou!!), or one in disguise (W3lc0me!): the list holds few
 * passwords as long as ten characters, but people make theirs from its words.
 */
export function isCommonPassword(password: string, list = commonPasswords()): boolean {
  const lower = password.normalize('NFC').toLowerCase();
  if (list.has(lower)) return true;
  const trimmed = (text: string) => text.replace(/^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$/gu, '');
  const plain = (text: string) => [...text].map((ch) => LOOK_ALIKES[ch] ?? ch).join('');
  const core = trimmed(lower);
  return [core, plain(core), trimmed(plain(lower))].some((word) => [...word].length >= 4 && list.has(word));
}

/** The domain's rule (what the screen says as one types), then the list, which only the server has. */
export function serverPasswordProblem(password: string, owner: PasswordOwner = {}): PasswordProblem | null {
  return passwordCheck(password, owner) ?? (isCommonPassword(password) ? { code: 'password.common', values: {} } : null);
}
