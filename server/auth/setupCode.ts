import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { SETUP_CODE_TRIES } from '../../src/domain/schemas/firstAccount';

export { SETUP_CODE_TRIES };

export type SetupCheck = { ok: true } | { ok: false; reason: 'wrong'; triesLeft: number } | { ok: false; reason: 'void' };

export interface SetupCode {
  /** The code as printed: three groups of four digits. */
  readonly code: string;
  check(given: string): SetupCheck;
  /** The first account is made: the code opens nothing any more. */
  spend(): void;
  readonly spent: boolean;
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
/**
 * Read off a log, typed on a phone: spaces and dashes anywhere, Thai digits as well.
 * Anything else stays, so that it can only fail to match.
 */
export const normalizeSetupCode = (given: string) =>
  [...given.replace(/[\s-]/g, '')].map((ch) => (THAI_DIGITS.includes(ch) ? String(THAI_DIGITS.indexOf(ch)) : ch)).join('');

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * A one-time code for making the first account from a browser, shown only in the server's own
 * log: whoever can read that log may set the server up. Kept in memory, never stored, so a
 * restart makes a new one. 10^12 codes against 10 tries: guessing it is hopeless, and the ten
 * wrong ones of someone trying void it rather than leave it open to more.
 */
export function createSetupCode(random: (max: number) => number = randomInt): SetupCode {
  const code = [0, 1, 2].map(() => String(random(10_000)).padStart(4, '0')).join('-');
  const expected = digest(normalizeSetupCode(code));
  let wrong = 0;
  let spent = false;
  return {
    code,
    get spent() {
      return spent;
    },
    check(given) {
      if (spent || wrong >= SETUP_CODE_TRIES) return { ok: false, reason: 'void' };
      // Digests of equal length, compared in constant time: how far a guess matched is not told.
      if (timingSafeEqual(digest(normalizeSetupCode(given)), expected)) return { ok: true };
      wrong += 1;
      return wrong >= SETUP_CODE_TRIES ? { ok: false, reason: 'void' } : { ok: false, reason: 'wrong', triesLeft: SETUP_CODE_TRIES - wrong };
    },
    spend() {
      spent = true;
    },
  };
}

/** What the server prints on start while it has no account: where the code is, and what it is for. */
export function setupCodeLines(code: string): string[] {
  return [
    `[server] ยังไม่มีบัญชีผู้ใช้ เปิดแอปในเบราว์เซอร์แล้วสร้างบัญชีเจ้าหน้าที่วิเคราะห์นโยบายและแผนคนแรกด้วยรหัสตั้งค่า: ${code}`,
    `[server] No accounts yet: open the app in a browser and create the first planning officer with the setup code: ${code}`,
    '[server] รหัสนี้ใช้ได้ครั้งเดียว และเปลี่ยนใหม่ทุกครั้งที่เริ่มเซิร์ฟเวอร์ · One use only; a new one at every start. Read it again with: docker compose logs app · journalctl -u ita-dashboard',
    '[server] หรือสร้างที่เครื่องนี้ · or on this machine: npm run server:account -- --username … --name … --role planning-officer',
  ];
}
