import { Anchor, Table, Text } from '@mantine/core';
import { APPLICANT_CATEGORY_LABELS } from '@shuraka/domain';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ApplicantCellFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import { governorateName } from '../../../shared/utils/options';

/**
 * What a row of another list shows of its applicant: name (a link by id), category and governorate. Read by this
 * cell (the plan review's tables) and by the referrals inbox's card.
 */
export const APPLICANT_CELL_FIELDS = graphql(`
  fragment ApplicantCellFields on Applicant {
    id
    fullName
    category
    governorate
  }
`);

/** The applicant's cell in the plan review's tables: their name (a link to their page), category and governorate. */
export function PlanApplicantCell({ applicant }: { applicant: ApplicantCellFieldsFragment }) {
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
