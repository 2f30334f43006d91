import { Alert, Anchor, Button, Checkbox, Chip, Fieldset, Group, Input, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import {
  APPLICANT_CATEGORY_LABELS,
  GENDER_LABELS,
  GUARANTEE_TYPE_LABELS,
  LIMITS,
  PROJECT_SIZE_LABELS,
  SERVICE_KIND_LABELS,
} from '@shuraka/domain';
import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConsortiumOptions } from '../../consortia/hooks/use-consortium-options';
import { DateField } from '../../../shared/components/DateField';
import { FormErrorAlert } from '../../../shared/components/FormErrorAlert';
import { GovernorateSelect, MoneyFields } from '../../../shared/components/fields';
import { useApiForm } from '../../../shared/hooks/use-api-form';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { ApiError } from '../../../shared/utils/api-errors';
import { toLatinDigits } from '../../../shared/utils/digits';
import { formatDate } from '../../../shared/utils/format';
import { enumOptions } from '../../../shared/utils/options';
import type { ApplicantDuplicatesQuery } from '../../../gql/graphql';
import { APPLICANT_DUPLICATES_QUERY } from '../graphql/applicants.graphql';
import { localToday } from '../utils/applicant-display';
import {
  APPLICANT_FIELD_ERROR_KEYS,
  currencyForGovernorate,
  duplicatesInput,
  validateApplicantValues,
  checkPhone,
  type ApplicantFormValues,
} from '../utils/applicant-form';

export interface ApplicantFormProps {
  initialValues: ApplicantFormValues;
  onSubmit: (values: ApplicantFormValues) => Promise<void>;
  onCancel: () => void;
  /** The applicant being corrected: no consent or consortium to choose, and not a duplicate of itself. */
  applicantId?: string;
}

type Duplicate = ApplicantDuplicatesQuery['applicantDuplicates'][number];

