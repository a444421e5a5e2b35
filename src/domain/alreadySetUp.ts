/**
 * Why a first run's restore or sample was refused: someone filled the data set meanwhile. The
 * stores send it, and the failure words take their Thai from it.
 */
export const ALREADY_SET_UP_TH = 'มีผู้ตั้งค่าข้อมูลของหน่วยงานไว้แล้วระหว่างนี้ จึงไม่ได้แทนที่ข้อมูล กรุณาโหลดหน้าใหม่เพื่อดูข้อมูลที่มีอยู่';
