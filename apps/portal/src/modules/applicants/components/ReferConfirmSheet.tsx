import { Alert, Button, Drawer, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { LIMITS, type LocalizedText } from '@shuraka/domain';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalizedName } from '../../../shared/components/LocalizedName';

/** What the receiving partner sees of the applicant (the API never sends them the national id). */
export const SHARED_WITH_PARTNER = ['name', 'phone', 'category', 'place', 'birthDate', 'project', 'note'] as const;

export interface ReferConfirmSheetProps {
  opened: boolean;
  serviceName: LocalizedText;
  partnerName: LocalizedText;
  sending: boolean;
  /** Set when the API said the applicant has an open referral of this kind: a reason is asked for. */
  needsOverride: boolean;
  error?: ReactNode;
  onConfirm: (overrideReason: string | null) => void;
  onClose: () => void;
}

/**
 * Asks before a referral leaves: names the service, the partner and the data shared with it. A
 * bottom sheet on phones (the confirm button lands away from where the refer button was).
 */
export function ReferConfirmSheet({ opened, serviceName, partnerName, sending, needsOverride, error, onConfirm, onClose }: ReferConfirmSheetProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const [overrideReason, setOverrideReason] = useState('');
  const title = t('applicants.refer.title');
  const body = (
    <Stack gap="sm" data-testid="refer-confirm">
      <Text size="sm">{t('applicants.refer.to')}</Text>
      <LocalizedName text={serviceName} fw={700} component="div" data-testid="refer-confirm-service" />
      <LocalizedName text={partnerName} size="sm" c="dimmed" component="div" data-testid="refer-confirm-partner" />
      <Text size="sm" fw={600}>
        {t('applicants.refer.shared')}
      </Text>
      <List size="sm" data-testid="refer-confirm-shared">
        {SHARED_WITH_PARTNER.map((item) => (
          <List.Item key={item}>{t(`applicants.refer.sharedItems.${item}`)}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed">
        {t('applicants.refer.notShared')}
      </Text>
      {needsOverride ? (
        <Stack gap="xs">
          <Alert color="orange" variant="light" role="alert" data-testid="refer-open-of-kind">
            {t('applicants.refer.openOfKind')}
          </Alert>
          <Textarea
            label={t('applicants.refer.overrideReason')}
            required
            autosize
            minRows={2}
            maxLength={LIMITS.noteMaxLength}
            value={overrideReason}
            onChange={(event) => setOverrideReason(event.currentTarget.value)}
            data-testid="refer-override-reason"
          />
        </Stack>
      ) : null}
      {error}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} data-testid="refer-cancel">
          {t('applicants.refer.cancel')}
        </Button>
        <Button
          loading={sending}
          disabled={needsOverride && !overrideReason.trim()}
          onClick={() => onConfirm(needsOverride ? overrideReason.trim() : null)}
          data-testid="refer-confirm-button"
        >
          {t('applicants.refer.confirm')}
        </Button>
      </Group>
    </Stack>
  );
  return phone ? (
    <Drawer opened={opened} onClose={onClose} position="bottom" size="auto" title={title} radius="md">
      {body}
    </Drawer>
  ) : (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {body}
    </Modal>
  );
}
