import { firstAccountMessages } from '../../../src/app/firstAccountMessages';
import { PASSWORD_TH, type PasswordProblemCode } from '../../../src/domain/passwordRule';
import { ownPasswordMessages } from '../../../src/features/accounts/ownPasswordMessages';
import { PASSWORD_EN, problemWordsUnder } from '../../../src/ui/passwordProblemWords';

const codes = Object.keys(PASSWORD_TH) as PasswordProblemCode[];
const THAI = /[\u0E00-\u0E7F]/;

describe('the password problems’ words', () => {
  it('has English for every code the domain has Thai for', () => {
    expect(Object.keys(PASSWORD_EN).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s has English free of Thai but for the Thai examples it quotes', (code) => {
    const quoted = /ๅ\/-ภถุึคตจ|รหัสผ่าน|มกราคม|ฟหกด/g;
    expect(PASSWORD_EN[code].replace(quoted, '')).not.toMatch(THAI);
  });

  it('puts them under a catalog’s own keys, the same sentences', () => {
    expect(problemWordsUnder('x.problem.', 'th')['x.problem.digitRun']).toBe(PASSWORD_TH['password.digitRun']);
    expect(problemWordsUnder('x.problem.', 'en')['x.problem.tooShort']).toBe(PASSWORD_EN['password.tooShort']);
  });

  it.each([
    ['ownPassword', ownPasswordMessages],
    ['firstAccount', firstAccountMessages],
  ] as const)('the %s catalog takes every problem from the shared tables, not a copy', (prefix, catalog) => {
    const th: Record<string, string> = catalog.th;
    const en: Record<string, string> = catalog.en;
    for (const code of codes) {
      const key = `${prefix}.problem.${code.slice('password.'.length)}`;
      expect([key, th[key]]).toEqual([key, PASSWORD_TH[code]]);
      expect([key, en[key]]).toEqual([key, PASSWORD_EN[code]]);
    }
  });
});
