/**
 * What a password must be, in one place: the server refuses any other, and the accounts screen
 * says so as one types, in the same words. Only the patterns live here; the list of the 10,000
 * most common passwords is checked by the server alone (server/auth/commonPasswords.ts), so the
 * browser never downloads it.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Whose password it is: a password holding their username or name is the first one guessed. */
export interface PasswordOwner {
  username?: string | undefined;
  name?: string | undefined;
}

export const PASSWORD_PROBLEMS = {
  repeated: 'รหัสผ่านเป็นตัวอักษรหรือกลุ่มตัวอักษรเดียวกันซ้ำ ๆ ซึ่งเดาได้ง่าย',
  digitRun: 'รหัสผ่านเป็นตัวเลขเรียงกัน (เช่น 1234567890) ซึ่งเดาได้ง่าย',
  phone: 'รหัสผ่านคล้ายหมายเลขโทรศัพท์ ซึ่งผู้อื่นรู้หรือเดาได้ง่าย',
  date: 'รหัสผ่านคล้ายวันเกิดหรือวันที่ (เช่น 01012530, 2530-01-01 หรือ 1 มกราคม 2530) ซึ่งเดาได้ง่าย',
  thaiNumberRow: 'รหัสผ่านเป็นแถวตัวเลขที่พิมพ์บนแป้นภาษาไทย (เช่น ๅ/-ภถุึคตจ) ซึ่งเดาได้ง่าย',
  passwordWord: 'รหัสผ่านเป็นคำว่า "password" หรือ "รหัสผ่าน" ที่เติมเพียงตัวเลขหรือสัญลักษณ์ ซึ่งเดาได้ง่าย',
  username: 'รหัสผ่านเป็นชื่อผู้ใช้ที่เติมเพียงตัวเลขหรือสัญลักษณ์ ซึ่งเดาได้ง่าย',
  name: 'รหัสผ่านเป็นชื่อหรือนามสกุลของเจ้าของบัญชีที่เติมเพียงตัวเลขหรือสัญลักษณ์ ซึ่งเดาได้ง่าย',
  keyboard: 'รหัสผ่านเป็นแถวตัวอักษรบนแป้นพิมพ์หรือตัวอักษรเรียงกัน (เช่น qwerty, asdf, abcd หรือ ฟหกด) ซึ่งเดาได้ง่าย',
} as const;

/** Why a password cannot be used, with the values a screen words it with. */
export type PasswordProblem =
  | { code: 'password.tooShort'; values: { min: number } }
  | { code: 'password.tooLong'; values: { max: number } }
  | { code: `password.${keyof typeof PASSWORD_PROBLEMS}`; values: Record<string, never> }
  /** Only the server holds the list of common passwords (server/auth/commonPasswords.ts). */
  | { code: 'password.common'; values: Record<string, never> };

export type PasswordProblemCode = PasswordProblem['code'];

/**
 * Every problem's Thai, by code: what the server sends and the Thai side of each screen's
 * catalog, so the sentences live here alone. `{min}` and `{max}` are the problem's values.
 */
export const PASSWORD_TH: Record<PasswordProblemCode, string> = {
  'password.tooShort': 'รหัสผ่านต้องยาวอย่างน้อย {min} ตัวอักษร',
  'password.tooLong': 'รหัสผ่านยาวเกิน {max} ตัวอักษร',
  'password.repeated': PASSWORD_PROBLEMS.repeated,
  'password.digitRun': PASSWORD_PROBLEMS.digitRun,
  'password.phone': PASSWORD_PROBLEMS.phone,
  'password.date': PASSWORD_PROBLEMS.date,
  'password.thaiNumberRow': PASSWORD_PROBLEMS.thaiNumberRow,
  'password.passwordWord': PASSWORD_PROBLEMS.passwordWord,
  'password.username': PASSWORD_PROBLEMS.username,
  'password.name': PASSWORD_PROBLEMS.name,
  'password.keyboard': PASSWORD_PROBLEMS.keyboard,
  'password.common':
    'รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่ใช้กันมากที่สุด 10,000 รายการ หรือเป็นคำในรายการที่เติมเพียงตัวเลขหรือสัญลักษณ์ ซึ่งผู้อื่นลองเดาเป็นอันดับแรก กรุณาตั้งรหัสผ่านอื่น',
};

