import type { MeasuresDocument } from '../../domain/reports/measuresDocument';
import { SignatureBlock, type Signatures } from './SignatureBlock';
import { WideTable } from './WideTable';

const score = (n: number | null) => (n === null ? '—' : n.toFixed(2));

/**
 * มาตรการส่งเสริมคุณธรรมและความโปร่งใส as the agency publishes it, in Thai whatever the screen's
 * language: the heading, part 1's analysis, part 2's table, the driving measures, and the
 * signatures. The same markup is the screen's preview and the printed page.
 */
export function MeasuresDocumentView({ doc, signatures }: { doc: MeasuresDocument; signatures: Signatures }) {
  return (
    <article className="report-doc" lang="th" aria-label={`มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${doc.fiscalYear}`}>
      <header className="doc-heading">
        <p className="doc-title">มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {doc.fiscalYear}</p>
        <p>
          {doc.organisation} {doc.place}
        </p>
      </header>
      <section>
        <h2 className="doc-h">
          1) การวิเคราะห์ผลการประเมิน ITA ของ {doc.organisation} ปีงบประมาณ พ.ศ. {doc.fiscalYear}
        </h2>
        {doc.result && (
          <p className="doc-para">
            จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. {doc.fiscalYear} {doc.organisation} พบว่ามีผลคะแนน {score(doc.result.total)} คะแนน อยู่ในระดับ {doc.result.level}{' '}
            โดยวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ดังนี้
          </p>
        )}
        <table className="doc-table doc-analysis">
          <thead>
            <tr>
              <th scope="col">ตัวชี้วัดของการประเมิน ITA</th>
              <th scope="col">คะแนน</th>
              <th scope="col">ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ</th>
            </tr>
          </thead>
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
                  <td className="num">{score(d.score)}</td>
                  <td>
                    {d.notes.map((n) => (
                      <p key={n}>{n}</p>
                    ))}
                    {d.findings.map((f) => (
                      <p key={f.title}>
                        <strong>ข้อบกพร่อง {f.title}:</strong> {f.analysis}
                        {f.improvement && ` — ปรับปรุงโดย ${f.improvement}`}
                        {f.units && ` (${f.units})`}
                      </p>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>
      <section className="doc-part2">
        <h2 className="doc-h">2) ข้อเสนอแนะในการพัฒนาคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. {doc.fiscalYear}</h2>
        <p className="doc-para">
          {doc.organisation} {doc.place} ได้กำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {doc.fiscalYear} ไว้ ดังนี้
        </p>
        <WideTable label="ตารางมาตรการ">
          <table className="doc-table doc-measures">
            <thead>
              <tr>
                <th scope="col">มาตรการ/แนวทาง</th>
                <th scope="col">วิธีการดำเนินการ</th>
                <th scope="col">ผู้รับผิดชอบ</th>
                <th scope="col">ระยะเวลาดำเนินการ</th>
                <th scope="col">การติดตามผล</th>
              </tr>
            </thead>
            <tbody>
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
            <h2 className="doc-h">3) มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส</h2>
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
