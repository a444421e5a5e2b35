import { documentScore, findingWords, measuresDocumentWords, type MeasuresDocument } from '../../domain/reports/measuresDocument';
import { EvidenceNames } from './EvidenceNames';
import { Phrases, YearKept } from './Phrases';
import { SignatureBlock, type Signatures } from './SignatureBlock';
import { WideTable } from './WideTable';

/**
 * มาตรการส่งเสริมคุณธรรมและความโปร่งใส as the agency publishes it, in Thai whatever the screen's
 * language: the heading, part 1's analysis, part 2's table, the driving measures, and the
 * signatures. The same markup is the screen's preview and the printed page.
 */
export function MeasuresDocumentView({ doc, signatures }: { doc: MeasuresDocument; signatures: Signatures }) {
  const words = measuresDocumentWords(doc);
  return (
    <article className="report-doc" lang="th" aria-label={words.title}>
      <header className="doc-heading">
        <p className="doc-title">
          <Phrases phrases={words.titlePhrases} />
        </p>
        <p>{words.subtitle}</p>
      </header>
      <section>
        <h2 className="doc-h">
          <YearKept text={words.part1} />
        </h2>
        {words.part1Intro && (
          <p className="doc-para">
            <YearKept text={words.part1Intro} />
          </p>
        )}
        <table className="doc-table doc-analysis">
          <thead>
            <tr>
              {words.part1Columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          {doc.instruments.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={3} className="doc-empty">
                  {words.noAnalysis}
                </td>
              </tr>
            </tbody>
          )}
          {doc.instruments.map((instrument) => (
            <tbody key={instrument.code}>
              <tr className="group-row">
                <th scope="colgroup" colSpan={3}>
                  {instrument.name} ({instrument.code})
                </th>
              </tr>
              {instrument.indicators.map((d) => (
                <tr key={d.number}>
                  <th scope="row">
                    {d.number}. {d.name}
                  </th>
                  <td className="num">{documentScore(d.score)}</td>
                  <td>
                    {d.notes.map((n) => (
                      <p key={n}>{n}</p>
                    ))}
                    {d.findings.map((f) => {
                      const { lead, text } = findingWords(f);
                      return (
                        <p key={f.title}>
                          <strong>{lead}</strong> {text}
                          {f.files.length > 0 && <EvidenceNames files={f.files} />}
                        </p>
                      );
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>
      <section className="doc-part2">
        <h2 className="doc-h">
          <YearKept text={words.part2} />
        </h2>
        <p className="doc-para">
          <YearKept text={words.part2Intro} />
        </p>
        <WideTable label="ตารางมาตรการ">
          <table className="doc-table doc-measures">
            <thead>
              <tr>
                {words.part2Columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {doc.measures.length === 0 && (
                <tr>
                  <td colSpan={5} className="doc-empty">
                    {words.noMeasures}
                  </td>
                </tr>
              )}
              {doc.measures.map((m) => (
                <tr key={m.order}>
                  <th scope="row">
                    {m.order}. {m.title}
                  </th>
                  <td>
                    {m.method.length > 1 ? (
                      <ol>
                        {m.method.map((step) => (
                          <li key={step}>{step}</li>
                        ))}
                      </ol>
                    ) : (
                      m.method[0]
                    )}
                  </td>
                  <td>{m.units}</td>
                  <td>{m.timeframe}</td>
                  <td>{m.followUp}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideTable>
        {doc.driving.length > 0 && (
          <>
            <h2 className="doc-h">{words.driving}</h2>
            <ol className="doc-list">
              {doc.driving.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ol>
          </>
        )}
      </section>
      <SignatureBlock signatures={signatures} />
    </article>
  );
}
