import { Anchor, Table, Text } from '@mantine/core';
import { APPLICANT_CATEGORY_LABELS } from '@shuraka/domain';
import type { ApplicantCategory } from '../../../gql/graphql';
import { Link } from 'react-router';
import { useLocale } from '../../../shared/hooks/use-locale';
import { governorateName } from '../../../shared/utils/options';

export interface PlanApplicant {
  id: string;
  fullName: string;
  category: ApplicantCategory;
  governorate: string;
}

/** The applicant's cell in the plan review's tables: their name (a link to their page), category and governorate. */
export function PlanApplicantCell({ applicant }: { applicant: PlanApplicant }) {
  const locale = useLocale();
  return (
    <Table.Td>
      <Anchor component={Link} to={`/applicants/${applicant.id}`} size="sm" fw={600}>
        {applicant.fullName}
      </Anchor>
      <Text size="xs" c="dimmed">
        {APPLICANT_CATEGORY_LABELS[applicant.category][locale]} · {governorateName(applicant.governorate, locale)}
      </Text>
    </Table.Td>
  );
}
