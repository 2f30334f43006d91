import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../utils/api-errors';
import { describeErrorCode, describeFieldError } from '../utils/describe-error';

/**
 * What failed that no field can show: the API's own words for a conflict, and field errors the form cannot place.
 * Forms put it just above their submit button, where the eye and finger are after a tap; it takes focus on a
 * failure (`useFormErrors`), so a screen reader reads it and a phone scrolls to it.
 */
export function FormErrorAlert({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const showServerMessage = error.code === 'CONFLICT' && error.message;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={describeErrorCode(error.code, t)}
      role="alert"
      data-testid="form-error"
      data-form-error
      tabIndex={-1}
    >
      {showServerMessage ? <Text size="sm">{error.message}</Text> : null}
      {error.fieldErrors.length > 0 ? (
        <List size="sm">
          {error.fieldErrors.map((fieldError) => (
            <List.Item key={`${fieldError.field}:${fieldError.constraint ?? fieldError.message}`}>
              {describeFieldError(fieldError, t)}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
