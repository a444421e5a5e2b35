import type { ReactNode } from 'react';
import { WideTable } from './WideTable';

/**
 * One of a report document's tables: it scrolls sideways on a phone, heads every column, and is
 * never printed empty: with no rows (`empty`) one row says `emptyText` across all the columns.
 */
export function DocTable({
  label,
  className,
  heads,
  empty,
  emptyText = 'ยังไม่มีมาตรการ',
  children,
}: {
  label: string;
  className: string;
  heads: readonly string[];
  empty: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  return (
    <WideTable label={label}>
      <table className={`doc-table ${className}`}>
        <thead>
          <tr>
            {heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {empty && (
            <tr>
              <td colSpan={heads.length} className="doc-empty">
                {emptyText}
              </td>
            </tr>
          )}
          {children}
        </tbody>
      </table>
    </WideTable>
  );
}
