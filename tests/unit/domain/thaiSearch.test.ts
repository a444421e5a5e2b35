import { matchesWords, searchForm, searchWords } from '../../../src/domain/thaiSearch';

/** As the measures list searches: the query's words against texts in search form. */
const matchesSearch = (query: string, texts: readonly string[]) => matchesWords(searchWords(query), texts.map(searchForm));

describe('Thai search', () => {
  it('reads a tone mark typed before or after an upper vowel as one spelling', () => {
    // ที่ typed as ท + ่ + ี (tone first) and as ท + ี + ่ (vowel first)
    expect(searchForm('ท\u0E48\u0E35')).toBe(searchForm('ท\u0E35\u0E48'));
    expect(searchForm('กุ้ง')).toBe(searchForm('ก\u0E49\u0E38ง'));
  });

  it('reads SARA AM as one letter or two', () => {
    expect(searchForm('ดำเนินการ')).toBe(searchForm('ด\u0E4D\u0E32เนินการ'));
  });

  it('ignores spaces, zero-width spaces and letter case', () => {
    expect(searchForm('จัดซื้อ จัด\u200Bจ้าง')).toBe('จัดซื้อจัดจ้าง');
    expect(searchForm('O12 ITA')).toBe('o12ita');
  });

  it('finds every word of the query somewhere in the texts', () => {
    const texts = ['การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง', 'กองคลัง'];
    expect(matchesSearch('จัดซื้อ', texts)).toBe(true);
    expect(matchesSearch('ความ โปร่งใส', texts)).toBe(true);
    expect(matchesSearch('โปร่ง ใส กองคลัง', texts)).toBe(true);
    expect(matchesSearch('ความโปร\u0E48งใส', ['ความโปร่งใส'])).toBe(true);
    expect(matchesSearch('สินบน', texts)).toBe(false);
    expect(matchesSearch('   ', texts)).toBe(true);
  });
});
