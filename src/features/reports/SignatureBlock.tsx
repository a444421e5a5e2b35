import { signatureLines, type Signatures } from './signatures';

export type { Signatures } from './signatures';

/** Who prepared the document and who approved it, with dotted lines where a name is not given. */
export function SignatureBlock({ signatures }: { signatures: Signatures }) {
  return (
    <footer className="signatures">
      {signatureLines(signatures).map((s) => (
        <div key={s.role} className="signature">
          <p className="sign-line">{s.sign}</p>
          <p>{s.name}</p>
          <p>{s.title}</p>
        </div>
      ))}
    </footer>
  );
}
