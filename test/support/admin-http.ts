/**
 * An Admin API client over plain HTTP (`fetch`) for tests of real processes: bearer session kept
 * from the `vendure-auth-token` header, GraphQL errors thrown.
 */

/** A GraphQL answer. */
export interface GraphQLAnswer<T> {
    data?: T;
    errors?: { message: string }[];
}

/** An Admin API client for the server (or proxy) at `base` (`http://host:port`). */
export function adminHttp(base: string) {
    let token = '';
    const query = async <T>(document: string, variables?: Record<string, unknown>): Promise<T> => {
        const res = await fetch(`${base}/admin-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: document, variables }),
        });
        const header = res.headers.get('vendure-auth-token');
        if (header) token = header;
        const body = (await res.json()) as GraphQLAnswer<T>;
        if (body.errors?.length) throw new Error(body.errors.map(e => e.message).join('; '));
        return body.data as T;
    };
    return {
        query,
        /** The session token (empty before {@link login}). */
        token: () => token,
        /** Signs in as the demo superadmin (`superadmin` / `superadmin`). */
        login: () =>
            query(`mutation { login(username: "superadmin", password: "superadmin") { __typename } }`),
    };
}
