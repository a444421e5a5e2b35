import type { Framework } from '../schemas/framework';
import { O_ITEMS_2565 } from './oItems2565';

/** NACC's ITA method for fiscal years 2564–2565; weights are even within each instrument. */
export const ITA_2565: Framework = {
  fiscalYear: 2565,
  name: 'ITA 2565',
  instruments: [
    {
      code: 'IIT',
      name: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
      nameEn: 'Internal Integrity and Transparency Assessment',
      weight: 30,
      indicators: [
        { number: 1, name: 'การปฏิบัติหน้าที่', nameEn: 'Performance of duties', weight: 6 },
        { number: 2, name: 'การใช้งบประมาณ', nameEn: 'Use of budget', weight: 6 },
        { number: 3, name: 'การใช้อำนาจ', nameEn: 'Use of authority', weight: 6 },
        { number: 4, name: 'การใช้ทรัพย์สินของราชการ', nameEn: 'Use of state property', weight: 6 },
        { number: 5, name: 'การแก้ไขปัญหาการทุจริต', nameEn: 'Tackling corruption', weight: 6 },
      ],
    },
    {
      code: 'EIT',
      name: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
      nameEn: 'External Integrity and Transparency Assessment',
      weight: 30,
      indicators: [
        { number: 6, name: 'คุณภาพการดำเนินงาน', nameEn: 'Quality of operations', weight: 10 },
        { number: 7, name: 'ประสิทธิภาพการสื่อสาร', nameEn: 'Effective communication', weight: 10 },
        { number: 8, name: 'การปรับปรุงการทำงาน', nameEn: 'Improving work', weight: 10 },
      ],
    },
    {
      code: 'OIT',
      name: 'แบบวัดการเปิดเผยข้อมูลสาธารณะ',
      nameEn: 'Open Integrity and Transparency Assessment',
      weight: 40,
      indicators: [
        { number: 9, name: 'การเปิดเผยข้อมูล', nameEn: 'Information disclosure', weight: 20 },
        { number: 10, name: 'การป้องกันการทุจริต', nameEn: 'Preventing corruption', weight: 20 },
      ],
    },
  ],
  levels: [
    { level: 'AA', min: 95 },
    { level: 'A', min: 85 },
    { level: 'B', min: 75 },
    { level: 'C', min: 65 },
    { level: 'D', min: 55 },
    { level: 'E', min: 50 },
    { level: 'F', min: 0 },
  ],
  passMark: 85,
  oItems: O_ITEMS_2565,
  oItemScoring: 'present-absent',
};
