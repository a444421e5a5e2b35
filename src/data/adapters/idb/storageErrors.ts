import { StoreError, type StorageReason } from '../../storeError';

const MESSAGES: Record<StorageReason, string> = {
  quota:
    'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม จึงบันทึกไม่ได้ ข้อมูลที่พิมพ์ไว้ยังอยู่ในแบบฟอร์ม กรุณาสำรองข้อมูลแล้วลบข้อมูลที่ไม่ใช้ของเว็บไซต์อื่นในเบราว์เซอร์ แล้วบันทึกอีกครั้ง',
  blocked:
    'แอปนี้เปิดอยู่ในแท็บอื่นด้วยรุ่นที่เก่ากว่า จึงปรับปรุงฐานข้อมูลไม่ได้ กรุณาปิดหรือโหลดแท็บอื่นใหม่ แล้วโหลดหน้านี้อีกครั้ง',
  unreadable: 'อ่านฐานข้อมูลในเบราว์เซอร์ไม่ได้ ข้อมูลเดิมยังไม่ถูกแก้ไขหรือลบ',
  'newer-version':
    'ข้อมูลในเบราว์เซอร์นี้บันทึกโดยแอปรุ่นที่ใหม่กว่า แอปรุ่นนี้จึงไม่เปิดเพื่อไม่ให้ข้อมูลเสียหาย กรุณาใช้แอปรุ่นล่าสุด',
  unavailable:
    'เบราว์เซอร์นี้ไม่อนุญาตให้เก็บข้อมูล (อาจเป็นโหมดส่วนตัวหรือถูกปิดไว้ในการตั้งค่า) จึงบันทึกข้อมูลไม่ได้',
};

export function storageError(reason: StorageReason, detail?: string): StoreError {
  return new StoreError({ kind: 'storage', reason }, detail ? `${MESSAGES[reason]} (${detail})` : MESSAGES[reason]);
}

/** Turns what IndexedDB throws into the store's typed errors; our own errors pass through. */
export function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return storageError('quota');
  if (name === 'VersionError') return storageError('newer-version');
  if (name === 'InvalidStateError' || name === 'SecurityError') return storageError('unavailable');
  return storageError('unreadable', error instanceof Error ? error.message : String(error));
}

/** Runs an IndexedDB operation so that whatever fails reaches the caller as a StoreError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw asStoreError(error);
  }
}
