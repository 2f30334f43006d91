import { Anchor, Badge, Group } from '@mantine/core';
import { APPLICANT_CATEGORY_LABELS, GENDER_LABELS, GUARANTEE_TYPE_LABELS, PROJECT_SIZE_LABELS, SERVICE_KIND_LABELS } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import type { ApplicantProfileFieldsFragment } from '../../../gql/graphql';
import { Fact, Facts } from '../../../shared/components/Facts';
import { useLocale } from '../../../shared/hooks/use-locale';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../../shared/utils/format';
import { governorateName } from '../../../shared/utils/options';
import { ageOn, localToday } from '../utils/applicant-display';

export interface ApplicantFactsProps {
  applicant: ApplicantProfileFieldsFragment & { nationalIdLastDigits?: string | null; consentGivenAt?: string };
}

/**
 * What is known of an applicant, as the API returns it to the reader: a partner gets what a
 * decision needs; the registering coordinator also the last digits of the national id and the consent.
 */
export function ApplicantFacts({ applicant }: ApplicantFactsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notSpecified = t('common.values.notSpecified');
  const age = applicant.birthDate ? ageOn(applicant.birthDate, localToday()) : null;

  return (
    <Facts cols={{ base: 2, md: 3 }}>
      <Fact label={t('applicants.page.category')} testId="fact-category">
        {APPLICANT_CATEGORY_LABELS[applicant.category][locale]}
      </Fact>
      <Fact label={t('applicants.page.gender')}>{GENDER_LABELS[applicant.gender][locale]}</Fact>
      <Fact label={t('applicants.page.birthDate')} testId="fact-birth-date">
        {applicant.birthDate ? (
          <>
            {formatDate(applicant.birthDate, locale)}
            {age !== null ? ` · ${t('common.values.years', { age: formatNumber(age, locale) })}` : ''}
          </>
        ) : (
          notSpecified
        )}
      </Fact>
      <Fact label={t('applicants.page.governorate')}>{governorateName(applicant.governorate, locale)}</Fact>
      <Fact label={t('applicants.page.district')}>{applicant.district ?? notSpecified}</Fact>
      <Fact label={t('applicants.page.phone')} testId="fact-phone">
        {applicant.phone ? (
          <Anchor href={`tel:${applicant.phone}`} dir="ltr" size="sm">
            {applicant.phone}
          </Anchor>
        ) : (
          notSpecified
        )}
      </Fact>
      <Fact label={t('applicants.page.projectSize')}>
        {applicant.projectSize ? PROJECT_SIZE_LABELS[applicant.projectSize][locale] : notSpecified}
      </Fact>
      <Fact label={t('applicants.page.sector')}>{applicant.sector ?? notSpecified}</Fact>
      <Fact label={t('applicants.page.requestedAmount')} testId="fact-amount">
        {applicant.requestedAmount ? formatMoney(applicant.requestedAmount, locale) : notSpecified}
      </Fact>
      <Fact label={t('applicants.page.guaranteeOffered')}>{GUARANTEE_TYPE_LABELS[applicant.guaranteeOffered][locale]}</Fact>
      {applicant.nationalIdLastDigits !== undefined ? (
        <Fact label={t('applicants.page.nationalId')} testId="fact-national-id">
          {applicant.nationalIdLastDigits ? (
            <>
              {t('applicants.page.nationalIdEnding')} <bdi dir="ltr">{applicant.nationalIdLastDigits}</bdi>
            </>
          ) : (
            notSpecified
          )}
        </Fact>
      ) : null}
      {applicant.consentGivenAt ? (
        <Fact label={t('applicants.page.consentGivenAt')}>{formatDateTime(applicant.consentGivenAt, locale)}</Fact>
      ) : null}
      <Fact label={t('applicants.page.needs')} testId="fact-needs">
        <Group gap={4} component="span">
          {applicant.needs.map((need) => (
            <Badge key={need} variant="outline" color="grape" size="sm" component="span">
              {SERVICE_KIND_LABELS[need][locale]}
            </Badge>
          ))}
        </Group>
      </Fact>
    </Facts>
  );
}
