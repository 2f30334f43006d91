import { toApiError } from '../utils/api-errors';
import { NotFoundPage } from './NotFoundPage';
import { ErrorState, ForbiddenState } from './states';

/** What a detail page shows when its query failed: not found, not allowed, or a retryable failure. */
export function QueryFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { code } = toApiError(error);
  if (code === 'NOT_FOUND') return <NotFoundPage />;
  if (code === 'FORBIDDEN') return <ForbiddenState />;
  return <ErrorState error={error} onRetry={onRetry} />;
}
