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

  it.each([
    // Thai and Arabic digits, either way round
    { query: '2566', text: 'แผนปฏิบัติการ ปีงบประมาณ พ.ศ. ๒๕๖๖', found: true },
    { query: '๒๕๖๖', text: 'ปีงบประมาณ 2566', found: true },
    { query: 'o๑๒', text: 'ข้อ O12 ช่องทางร้องเรียน', found: true },
    { query: '2567', text: 'ปีงบประมาณ ๒๕๖๖', found: false },
    // A word ending in ฯ is shortened: it finds the full name
    { query: 'สำนักปลัดฯ', text: 'สำนักปลัดเทศบาล', found: true },
    { query: 'สำนักปลัด ฯ', text: 'สำนักปลัดเทศบาล', found: true },
    { query: 'สำนักปลัดฯ', text: 'สำนักปลัดฯ', found: true },
    { query: 'สำนักปลัด', text: 'เอกสารของสำนักปลัดฯ', found: true },
    { query: 'กรุงเทพฯ', text: 'กรุงเทพมหานคร', found: true },
    { query: 'สำนักปลัดฯ', text: 'กองคลัง', found: false },
    // ฯลฯ and ฯพณฯ keep the ฯ that opens them: they do not turn into any ล or พณ
    { query: 'ฯลฯ', text: 'เอกสาร ฯลฯ', found: true },
    { query: 'ฯลฯ', text: 'กองคลัง', found: false },
    { query: 'ฯพณฯ', text: 'ให้ ฯพณฯ นายกรัฐมนตรี', found: true },
    { query: 'ฯพณฯ', text: 'พณิชย์', found: false },
    // Abbreviation dots stay: dropped, ก.ช. would be กช, inside ภาคเอกชน (a unit's short form is
    // matched as a whole name by the measures list, not here)
    { query: 'กช.', text: 'กช.', found: true },
    { query: 'กช', text: 'กช.', found: true },
    { query: 'ต.ค.', text: 'ภายใน ต.ค. 2566', found: true },
    { query: 'ก.ช.', text: 'ความร่วมมือภาคเอกชน', found: false },
    { query: 'ม.ค.', text: 'ส่งเสริมความโปร่งใส', found: false },
    { query: 'ก.ค.', text: 'หลักคุณธรรม', found: false },
    // ฯ alone is looked for, not an empty query that finds everything
    { query: 'ฯ', text: 'กองคลัง', found: false },
    { query: 'ฯ', text: 'เอกสาร ฯลฯ', found: true },
    // A decimal point is not an abbreviation's: 93.75 does not find 9375
    { query: '93.75', text: 'คะแนน ๙๓.๗๕', found: true },
    { query: '93.75', text: 'รหัส 9375', found: false },
  ])('$query in “$text”: $found', ({ query, text, found }) => {
    expect(matchesSearch(query, [text])).toBe(found);
  });

  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['สำนักปลัดฯ', 'สำนักปลัด'],
    ['สำนักปลัดฯ, กองคลัง', 'สำนักปลัด,กองคลัง'],
    ['ฯลฯ', 'ฯล'],
    ['ก.ช.', 'ก.ช.'],
    ['1.5', '1.5'],
  ])('puts “%s” in search form as “%s”', (text, form) => {
    expect(searchForm(text)).toBe(form);
  });
});
