import { HEALTHS } from '../../domain/measureHealth';
import { thaiShortDate } from '../../domain/reports/exports';
import { progressReportTitlePhrases } from '../../domain/reports/progressReport';
import { th } from '../../i18n/th';
import { HEALTH_LABELS, MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { EvidenceNames } from './EvidenceNames';
import { Phrases } from './Phrases';
import { PROGRESS_WORDS } from './progressWords';
import type { ProgressReport } from '../../domain/reports/progressReport';
import { SignatureBlock, type Signatures } from './SignatureBlock';
import { DocTable } from './DocTable';
import { formatDay } from '../../i18n/dates';

// A date is never split across lines ('31 / มีนาคม 2566').
const longDate = (iso: string) => <span className="keep">{formatDay(iso, 'th-TH', 'long')}</span>;

/**
 * รายงานผลการดำเนินการตามมาตรการ for a period, in Thai whatever the screen's language: the
 * summary by health and by unit, then each measure with its steps and what was reported.
 */
export function ProgressReportView({ report, signatures }: { report: ProgressReport; signatures: Signatures }) {
  const titlePhrases = progressReportTitlePhrases(report.fiscalYear);
  const title = titlePhrases.join('');
  return (
    <article className="report-doc" lang="th" aria-label={title}>
      <header className="doc-heading">
        <p className="doc-title">
          <Phrases phrases={titlePhrases} />
        </p>
        <p>
          {report.organisation} {report.place}
        </p>
        <p>
          ระหว่างวันที่ {longDate(report.period.from)} ถึง {longDate(report.period.to)}
        </p>
      </header>
      <section>
        <h2 className="doc-h">1) สรุปผลการดำเนินการ</h2>
        <p className="doc-para">
          มาตรการทั้งหมด {report.measures.length} มาตรการ ณ วันที่ {longDate(report.period.to)}{' '}
          {HEALTHS.filter((h) => report.byHealth[h] > 0)
            .map((h) => `${th[HEALTH_LABELS[h]]} ${report.byHealth[h]} มาตรการ`)
            .join(' ')}
        </p>
        <DocTable label="ตารางสรุปผลรายหน่วยงาน" className="doc-summary" heads={['ผู้รับผิดชอบ', 'ทั้งหมด', ...HEALTHS.map((h) => th[HEALTH_LABELS[h]])]} empty={report.byUnit.length === 0}>
          {report.byUnit.map((u) => (
            <tr key={u.unit}>
              <th scope="row">{u.unit}</th>
              <td className="num">{u.total}</td>
              {HEALTHS.map((h) => (
                <td key={h} className="num">
                  {u.byHealth[h]}
                </td>
              ))}
            </tr>
          ))}
        </DocTable>
      </section>
      <section>
        <h2 className="doc-h">2) ผลการดำเนินการรายมาตรการ</h2>
        <DocTable label="ตารางผลการดำเนินการรายมาตรการ" className="doc-progress" heads={['มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผลการดำเนินการ', 'สถานะ']} empty={report.measures.length === 0}>
          {report.measures.map((m) => (
            <tr key={m.order}>
              <th scope="row">
                {m.order}. {m.title}
                {m.units && <span className="doc-aside">{m.units}</span>}
                {m.timeframe && <span className="doc-aside">{m.timeframe}</span>}
              </th>
              <td>
                {m.steps.length > 0 && (
                  <ol>
                    {m.steps.map((s) => (
                      <li key={s.text}>
                        {s.text}
                        {s.done && ' ✓'}
                      </li>
                    ))}
                  </ol>
                )}
              </td>
              <td>
                {m.updates.length === 0
                  ? 'ไม่มีรายงานในช่วงนี้'
                  : m.updates.map((u) => (
                      <p key={`${u.date}-${u.percent}-${u.note}`}>
                        {thaiShortDate(u.date)}: ร้อยละ {u.percent} {u.note}
                        {u.evidenceUrl && <span className="doc-link"> {PROGRESS_WORDS.link} {u.evidenceUrl}</span>}
                        {u.files && u.files.length > 0 && <EvidenceNames files={u.files} />}
                      </p>
                    ))}
              </td>
              <td>
                {th[MEASURE_STATUS_LABELS[m.status]]} ร้อยละ {m.percent}
                <span className="doc-aside">{th[HEALTH_LABELS[m.health]]}</span>
              </td>
            </tr>
          ))}
        </DocTable>
      </section>
      <SignatureBlock signatures={signatures} />
    </article>
  );
}
