import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import { createContext, useContext } from 'react';
import { toApiError } from '../shared/utils/api-errors';

/**
 * The few requests made before anyone is signed in (`me`, `login`, `logout`, `systemInfo`), over plain fetch: the
 * sign-in page does not download Apollo Client (≈ 50 KB gzipped); the signed-in app does. Same endpoint, headers
 * and cookie as the Apollo client (apollo-client.ts), and failures are thrown as Apollo's error classes, so
 * `toApiError` reads them alike.
 */
export interface SessionApi {
  request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData>;
}

export interface SessionApiOptions {
  uri?: string;
  /** Current UI language, sent as Accept-Language so API messages can follow it. */
  getLanguage?: () => string;
  fetch?: typeof fetch;
  /** Pauses between retries of a query that did not get through (weak connections drop requests); never writes. */
  retryDelaysMs?: readonly number[];
}

export function createSessionApi(options: SessionApiOptions = {}): SessionApi {
  const uri = options.uri ?? '/graphql';
  const retryDelays = options.retryDelaysMs ?? [500, 1500];
  const send = async (body: string): Promise<unknown> => {
    const response = await (options.fetch ?? fetch)(uri, {
      method: 'POST',
      // The session is an httpOnly cookie set by `login`; the token never reaches script.
      credentials: 'include',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // The API's CSRF prevention accepts only requests a plain HTML form cannot send.
        'apollo-require-preflight': 'true',
        'accept-language': options.getLanguage?.() ?? 'ar',
      },
      body,
    });
    const bodyText = await response.text();
    let result: FormattedExecutionResult;
    try {
      result = JSON.parse(bodyText) as FormattedExecutionResult;
    } catch (parseError) {
      throw new ServerParseError(parseError, { response, bodyText });
    }
    if (result.errors?.length) throw new CombinedGraphQLErrors(result);
    if (!response.ok || !result.data) throw new ServerError(`Response not successful: Received status code ${response.status}`, { response, bodyText });
    return result.data;
  };
  return {
    async request(document, variables) {
      const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
      const body = JSON.stringify({ operationName: operation?.name?.value, query: print(document), variables: variables ?? {} });
      const attempts = operation?.operation === 'query' ? retryDelays.length + 1 : 1;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return (await send(body)) as never;
        } catch (error) {
          if (attempt >= attempts || toApiError(error).code !== 'NETWORK') throw error;
          await new Promise((resume) => setTimeout(resume, retryDelays[attempt - 1]));
        }
      }
    },
  };
}

export const SessionApiContext = createContext<SessionApi | null>(null);

export function useSessionApi(): SessionApi {
  const api = useContext(SessionApiContext);
  if (!api) throw new Error('useSessionApi() is used outside <AppProviders>');
  return api;
}
