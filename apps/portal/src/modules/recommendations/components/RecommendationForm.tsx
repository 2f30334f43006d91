import { useQuery } from '@apollo/client/react';
import type { GetInputPropsReturnType } from '@mantine/form';
import { Button, Collapse, Group, MultiSelect, Select, SimpleGrid, Stack, UnstyledButton, Text } from '@mantine/core';
import { IconChevronDown, IconLink } from '@tabler/icons-react';
import { pickLocalized } from '@shuraka/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/components/DateField';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { LocalizedTextFields } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDate } from '../../../shared/utils/format';
import { foldedOptionsFilter } from '../../../shared/utils/options-filter';
import { latestVersions } from '../../questionnaires/list/utils/latest-versions';
import { RECOMMENDATION_LINK_OPTIONS } from '../graphql/recommendations.graphql';
import { ABOUT_FIELDS, validateRecommendation, type RecommendationValues } from '../utils/recommendation-forms';

type Organization = { id: string; name: { ar?: string | null; en?: string | null } };

export interface RecommendationFormProps {
  consortiumId: string;
  /** The consortium's member organisations: the owners are picked among them. */
  organizations: readonly Organization[];
  initialValues: RecommendationValues;
  submitLabel: string;
  onSubmit: (values: RecommendationValues) => Promise<void>;
  onCancel: () => void;
  /** A meeting does not point at itself. */
  excludeMeetingId?: string;
}

/** Bilingual text, owner organisations, due date and (folded away) what it is about. */
export function RecommendationForm({
  consortiumId,
  organizations,
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
  excludeMeetingId,
}: RecommendationFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hasLinks = ABOUT_FIELDS.some((field) => initialValues[field]);
  const [linksOpen, setLinksOpen] = useState(hasLinks);
  const { form, submit, generalError, formRef } = useApiForm<RecommendationValues>({
    initialValues,
    validate: validateRecommendation,
    onSubmit,
  });
  const ownerOptions = useMemo(
    () =>
      organizations
        .map((organization) => ({ value: organization.id, label: pickLocalized(organization.name, locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [organizations, locale],
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="recommendation-form">
      <Stack gap="sm">
        <LocalizedTextFields
          form={form}
          path="text"
          labelAr={t('recommendations.form.textAr')}
          labelEn={t('recommendations.form.textEn')}
          description={t('recommendations.form.textHint')}
          multiline
          required
          testIdPrefix="recommendation-text"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <MultiSelect
            label={t('recommendations.form.owners')}
            placeholder={t('recommendations.form.ownersPlaceholder')}
            data={ownerOptions}
            searchable
            filter={foldedOptionsFilter}
            hidePickedOptions
            comboboxProps={{ withinPortal: false }}
            data-testid="recommendation-owners-input"
            {...form.getInputProps('ownerOrganizationIds')}
          />
          <DateField label={t('recommendations.form.dueOn')} data-testid="recommendation-due-input" {...form.getInputProps('dueOn')} />
        </SimpleGrid>
        <UnstyledButton
          onClick={() => setLinksOpen((open) => !open)}
          aria-expanded={linksOpen}
          data-testid="recommendation-links-toggle"
        >
          <Group gap={6}>
            <IconLink size={16} aria-hidden />
            <Text size="sm" fw={600}>
              {t('recommendations.form.links')}
            </Text>
            <IconChevronDown size={14} aria-hidden style={{ transform: linksOpen ? 'rotate(180deg)' : undefined }} />
          </Group>
        </UnstyledButton>
        <Collapse expanded={linksOpen}>
          {linksOpen ? (
            <LinkFields
              consortiumId={consortiumId}
              organizationIds={organizations.map((organization) => organization.id)}
              excludeMeetingId={excludeMeetingId}
              props={(field) => form.getInputProps(field)}
            />
          ) : null}
        </Collapse>
        <FormErrorAlert error={generalError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="recommendation-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LinkFields({
  consortiumId,
  organizationIds,
  excludeMeetingId,
  props,
}: {
  consortiumId: string;
  organizationIds: string[];
  excludeMeetingId?: string;
  props: (field: (typeof ABOUT_FIELDS)[number]) => GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading } = useQuery(RECOMMENDATION_LINK_OPTIONS, { variables: { consortiumId } });
  const options = useMemo(() => {
    const members = new Set(organizationIds);
    return {
      aboutQuestionnaireId: latestVersions((data?.questionnaires.edges ?? []).map((edge) => edge.node)).map((node) => ({
        value: node.id,
        label: pickLocalized(node.title, locale),
      })),
      aboutMeetingId: (data?.meetings.edges ?? [])
        .map((edge) => edge.node)
        .filter((node) => node.id !== excludeMeetingId)
        .map((node) => ({ value: node.id, label: `${pickLocalized(node.title, locale)} · ${formatDate(node.heldOn, locale)}` })),
      aboutCommitteeId: (data?.committees.edges ?? []).map((edge) => ({ value: edge.node.id, label: pickLocalized(edge.node.name, locale) })),
      aboutServiceId: (data?.services.edges ?? [])
        .filter((edge) => members.has(edge.node.organization.id))
        .map((edge) => ({ value: edge.node.id, label: pickLocalized(edge.node.name, locale) })),
    };
  }, [data, excludeMeetingId, locale, organizationIds]);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" pt="xs">
      {ABOUT_FIELDS.map((field) => (
        <Select
          key={field}
          label={t(`recommendations.form.${field}`)}
          placeholder={loading ? t('common.states.loading') : t('recommendations.form.none')}
          data={options[field]}
          searchable
          clearable
          filter={foldedOptionsFilter}
          comboboxProps={{ withinPortal: false }}
          data-testid={`recommendation-${field}`}
          {...props(field)}
        />
      ))}
    </SimpleGrid>
  );
}
