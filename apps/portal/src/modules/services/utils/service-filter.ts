import type { ApplicantCategory, ServiceFilter, ServiceKind } from '../../../gql/graphql';

export function serviceFilterFromParams(params: URLSearchParams): ServiceFilter {
  const filter: ServiceFilter = {};
  const organization = params.get('organization');
  if (organization) filter.organizationId = organization;
  const kind = params.get('kind');
  if (kind) filter.kind = kind as ServiceKind;
  const category = params.get('category');
  if (category) filter.category = category as ApplicantCategory;
  const governorate = params.get('governorate');
  if (governorate) filter.governorate = governorate;
  return filter;
}
