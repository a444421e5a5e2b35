import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_PROBLEMS, PASSWORD_TH, passwordCheck, passwordInThai, passwordProblem, type PasswordProblem } from '../../../src/domain/passwordRule';

describe('the password rule', () => {
  it('asks for at least ten characters, counted as typed, Thai included', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordProblem('ภูเขาทอง9')).toBe('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร');
    expect(passwordProblem('ภูเขาทองวัด')).toBeNull();
    expect(passwordProblem('รหัสผ่านภาษาไทย')).toBeNull();
    expect(passwordProblem('')).toBe('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร');
  });

  it('refuses more than two hundred characters', () => {
    expect(passwordProblem('ab'.repeat(PASSWORD_MAX_LENGTH / 2 - 2) + 'wxyz')).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe('รหัสผ่านยาวเกิน 200 ตัวอักษร');
  });

  it.each([
    ['1234567890', 'digitRun'],
    ['0987654321', 'digitRun'],
    ['4567890123', 'digitRun'],
    ['๑๒๓๔๕๖๗๘๙๐', 'digitRun'],
    ['0812345678', 'phone'],
    ['095-555-1212', 'phone'],
    ['+66 81 234 5678', 'phone'],
    ['02-123-4567', 'phone'],
    ['1111111111', 'repeated'],
    ['1212121212', 'repeated'],
    ['abcabcabca', 'repeated'],
    ['ๆๆๆๆๆๆๆๆๆๆ', 'repeated'],
    ['2530-01-01', 'date'],
    ['01/01/2530', 'date'],
    ['15.08.2541', 'date'],
    ['1 มกราคม 2530', 'date'],
    ['๑๕ส.ค.๒๕๔๑', 'date'],
    [' 1 ม.ค. 2530 ', 'date'],
    ['05 ธันวาคม 2470', 'date'],
    ['ๅ/-ภถุึคตจ', 'thaiNumberRow'],
    ['จตคึุถภ-/ๅ', 'thaiNumberRow'],
    ['ๅๅๅๅๅๅๅๅๅๅ', 'thaiNumberRow'],
    ['password2567', 'passwordWord'],
    ['P@ssw0rd123!', 'passwordWord'],
    ['รหัสผ่าน1234', 'passwordWord'],
    ['รหัสผ่านใหม่-2569', 'passwordWord'],
    ['ยฟหหไนพก2567', 'passwordWord'],
  ] as const)('refuses %s, saying why in Thai', (password, problem) => {
    expect(passwordProblem(password)).toBe(PASSWORD_PROBLEMS[problem]);
  });

  it('refuses the owner’s username or name with only digits or symbols added, and not a password that merely holds them', () => {
    const owner = { username: 'somchai.k', name: 'นายสมชาย ใจดีมาก' };
    expect(passwordProblem('Somchai.K2567!', owner)).toBe(PASSWORD_PROBLEMS.username);
    expect(passwordProblem('สมชาย@2567!!', owner)).toBe(PASSWORD_PROBLEMS.name);
    expect(passwordProblem('ใจดีมาก.25300101', owner)).toBe(PASSWORD_PROBLEMS.name);
    // The title is not the name: นาย alone inside a password is nothing to do with this owner.
    expect(passwordProblem('นายอำเภอ-2567!', owner)).toBeNull();
    expect(passwordProblem('สมชายชอบปลูกมะม่วง', owner)).toBeNull();
    expect(passwordProblem('สมชาย@2567!!')).toBeNull();
    // A Thai word besides the name counts by all it is written with, vowels and tone marks too.
    expect(passwordProblem('สมชายที่นี่2567', owner)).toBeNull();
    expect(passwordProblem('ใจดีมากมีสุข-2567', owner)).toBeNull();
  });

  it('refuses a walk along a keyboard row or the alphabet, with the digits and symbols people add', () => {
    for (const walk of ['qwerty@123', 'asdfghjkl;', '1234qwer!@#$', 'abcdefghij', 'abcd123456', 'a1b2c3d4e5', 'poiuytrewq', 'ๆไำพะัีรนยบ', 'ฟหกดเ้่าสวง', 'ผปแอิ-2567']) {
      expect([walk, passwordProblem(walk)]).toEqual([walk, PASSWORD_PROBLEMS.keyboard]);
    }
    // A row's letters inside words of one's own are no walk.
    expect(passwordProblem('asdf เทศบาลพอกน้อย')).toBeNull();
    expect(passwordProblem('qazwsxedcr-ที่บ้าน')).toBeNull();
  });

  it('refuses two or three letters before a run of digits, and a longer group said twice', () => {
    expect(passwordProblem('Aa123456789')).toBe(PASSWORD_PROBLEMS.digitRun);
    expect(passwordProblem('ab-987654321')).toBe(PASSWORD_PROBLEMS.digitRun);
    expect(passwordProblem('abc123abc123')).toBe(PASSWORD_PROBLEMS.repeated);
    expect(passwordProblem('Aa192837465')).toBeNull();
  });

  it('lets through long passwords that only look like the patterns in part', () => {
    expect(passwordProblem('0812345678 ที่บ้านแม่')).toBeNull();
    expect(passwordProblem('รหัสผ่านทดสอบ-2565')).toBeNull();
    expect(passwordProblem('1234567891')).toBeNull();
    expect(passwordProblem('31132530xx')).toBeNull();
    expect(passwordProblem('32 มกราคม 2530')).toBeNull();
    expect(passwordProblem('1 มกราคมที่เชียงใหม่ 2530')).toBeNull();
  });
});

