import type { ApplicantCategory, ApplicantFilter } from '../../../gql/graphql';

/** URL search params → the API filter; empty values are left out so the cache key stays stable. */
export function applicantFilterFromParams(params: URLSearchParams): ApplicantFilter {
  const filter: ApplicantFilter = {};
  const search = params.get('q')?.trim();
  if (search) filter.search = search;
  const category = params.get('category');
  if (category) filter.category = category as ApplicantCategory;
  const governorate = params.get('governorate');
  if (governorate) filter.governorate = governorate;
  return filter;
}
