export interface Signatures {
  signer: string;
  signerTitle: string;
  approver: string;
  approverTitle: string;
}

const blank = '..................................................';
// The lines after ลงชื่อ and ตำแหน่ง are shorter, so each stays on one line with its word.
const short = '..............................';

/** The three lines under each signature, dotted where a name or position is not given. */
export function signatureLines(signatures: Signatures): { role: string; sign: string; name: string; title: string }[] {
  return [
    [signatures.signer, signatures.signerTitle, 'ผู้จัดทำ'],
    [signatures.approver, signatures.approverTitle, 'ผู้อนุมัติ'],
  ].map(([name = '', title = '', role = '']) => ({ role, sign: `ลงชื่อ ${short} ${role}`, name: `(${name || blank})`, title: `ตำแหน่ง ${title || short}` }));
}