/** Likely duplicates found before saving, next to the button: open one of them, or save anyway. */
function PossibleDuplicates({ duplicates, onContinue }: { duplicates: Duplicate[]; onContinue: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('applicants.duplicates.title')}
      role="alert"
      data-testid="applicant-possible-duplicates"
    >
      <Stack gap="xs">
        <Text size="sm">{t('applicants.duplicates.text')}</Text>
        {duplicates.map(({ applicant, reasons }) => (
          <Stack key={applicant.id} gap={0}>
            <Anchor component={Link} to={`/applicants/${applicant.id}`} fw={600} data-testid="applicant-possible-duplicate-link">
              <bdi>{applicant.fullName}</bdi>
            </Anchor>
            <Text size="sm">
              {reasons.map((reason) => t(`applicants.duplicates.reasons.${reason}`)).join(' · ')}
              {applicant.birthDate ? ` · ${formatDate(applicant.birthDate, locale)}` : ''}
              {applicant.district ? ` · ${applicant.district}` : ''}
              {applicant.phone ? (
                <>
                  {' · '}
                  <bdi dir="ltr">{applicant.phone}</bdi>
                </>
              ) : null}
            </Text>
          </Stack>
        ))}
        <Group>
          <Button variant="outline" color="orange" onClick={onContinue} data-testid="applicant-duplicates-continue">
            {t('applicants.duplicates.continue')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The applicant the API says is already registered, when the coordinator may see them. */
export function existingApplicantId(error: ApiError | null): string | null {
  if (error?.code !== 'CONFLICT') return null;
  const id = error.details?.existingApplicantId;
  return typeof id === 'string' && id ? id : null;
}

function DuplicateAlert({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const existingId = existingApplicantId(error);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('applicants.form.duplicateTitle')}
      role="alert"
      data-testid="applicant-duplicate"
    >
      <Stack gap={6}>
        <Text size="sm">{t('applicants.form.duplicateText')}</Text>
        {existingId ? (
          <Anchor component={Link} to={`/applicants/${existingId}`} fw={600} data-testid="applicant-duplicate-link">
            {t('applicants.form.duplicateOpen')}
          </Anchor>
        ) : (
          <Text size="sm">{t('applicants.form.duplicateHidden')}</Text>
        )}
      </Stack>
    </Alert>
  );
}

export function ApplicantForm({ initialValues, onSubmit, onCancel, applicantId }: ApplicantFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const consortia = useConsortiumOptions();
  // The API completes local numbers with the chosen consortium's calling code, or with the
  // coordinator's only consortium's when none is chosen; undefined when that cannot be told here.
  const callingCodeFor = (consortiumId: string | null): string | null | undefined => {
    if (consortiumId) return consortia.callingCodes.has(consortiumId) ? consortia.callingCodes.get(consortiumId) : undefined;
    return consortia.callingCodes.size === 1 ? [...consortia.callingCodes.values()][0] : undefined;
  };
  const client = useApolloClient();
  const editing = applicantId !== undefined;
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  // Set by "save anyway": the next submit skips the duplicate check once.
  const duplicatesAccepted = useRef(false);
  const { form, submit, generalError, formRef } = useApiForm({
    initialValues,
    validate: (values: ApplicantFormValues) => validateApplicantValues(values, localToday(), callingCodeFor(values.consortiumId)),
    onSubmit: async (values: ApplicantFormValues) => {
      setDuplicates([]);
      const input = duplicatesAccepted.current ? null : duplicatesInput(values, applicantId);
      duplicatesAccepted.current = false;
      if (input) {
        const { data } = await client.query({ query: APPLICANT_DUPLICATES_QUERY, variables: { input }, fetchPolicy: 'network-only' });
        const found = data?.applicantDuplicates ?? [];
        if (found.length > 0) {
          setDuplicates(found);
          return;
        }
      }
      await onSubmit(values);
    },
    fieldErrorKeys: APPLICANT_FIELD_ERROR_KEYS,
  });
  const values = form.getValues();
  const governorate = form.getInputProps('governorate');
  const phone = form.getInputProps('phone');
  const phoneCheck = checkPhone(values.phone, callingCodeFor(values.consortiumId));
  const needsError = form.errors.needs;
  // A stale correction is a conflict too, but not a duplicate: FormErrorAlert shows the API's message.
  const isDuplicate = generalError?.code === 'CONFLICT' && generalError.details?.reason !== 'STALE_VERSION';

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="applicant-form">
      <Stack gap="md">

        <Fieldset legend={t('applicants.form.sectionPerson')}>
          <Stack gap="sm">
            <TextInput
              label={t('applicants.form.fullName')}
              placeholder={t('applicants.form.fullNamePlaceholder')}
              withAsterisk
              maxLength={LIMITS.nameMaxLength}
              autoComplete="off"
              data-testid="applicant-full-name"
              {...form.getInputProps('fullName')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('applicants.form.category')}
                placeholder={t('applicants.form.categoryPlaceholder')}
                data={enumOptions(APPLICANT_CATEGORY_LABELS, locale)}
                withAsterisk
                data-testid="applicant-category"
                {...form.getInputProps('category')}
              />
              <Select
                label={t('applicants.form.gender')}
                placeholder={t('applicants.form.genderPlaceholder')}
                data={enumOptions(GENDER_LABELS, locale)}
                withAsterisk
                data-testid="applicant-gender"
                {...form.getInputProps('gender')}
              />
              <DateField
                label={t('applicants.form.birthDate')}
                placeholder={t('applicants.form.birthDatePlaceholder')}
                maxDate={localToday()}
                defaultLevel={form.getValues().birthDate ? 'month' : 'decade'}
                data-testid="applicant-birth-date"
                {...form.getInputProps('birthDate')}
              />
              <TextInput
                label={t('applicants.form.nationalId')}
                description={t(editing ? 'applicants.edit.nationalIdHint' : 'applicants.form.nationalIdHint')}
                inputMode="numeric"
                dir="ltr"
                autoComplete="off"
                maxLength={30}
                data-testid="applicant-national-id"
                {...form.getInputProps('nationalId')}
              />
            </SimpleGrid>
            <TextInput
              type="tel"
              label={t('applicants.form.phone')}
              description={t('applicants.form.phoneHint')}
              inputMode="tel"
              dir="ltr"
              autoComplete="off"
              maxLength={30}
              data-testid="applicant-phone"
              {...phone}
              error={phone.error ?? (phoneCheck.error && values.phone.replace(/\D/g, '').length >= 8 ? t(`validation.${phoneCheck.error}`) : undefined)}
              onChange={(event: ChangeEvent<HTMLInputElement>) => phone.onChange(toLatinDigits(event.currentTarget.value))}
            />
            {phoneCheck.display && !phone.error ? (
              <Text size="sm" c="dimmed" data-testid="applicant-phone-normalised">
                {t('applicants.form.phoneSavedAs')} <bdi dir="ltr">{phoneCheck.display}</bdi>
              </Text>
            ) : null}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('applicants.form.sectionPlace')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <GovernorateSelect
              label={t('applicants.form.governorate')}
              placeholder={t('applicants.form.governoratePlaceholder')}
              withAsterisk
              data-testid="applicant-governorate"
              {...governorate}
              onChange={(code) => {
                governorate.onChange(code);
                // Amounts are usually in the local currency: fill it in, never overwrite a choice.
                if (!form.getValues().requestedAmount.currency) {
                  const currency = currencyForGovernorate(code);
                  if (currency) form.setFieldValue('requestedAmount.currency', currency);
                }
              }}
            />
            <TextInput
              label={t('applicants.form.district')}
              maxLength={LIMITS.nameMaxLength}
              data-testid="applicant-district"
              {...form.getInputProps('district')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('applicants.form.sectionProject')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('applicants.form.projectSize')}
                data={enumOptions(PROJECT_SIZE_LABELS, locale)}
                clearable
                data-testid="applicant-project-size"
                {...form.getInputProps('projectSize')}
              />
              <TextInput
                label={t('applicants.form.sector')}
                placeholder={t('applicants.form.sectorPlaceholder')}
                maxLength={LIMITS.nameMaxLength}
                data-testid="applicant-sector"
                {...form.getInputProps('sector')}
              />
            </SimpleGrid>
            <MoneyFields form={form} path="requestedAmount" label={t('applicants.form.requestedAmount')} testId="applicant-amount" />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('applicants.form.sectionNeeds')}>
          <Stack gap="sm">
            <Input.Wrapper
              label={t('applicants.form.needs')}
              description={t('applicants.form.needsHint')}
              withAsterisk
              error={needsError}
              data-testid="applicant-needs"
            >
              <Chip.Group multiple value={values.needs} onChange={(needs) => form.setFieldValue('needs', needs)}>
                <Group gap={6} mt={6} role="group" aria-invalid={needsError ? true : undefined}>
                  {enumOptions(SERVICE_KIND_LABELS, locale).map((option) => (
                    <Chip
                      key={option.value}
                      value={option.value}
                      size="sm"
                      wrapperProps={{ 'data-testid': `applicant-need-${option.value}` }}
                    >
                      {option.label}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Input.Wrapper>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('applicants.form.guaranteeOffered')}
                placeholder={t('applicants.form.guaranteePlaceholder')}
                data={enumOptions(GUARANTEE_TYPE_LABELS, locale)}
                withAsterisk
                data-testid="applicant-guarantee"
                {...form.getInputProps('guaranteeOffered')}
              />
              {editing ? null : (
                <Select
                  label={t('applicants.form.consortium')}
                  description={t('applicants.form.consortiumHint')}
                  placeholder={t('common.values.notSpecified')}
                  data={consortia.options}
                  clearable
                  searchable
                  disabled={consortia.options.length === 0}
                  data-testid="applicant-consortium"
                  {...form.getInputProps('consortiumId')}
                />
              )}
            </SimpleGrid>
          </Stack>
        </Fieldset>

        {editing ? null : (
          <Fieldset legend={t('applicants.form.sectionConsent')}>
            <Checkbox
              label={t('applicants.form.consent')}
              description={t('applicants.form.consentHint')}
              data-testid="applicant-consent"
              {...form.getInputProps('consentGiven', { type: 'checkbox' })}
            />
          </Fieldset>
        )}

        {duplicates.length > 0 ? (
          <PossibleDuplicates
            duplicates={duplicates}
            onContinue={() => {
              duplicatesAccepted.current = true;
              submit();
            }}
          />
        ) : null}

        {generalError && isDuplicate ? <DuplicateAlert error={generalError} /> : <FormErrorAlert error={generalError} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="applicant-submit">
            {t(editing ? 'applicants.edit.submit' : 'applicants.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
