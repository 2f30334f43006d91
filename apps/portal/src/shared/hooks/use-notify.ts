import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../utils/api-errors';
import { describeErrorCode } from '../utils/describe-error';

/** Short-lived messages: a success after saving, or a failure that has no form to show it in. */
export function useNotify() {
  const { t } = useTranslation();
  const success = useCallback((message: string) => notifications.show({ color: 'teal', message }), []);
  const failure = useCallback(
    (error: unknown) => {
      const apiError = toApiError(error);
      const detail = apiError.code === 'CONFLICT' && apiError.message ? ` ${apiError.message}` : '';
      notifications.show({ color: 'red', message: `${describeErrorCode(apiError.code, t)}${detail}` });
    },
    [t],
  );
  return { success, failure };
}
