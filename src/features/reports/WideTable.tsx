import type { ReactNode } from 'react';

/**
 * A table too wide for a phone: there it keeps a readable width and scrolls sideways by itself,
 * so the text around it still fits the screen. It can take focus, so a keyboard can scroll it
 * too. On a wider screen and on paper it is a plain block.
 */
export function WideTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="doc-wide" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
