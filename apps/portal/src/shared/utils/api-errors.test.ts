import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { hasErrorCode, toApiError } from './api-errors';

function serverError(status: number, body: string) {
  return new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(body, { status }),
    bodyText: body,
  });
}

describe('toApiError', () => {
  it('reads the code and the field errors of a BAD_USER_INPUT error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              { field: 'branches.0.governorate', message: 'must be a governorate code', constraint: 'isGovernorate' },
              { field: 'capacity', message: 'must not be less than 0' },
              { message: 'no field: ignored' },
            ],
          },
        },
      ],
    });
    expect(toApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid input',
      fieldErrors: [
        { field: 'branches.0.governorate', message: 'must be a governorate code', constraint: 'isGovernorate' },
        { field: 'capacity', message: 'must not be less than 0' },
      ],
    });
  });

  it('keeps the message of a CONFLICT, which is shown to the user', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Al-Awn Foundation is already a member', extensions: { code: 'CONFLICT' } }],
    });
    expect(toApiError(error)).toMatchObject({ code: 'CONFLICT', message: 'Al-Awn Foundation is already a member' });
  });

  it('keeps the rest of a conflict’s extensions, which say what it conflicts with', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'An applicant with this national id is already registered',
          extensions: { code: 'CONFLICT', existingApplicantId: 'app-1', reasons: [{ code: 'AGE', message: 'x' }] },
        },
      ],
    });
    expect(toApiError(error)).toEqual({
      code: 'CONFLICT',
      message: 'An applicant with this national id is already registered',
      fieldErrors: [],
      details: { existingApplicantId: 'app-1', reasons: [{ code: 'AGE', message: 'x' }] },
    });
  });

  it('prefers a known code when several errors come back', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'odd', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, { message: 'gone', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(toApiError(error).code).toBe('NOT_FOUND');
  });

  it('reads GraphQL errors from a non-2xx response body', () => {
    const body = JSON.stringify({ errors: [{ message: 'Too many attempts', extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    expect(toApiError(serverError(400, body)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('falls back on the HTTP status', () => {
    expect(toApiError(serverError(429, 'slow down')).code).toBe('TOO_MANY_REQUESTS');
    expect(toApiError(serverError(503, '<html>bad gateway</html>')).code).toBe('NETWORK');
    expect(toApiError(serverError(500, 'boom')).code).toBe('UNKNOWN');
  });

  it('calls a failed fetch or an HTML page a network problem', () => {
    expect(toApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    const parseError = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });
    expect(toApiError(parseError).code).toBe('NETWORK');
  });

  it('says UNKNOWN for anything else', () => {
    expect(toApiError(new Error('strange')).code).toBe('UNKNOWN');
    expect(toApiError('not even an error').code).toBe('UNKNOWN');
  });
});

describe('hasErrorCode', () => {
  it('detects the session being gone', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(false);
    expect(hasErrorCode(undefined, 'UNAUTHENTICATED')).toBe(false);
  });
});
