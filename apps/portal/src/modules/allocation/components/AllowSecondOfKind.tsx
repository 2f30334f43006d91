import { Button, Group, Stack, Textarea } from '@mantine/core';
import { LIMITS } from '@shuraka/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The coordinator's "yes, a second one of this kind" for one applicant: a reason, then a new plan. */
export function AllowSecondOfKind({ name, planning, onAllow }: { name: string; planning: boolean; onAllow: (reason: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <Button size="compact-sm" variant="light" onClick={() => setOpen(true)} data-testid="plan-allow-second">
        {t('allocation.review.allowSecond')}
      </Button>
    );
  }
  return (
    <Stack gap={6} style={{ flex: '1 1 100%' }}>
      <Textarea
        label={t('allocation.review.allowSecondReason', { name })}
        required
        autosize
        minRows={2}
        maxLength={LIMITS.noteMaxLength}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-testid="plan-allow-second-reason"
      />
      <Group gap="xs" justify="flex-end">
        <Button size="compact-sm" variant="default" onClick={() => setOpen(false)}>
          {t('allocation.review.allowSecondCancel')}
        </Button>
        <Button size="compact-sm" disabled={!reason.trim()} loading={planning} onClick={() => onAllow(reason.trim())} data-testid="plan-allow-second-confirm">
          {t('allocation.review.allowSecondConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
