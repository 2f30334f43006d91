import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type AssignmentStatus = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED';

export const ASSIGNMENT_STATUS_COLORS: Record<AssignmentStatus, string> = { NOT_STARTED: 'gray', DRAFT: 'blue', SUBMITTED: 'teal' };

export function AssignmentStatusBadge({ status, ...props }: { status: AssignmentStatus } & BadgeProps & { 'data-testid'?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={ASSIGNMENT_STATUS_COLORS[status]} {...props}>
      {t(`questionnaires.form.status.${status}`)}
    </Badge>
  );
}
