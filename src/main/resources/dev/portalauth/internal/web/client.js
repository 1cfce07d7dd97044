// kraken-portal-auth for browser code: the session, the portal's allowed Kraken operations, logout.
// A dependency-free ES module; the tokens stay in HttpOnly cookies, this code never sees them.

/** A refusal of the module: `status` (HTTP) and `code` (its `error`, e.g. UNAUTHENTICATED). */
export class AuthError extends Error {
  constructor(status, code) {
    super(code || "HTTP " + status);
    this.name = "AuthError";
    this.status = status;
    this.code = code || null;
  }
}

async function call(path, init) {
  const response = await fetch(BASE + path, {
    credentials: "same-origin",
    cache: "no-store",
    ...init,
    headers: { Accept: "application/json", ...(init && init.body ? { "Content-Type": "application/json" } : {}) },
  });
  if (!response.ok) {
    let code = null;
    try {
      code = (await response.json()).error;
    } catch (unreadable) {
      // no JSON body: the status says it
    }
    throw new AuthError(response.status, code);
  }
  return response.status === 204 ? {} : response.json();
}

/** The session as `GET` session endpoint reports it: `{isAuthenticated, authMethod, accountNumber, guest, …}`. */
export function session() {
  return call(PATHS.session, { method: "GET" });
}

/**
 * Runs one of the portal's allowed operations as the visitor: by its id (the SHA-256 hex of the
 * document) or by its text. Resolves to Kraken's `{data, errors}`; rejects with an AuthError
 * (UNAUTHENTICATED, OPERATION_NOT_ALLOWED, RATE_LIMITED, KRAKEN_UNAVAILABLE, …).
 */
export function graphql(idOrQuery, variables = {}) {
  const request = /^[0-9a-f]{64}$/.test(idOrQuery) ? { id: idOrQuery } : { query: idOrQuery };
  return call(PATHS.graphql, { method: "POST", body: JSON.stringify({ ...request, variables }) });
}

/** Logs out (every cookie of the session cleared); `everywhere: true` also ends the user's other sessions at Kraken. */
export function logout({ everywhere = false } = {}) {
  return call(PATHS.logout, { method: "POST", body: JSON.stringify({ everywhere }) });
}
