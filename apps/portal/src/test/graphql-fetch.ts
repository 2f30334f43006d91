/** A stand-in for the API: answers GraphQL POSTs by operation name, and records what was sent. */
export interface GraphQLResponseBody {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export type OperationHandler = (variables: Record<string, unknown>) => GraphQLResponseBody | Promise<GraphQLResponseBody>;

export interface RecordedRequest {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  url: string;
}

export function graphqlFetch(handlers: Record<string, OperationHandler>) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { operationName: string; variables?: Record<string, unknown> };
    const variables = body.variables ?? {};
    requests.push({
      operationName: body.operationName,
      variables,
      headers: new Headers(init?.headers),
      credentials: init?.credentials,
      url: String(input),
    });
    const handler = handlers[body.operationName];
    if (!handler) throw new Error(`No test handler for operation ${body.operationName}`);
    const result = await handler(variables);
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'content-type': 'application/graphql-response+json' },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export function graphQLError(code: string, message = code, extensions: Record<string, unknown> = {}): GraphQLResponseBody {
  return { data: null, errors: [{ message, extensions: { code, ...extensions } }] };
}
