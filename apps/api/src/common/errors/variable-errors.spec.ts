import { variableFieldErrors } from './variable-errors';

describe('variableFieldErrors', () => {
  it('points at the field inside `input` for a wrong enum value', () => {
    expect(
      variableFieldErrors('Variable "$input" got invalid value "CHARITY" at "input.kind"; Value "CHARITY" does not exist in "OrganizationKind" enum.'),
    ).toEqual([{ field: 'kind', message: 'Value "CHARITY" does not exist in "OrganizationKind" enum.', constraint: 'isValidType' }]);
  });

  it('handles list indexes, missing and unknown nested fields', () => {
    expect(
      variableFieldErrors('Variable "$input" got invalid value { name: {} } at "input.branches[0]"; Field "governorate" of required type "String!" was not provided.'),
    ).toEqual([{ field: 'branches.0.governorate', message: 'is required', constraint: 'isNotEmpty' }]);
    expect(
      variableFieldErrors('Variable "$input" got invalid value { color: "red" }; Field "color" is not defined by type "CreateOrganizationInput".'),
    ).toEqual([{ field: 'color', message: 'color is not a known field', constraint: 'whitelistValidation' }]);
  });

  it('names a missing variable and ignores other messages', () => {
    expect(variableFieldErrors('Variable "$id" of required type "ID!" was not provided.')).toEqual([
      { field: 'id', message: 'is required', constraint: 'isNotEmpty' },
    ]);
    expect(variableFieldErrors('Cannot query field "foo" on type "Query".')).toBeUndefined();
  });
});
