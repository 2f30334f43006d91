import type { RecommendationFilter } from '../../../gql/graphql';

/** The board's filters, kept in the URL: `?consortium=…&owner=…&meeting=…&overdue=1`. */
export function boardFilterFromParams(params: URLSearchParams): RecommendationFilter {
  const filter: RecommendationFilter = {};
  const consortiumId = params.get('consortium');
  const ownerOrganizationId = params.get('owner');
  const meetingId = params.get('meeting');
  if (consortiumId) filter.consortiumId = consortiumId;
  if (ownerOrganizationId) filter.ownerOrganizationId = ownerOrganizationId;
  if (meetingId) filter.meetingId = meetingId;
  if (params.get('overdue') === '1') filter.overdue = true;
  return filter;
}
