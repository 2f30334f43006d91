import type { FieldError } from './app-error';

const AT_PATH = /Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s;
const WHOLE_VARIABLE = /Variable "\$(\w+)" got invalid value .*?; (.*)$/s;
const NOT_PROVIDED = /Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\./;
const NESTED_FIELD = /^Field "(\w+)" (?:of required type "[^"]+" was not provided|is not defined by type "[^"]+")/;

/** `input.branches[0].governorate` → `branches.0.governorate` (paths relative to an `input` argument). */
function normalisePath(variable: string, path: string): string {
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (segments[0] === variable && variable === 'input') segments.shift();
  return segments.join('.');
}

/**
 * Field errors for the variables GraphQL itself refused before any resolver ran (wrong enum value,
 * missing required field, unknown field, wrong type), parsed from graphql-js's messages.
 */
export function variableFieldErrors(message: string): FieldError[] | undefined {
  const notProvided = NOT_PROVIDED.exec(message);
  if (notProvided) return [{ field: notProvided[1], message: 'is required', constraint: 'isNotEmpty' }];
  const atPath = AT_PATH.exec(message);
  const whole = atPath ? null : WHOLE_VARIABLE.exec(message);
  if (!atPath && !whole) return undefined;
  const variable = (atPath ?? whole)![1];
  const base = atPath ? normalisePath(variable, atPath[2]) : variable === 'input' ? '' : variable;
  const reason = (atPath ? atPath[3] : whole![2]).trim();
  const nested = NESTED_FIELD.exec(reason);
  if (nested) {
    const field = [base, nested[1]].filter(Boolean).join('.');
    const unknown = reason.includes('is not defined');
    return [{ field, message: unknown ? `${field} is not a known field` : 'is required', constraint: unknown ? 'whitelistValidation' : 'isNotEmpty' }];
  }
  return [{ field: base || variable, message: reason, constraint: 'isValidType' }];
}