/** The server's and the API's words for a problem: Thai, as they always were. */
export function passwordInThai(problem: PasswordProblem): string {
  const values: Record<string, number> = problem.values;
  return PASSWORD_TH[problem.code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// The Kedmanee keyboard's unshifted number row: 1234567890 typed with the Thai layout on.
const THAI_NUMBER_ROW = 'ๅ/-ภถุึคตจ';
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
// What people put between the parts of a phone number or a date.
const SEPARATORS = /[\s./\-_+()]/g;

/** The digits a password is made of, or null when it is not only digits (Thai ones included). */
function asDigits(password: string): string | null {
  const stripped = password.replace(SEPARATORS, '');
  const digits = [...stripped].map((ch) => (/[0-9]/.test(ch) ? ch : THAI_DIGITS.includes(ch) ? String(THAI_DIGITS.indexOf(ch)) : null));
  return digits.length > 0 && digits.every((d) => d !== null) ? digits.join('') : null;
}

/** 1234567890, 0987654321, 4567890123: each digit one up (or one down) from the last, round past 9. */
function isDigitRun(digits: string): boolean {
  const steps = [...digits].slice(1).map((d, i) => (Number(d) - Number(digits[i]) + 10) % 10);
  return steps.every((s) => s === 1) || steps.every((s) => s === 9);
}

function isPhoneNumber(digits: string): boolean {
  // Mobile 06/08/09 + 8 digits; a Bangkok or provincial line 0[2-7] + 7 digits; either with +66 for the 0.
  return /^(0|66)[689]\d{8}$/.test(digits) || /^(0|66)[2-7]\d{7}$/.test(digits);
}

const validDay = (d: string) => Number(d) >= 1 && Number(d) <= 31;
const validMonth = (m: string) => Number(m) >= 1 && Number(m) <= 12;
// A Buddhist Era year people are born in or remember (2400–2699), or the same in the common era.
const validYear = (y: string) => /^(24|25|26|19|20)\d\d$/.test(y);

/** 01012530, 2530-01-01, 01/01/2530, 20/11/1987: a day, a month and a four-digit year. */
function isDate(password: string): boolean {
  const digits = asDigits(password);
  if (digits === null || digits.length !== 8) return false;
  const dayFirst = validDay(digits.slice(0, 2)) && validMonth(digits.slice(2, 4)) && validYear(digits.slice(4));
  const monthFirst = validMonth(digits.slice(0, 2)) && validDay(digits.slice(2, 4)) && validYear(digits.slice(4));
  const yearFirst = validYear(digits.slice(0, 4)) && validMonth(digits.slice(4, 6)) && validDay(digits.slice(6));
  return dayFirst || monthFirst || yearFirst;
}

const THAI_MONTHS = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
];

/** 1 มกราคม 2530, 01ม.ค.2530: a birth date as a Thai writes it, the month by its name. */
function isThaiDate(password: string): boolean {
  const match = /^([0-9๐-๙]{1,2})\s*(\D+?)\s*([0-9๐-๙]{4})$/u.exec(password.trim());
  if (!match) return false;
  const month = THAI_MONTHS.findIndex((names) => names.includes((match[2] ?? '').replace(/\s/g, '')));
  const day = asDigits(match[1] ?? '') ?? '';
  return month >= 0 && isDate(`${day.padStart(2, '0')}${String(month + 1).padStart(2, '0')}${asDigits(match[3] ?? '') ?? ''}`);
}

/** A group said again and again: aaaaaaaaaa, 1212121212, abcabcabca, abc123abc123, ๕๕๕๕๕๕๕๕๕๕. */
function isRepeated(text: string): boolean {
  const chars = [...text];
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.every((ch, i) => ch === chars[i % size])) return true;
  }
  return false;
}

/** 1234567890 typed with the Thai layout on gives ๅ/-ภถุึคตจ; any run or repeat of it is as weak. */
function thaiNumberRowDigits(password: string): string | null {
  const chars = [...password];
  if (!chars.every((ch) => THAI_NUMBER_ROW.includes(ch))) return null;
  return chars.map((ch) => String((THAI_NUMBER_ROW.indexOf(ch) + 1) % 10)).join('');
}

// "password" in its usual disguises, "รหัสผ่าน", and each typed with the other keyboard layout on.
const PASSWORD_WORDS = [/p[a@4][s$5z][s$5z]?w[o0]r?d/giu, /รหัส(ผ่าน)?/gu, /ยฟหหไนพก/gu, /isylzjko/gu, /pass/giu];

/**
 * Little left once the guessable words are taken out: fewer than five letters and marks besides
 * digits and symbols. "somchai2567!" or "P@ssw0rd123" is the word with a number; "รหัสผ่านทดสอบ-2565" has a
 * word of its own besides, which is what makes it one a guesser cannot start from.
 */
