import type { Actor } from '../../../domain/schemas/actor';

/**
 * Who is acting, on every request. Not authentication: the mocked API trusts it, and the Node
 * server (issue 11) replaces it with a session. Header values must be ASCII, so the Thai name
 * travels URI-encoded.
 */
export const ACTOR_HEADERS = { role: 'X-ITA-Role', unit: 'X-ITA-Unit', user: 'X-ITA-User' } as const;

/** The account a tab signed in as, on the agency's server: see HttpStoreOptions.signedInAs. */
export const ACCOUNT_HEADER = 'X-ITA-Account';

export function actorHeaders(actor: Actor): Record<string, string> {
  return {
    [ACTOR_HEADERS.role]: actor.role,
    [ACTOR_HEADERS.unit]: actor.unitId ?? '',
    [ACTOR_HEADERS.user]: encodeURIComponent(actor.name),
  };
}
