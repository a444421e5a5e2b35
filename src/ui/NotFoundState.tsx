import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A page that does not exist (an old link, a mistyped address): says so, and offers one way on,
 * rather than an error with a retry that can never succeed.
 */
export function NotFoundState({ title, children, backTo }: { title: string; children?: ReactNode; backTo: { href: string; label: string } }) {
  return (
    <section className="card not-found">
      <h1>{title}</h1>
      {children}
      <p className="back-link">
        <Link to={backTo.href}>{backTo.label}</Link>
      </p>
    </section>
  );
}
