export interface Signatures {
  signer: string;
  signerTitle: string;
  approver: string;
  approverTitle: string;
}

const blank = '..................................................';
// The signing line is shorter so that it, the word ลงชื่อ and the role stay on one line.
const signHere = '....................................';

/** Who prepared the document and who approved it, with dotted lines where a name is not given. */
export function SignatureBlock({ signatures }: { signatures: Signatures }) {
  return (
    <footer className="signatures">
      {[
        [signatures.signer, signatures.signerTitle, 'ผู้จัดทำ'],
        [signatures.approver, signatures.approverTitle, 'ผู้อนุมัติ'],
      ].map(([name, title, role]) => (
        <div key={role} className="signature">
          <p className="sign-line">
            ลงชื่อ {signHere} {role}
          </p>
          <p>({name || blank})</p>
          <p>ตำแหน่ง {title || blank}</p>
        </div>
      ))}
    </footer>
  );
}
