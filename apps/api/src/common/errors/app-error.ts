import { GraphQLError } from 'graphql';

/** The error codes of the public contract. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

export interface FieldError {
  /** Path inside the `input` argument, dot-separated: `name.ar`, `branches.0.governorate`. */
  field: string;
  message: string;
  /** Machine-readable rule that failed (`isNotEmpty`, `maxLength`, `isGovernorate` …), for translated messages. */
  constraint?: string;
  /** The message in Arabic and English, when the rule that failed wrote both (questionnaire answers). */
  localized?: { ar: string | null; en: string | null };
  /** 0-based offset in the expression the error is about (questionnaire expressions). */
  position?: number;
  /** 1-based spreadsheet row of an uploaded file the error is about (progress sheets; 0: the whole file). */
  row?: number;
  /** The column header of that row's cell, as written in the file. */
  column?: string | null;
}

/**
 * The one error type services throw: a contract code and a clear message.
 * It is a GraphQLError so Apollo keeps its extensions; the error formatter adds nothing else.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: { fieldErrors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }

  /**
   * An id that does not exist or that the user may not see. When the id came in an input, `field`
   * names it (fieldErrors, constraint `exists`), as for BAD_USER_INPUT.
   */
  static notFound(what: string, field?: string): AppError {
    if (!field) return new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
    return new AppError(ErrorCode.NOT_FOUND, `${what} not found (${field})`, {
      fieldErrors: [{ field, message: `no ${what.toLowerCase()} has this id`, constraint: 'exists' }],
    });
  }

  static forbidden(message = 'You are not allowed to do this'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Sign in first'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(message: string, extra: Record<string, unknown> = {}): AppError {
    return new AppError(ErrorCode.CONFLICT, message, extra);
  }

  static badInput(fieldErrors: FieldError[], message?: string): AppError {
    return new AppError(
      ErrorCode.BAD_USER_INPUT,
      message ?? `Invalid input: ${fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; ')}`,
      { fieldErrors },
    );
  }

  static field(field: string, message: string, constraint?: string): AppError {
    return AppError.badInput([{ field, message, constraint }]);
  }
}
