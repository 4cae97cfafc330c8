// A minimal tRPC-over-HTTP client for tests against the running server (no transformer:
// inputs and results are plain JSON).
export type TrpcHttp = {
  query<T>(path: string, input: unknown): Promise<T>;
  mutation<T>(path: string, input: unknown): Promise<T>;
};

export class TrpcHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`tRPC call failed with HTTP ${status}`);
  }
}

async function resultOf<T>(response: Response): Promise<T> {
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!response.ok || !body.result) throw new TrpcHttpError(response.status, body);
  return body.result.data;
}

export function trpcHttp(baseUrl: string, sessionToken?: string): TrpcHttp {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (sessionToken) headers.authorization = `Bearer ${sessionToken}`;
  return {
    async query(path, input) {
      return resultOf(
        await fetch(
          `${baseUrl}/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          { headers },
        ),
      );
    },
    async mutation(path, input) {
      return resultOf(
        await fetch(`${baseUrl}/api/trpc/${path}`, { method: "POST", headers, body: JSON.stringify(input) }),
      );
    },
  };
}

/** Signs in over HTTP and returns a client that sends the session as a bearer token. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<TrpcHttp> {
  const { sessionToken } = await trpcHttp(baseUrl).mutation<{ sessionToken: string }>("auth.login", {
    email,
    password,
  });
  return trpcHttp(baseUrl, sessionToken);
}