function littleBesides(text: string, words: (string | RegExp)[]): boolean {
  const rest = words.reduce<string>((left, word) => (typeof word === 'string' ? left.split(word).join('') : left.replace(new RegExp(word.source, word.flags), '')), text);
  // Thai vowels above and below and tone marks are marks (\p{M}), not letters, yet part of a word:
  // "ที่นี่" is written with 6 (2 letters), "ใหม่" with 4.
  return (rest.replace(/[@$]/g, '').match(/[\p{L}\p{M}]/gu)?.length ?? 0) < 5;
}

// Rows of the keyboards in use (QWERTY, and Kedmanee's unshifted Thai rows) and the alphabet: a
// walk along one, either way, is among the first things a guesser tries.
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz', 'ๆไำพะัีรนยบลฃ', 'ฟหกดเ้่าสวง', 'ผปแอิืทมใฝ'];
const LETTERS = /[\p{L}\p{M}]/gu;

/** The letters of a password, digits and symbols left out, are a walk along one row: qwerty@123, a1b2c3d4e5, ฟหกดเ้่า. */
function isKeyboardWalk(password: string): boolean {
  const letters = (password.match(LETTERS) ?? []).join('');
  if ([...letters].length < 4) return false;
  const reversed = [...letters].reverse().join('');
  return KEY_ROWS.some((row) => row.includes(letters) || row.includes(reversed));
}

/** Two or three letters and a run of digits: Aa123456789, ab-987654321. */
function isFewLettersAndDigitRun(password: string): boolean {
  const letters = password.match(LETTERS) ?? [];
  const digits = asDigits(password.replace(LETTERS, '').replace(/[^0-9๐-๙]/gu, ''));
  return letters.length < 4 && digits !== null && digits.length >= 6 && isDigitRun(digits);
}

function isPasswordWord(password: string): boolean {
  if (!PASSWORD_WORDS.slice(0, 4).some((word) => new RegExp(word.source, word.flags).test(password))) return false;
  return littleBesides(password, PASSWORD_WORDS);
}

// Titles said before a Thai name: part of what is written, not of the name itself.
const TITLES = new Set(['นาย', 'นาง', 'นางสาว', 'น.ส.', 'ดร.', 'mr.', 'mrs.', 'ms.', 'miss', 'dr.']);
const TITLE_PREFIX = /^(นางสาว|นาย|นาง|น\.ส\.|ดร\.)/u;

function nameParts(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/u)
    .filter((part) => !TITLES.has(part))
    .map((part) => part.replace(TITLE_PREFIX, ''))
    .filter((part) => [...part].length >= 3);
}

const pattern = (name: keyof typeof PASSWORD_PROBLEMS): PasswordProblem => ({ code: `password.${name}`, values: {} });

/** Why the password cannot be used, as a code a screen words in its language, or null. */
export function passwordCheck(password: string, owner: PasswordOwner = {}): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return { code: 'password.tooShort', values: { min: PASSWORD_MIN_LENGTH } };
  if ([...password].length > PASSWORD_MAX_LENGTH) return { code: 'password.tooLong', values: { max: PASSWORD_MAX_LENGTH } };
  const lower = password.normalize('NFC').toLowerCase();
  const thaiRow = thaiNumberRowDigits(lower);
  if (thaiRow !== null && (isDigitRun(thaiRow) || isRepeated(thaiRow))) return pattern('thaiNumberRow');
  const digits = asDigits(lower);
  if (digits !== null && isDigitRun(digits)) return pattern('digitRun');
  if (digits !== null && isPhoneNumber(digits)) return pattern('phone');
  if (isDate(lower) || isThaiDate(lower)) return pattern('date');
  if (isRepeated(lower) || (digits !== null && isRepeated(digits))) return pattern('repeated');
  if (isFewLettersAndDigitRun(lower)) return pattern('digitRun');
  if (isKeyboardWalk(lower)) return pattern('keyboard');
  if (isPasswordWord(lower)) return pattern('passwordWord');
  const username = owner.username?.trim().toLowerCase();
  const names = owner.name ? nameParts(owner.name.normalize('NFC')) : [];
  if (username && username.length >= 3 && lower.includes(username) && littleBesides(lower, [username, ...names])) return pattern('username');
  if (names.some((part) => lower.includes(part)) && littleBesides(lower, names)) return pattern('name');
  return null;
}

/** A Thai reason the password cannot be used, or null: what the server sends. */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  const problem = passwordCheck(password, owner);
  return problem && passwordInThai(problem);
}
