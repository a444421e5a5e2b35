import { SIGN_IN_TH, signInRefusalInThai, signInRefusalOf, type SignInRefusal } from '../../../src/domain/signInRefusals';

describe('sign-in refusals', () => {
  it.each<[SignInRefusal, string]>([
    [{ code: 'signIn.wrong', values: {} }, 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง'],
    [{ code: 'signIn.locked', values: { time: '14:35', minutes: 12 } }, 'ใส่รหัสผ่านผิดหลายครั้ง บัญชีนี้ถูกพักการลงชื่อเข้าใช้ถึงเวลา 14:35 น.'],
    [{ code: 'signIn.tooManyTries', values: { minutes: 15 } }, 'ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไปจากเครื่องนี้ กรุณารอ 15 นาทีแล้วลองใหม่'],
  ])('words %j in Thai for the API', (refusal, thai) => {
    expect(signInRefusalInThai(refusal)).toBe(thai);
  });

  it('leaves a placeholder it has no value for as it is, rather than write "undefined"', () => {
    expect(signInRefusalInThai({ code: 'setup.codeWrong', values: {} } as unknown as SignInRefusal)).toContain('{triesLeft}');
  });

  it('reads back a refusal the browser received, keeping only plain values', () => {
    expect(signInRefusalOf('signIn.locked', { time: '14:35', minutes: 12, extra: { nested: true } })).toEqual({ code: 'signIn.locked', values: { time: '14:35', minutes: 12 } });
    expect(signInRefusalOf('setup.noCode')).toEqual({ code: 'setup.noCode', values: {} });
  });

  it.each([[undefined], ['read-only'], ['toString']])('is null for a code that is not a sign-in refusal: %s', (code) => {
    expect(signInRefusalOf(code)).toBeNull();
  });

  it('has Thai for every code', () => {
    expect(Object.keys(SIGN_IN_TH)).toHaveLength(9);
    for (const thai of Object.values(SIGN_IN_TH)) expect(thai).toMatch(/[\u0E00-\u0E7F]/);
  });
});
