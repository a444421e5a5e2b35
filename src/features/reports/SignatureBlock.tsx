import { signatureLines, type Signatures } from './signatures';

export type { Signatures } from './signatures';

/**
 * Who prepared the document and who approved it, with dotted lines where a name is not given.
 * The outer block is what print keeps whole; the grid inside lays the two side by side.
 */
export function SignatureBlock({ signatures }: { signatures: Signatures }) {
  return (
    <footer className="signatures">
      <div className="signature-grid">
        {signatureLines(signatures).map((s) => (
          <div key={s.role} className="signature">
            <p className="sign-line">{s.sign}</p>
            <p>{s.name}</p>
            <p>{s.title}</p>
          </div>
        ))}
      </div>
    </footer>
  );
}
