export interface Signatures {
  signer: string;
  signerTitle: string;
  approver: string;
  approverTitle: string;
}

const blank = '..................................................';
// The signing line is shorter so that it, the word ลงชื่อ and the role stay on one line.
const signHere = '..............................';

/** The three lines under each signature, dotted where a name or position is not given. */
export function signatureLines(signatures: Signatures): { role: string; sign: string; name: string; title: string }[] {
  return [
    [signatures.signer, signatures.signerTitle, 'ผู้จัดทำ'],
    [signatures.approver, signatures.approverTitle, 'ผู้อนุมัติ'],
  ].map(([name = '', title = '', role = '']) => ({ role, sign: `ลงชื่อ ${signHere} ${role}`, name: `(${name || blank})`, title: `ตำแหน่ง ${title || blank}` }));
}
