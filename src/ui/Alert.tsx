import type { ReactNode } from 'react';

/**
 * A refusal or a failure, announced as it appears (role=alert) and styled as every other: the one
 * place the app says "this did not go through". `block` for one holding a list.
 */
export function Alert({ id, block = false, children }: { id?: string; block?: boolean; children: ReactNode }) {
  const Tag = block ? 'div' : 'p';
  return (
    <Tag id={id} role="alert" className="field-error">
      {children}
    </Tag>
  );
}
