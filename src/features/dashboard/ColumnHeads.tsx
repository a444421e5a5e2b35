import type { ReactNode } from 'react';

export interface ColumnHead {
  label: ReactNode;
  /** `num` right-aligns a column of figures; `col-…` names a column the phone layout narrows or hides. */
  className?: string;
}

/** The head of one of the dashboard's tables: a row of column headings, in the order given. */
export function ColumnHeads({ heads }: { heads: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>
        {heads.map((head, i) => (
          // The columns are fixed for a table's life, so their place is their identity.
          <th key={i} scope="col" className={head.className}>
            {head.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