describe('passwordCheck', () => {
  it.each([
    ['ภูเขาทอง9', { code: 'password.tooShort', values: { min: PASSWORD_MIN_LENGTH } }],
    ['x'.repeat(PASSWORD_MAX_LENGTH + 1), { code: 'password.tooLong', values: { max: PASSWORD_MAX_LENGTH } }],
    ['ๅ/-ภถุึคตจ', { code: 'password.thaiNumberRow', values: {} }],
    ['1234567890', { code: 'password.digitRun', values: {} }],
    ['0812345678', { code: 'password.phone', values: {} }],
    ['01012530xx', null],
    ['2530-01-01', { code: 'password.date', values: {} }],
    ['aaaaaaaaaa', { code: 'password.repeated', values: {} }],
    ['qwertyuiop', { code: 'password.keyboard', values: {} }],
    ['P@ssw0rd123', { code: 'password.passwordWord', values: {} }],
    ['ภูเขาทองวัด', null],
  ])('%s gives %j', (password, problem) => {
    expect(passwordCheck(password)).toEqual(problem);
  });

  it('names the owner: username before name', () => {
    const owner = { username: 'somchai.k', name: 'นายสมชาย ใจดีมาก' };
    expect(passwordCheck('Somchai.K2567!', owner)).toEqual({ code: 'password.username', values: {} });
    expect(passwordCheck('สมชาย@2567!!', owner)).toEqual({ code: 'password.name', values: {} });
  });
});

describe('passwordInThai', () => {
  it.each([
    [{ code: 'password.tooShort', values: { min: 10 } }, 'รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร'],
    [{ code: 'password.tooLong', values: { max: 200 } }, 'รหัสผ่านยาวเกิน 200 ตัวอักษร'],
    [{ code: 'password.common', values: {} }, PASSWORD_TH['password.common']],
    ...(Object.keys(PASSWORD_PROBLEMS) as (keyof typeof PASSWORD_PROBLEMS)[]).map((name) => [{ code: `password.${name}`, values: {} }, PASSWORD_PROBLEMS[name]] as const),
  ] as [PasswordProblem, string][])('%j is worded %s', (problem, words) => {
    expect(passwordInThai(problem)).toBe(words);
  });
});
