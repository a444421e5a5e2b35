import { Fragment } from 'react';

/**
 * Text whose lines break only between the given phrases, each phrase carrying the space that
 * follows it; the space stays outside the phrase so two phrases on one line keep it between them.
 */
export function Phrases({ phrases }: { phrases: readonly string[] }) {
  return phrases.map((p, i) => (
    <Fragment key={i}>
      <span className="phrase">{p.trimEnd()}</span>
      {p.endsWith(' ') && ' '}
    </Fragment>
  ));
}

const YEAR = /((?:ประจำ)?ปีงบประมาณ พ.ศ. \d{4})/;

/** A sentence in which 'ปีงบประมาณ พ.ศ. 2565' never breaks across two lines. */
export function YearKept({ text }: { text: string }) {
  return text.split(YEAR).map((part, i) => (i % 2 === 1 ? <span key={i} className="keep">{part}</span> : part));
}
