import type { OrganizationFilter, OrganizationKind } from '../../../gql/graphql';

export const ORGANIZATION_FILTER_PARAMS = ['q', 'kind', 'governorate', 'consortium'] as const;

/** URL search params → the API filter; empty values are left out so the cache key stays stable. */
export function organizationFilterFromParams(params: URLSearchParams): OrganizationFilter {
  const filter: OrganizationFilter = {};
  const search = params.get('q')?.trim();
  if (search) filter.search = search;
  const kind = params.get('kind');
  if (kind) filter.kind = kind as OrganizationKind;
  const governorate = params.get('governorate');
  if (governorate) filter.governorate = governorate;
  const consortium = params.get('consortium');
  if (consortium) filter.consortiumId = consortium;
  return filter;
}
