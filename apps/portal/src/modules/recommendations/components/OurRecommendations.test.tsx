import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recommendationDetail } from '../../../test/recommendations';
import { renderApp } from '../../../test/render';
import { OurRecommendations } from './OurRecommendations';

const page = (nodes: unknown[]) => ({
  data: {
    recommendations: {
      __typename: 'RecommendationConnection',
      totalCount: nodes.length,
      edges: nodes.map((node, index) => ({ __typename: 'RecommendationEdge', cursor: `c${index}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

describe('OurRecommendations (an owner’s home panel)', () => {
  it('lists the organisation’s open and in-progress recommendations, overdue first, then by due date', async () => {
    const { requests } = renderApp(null, {
      routes: [{ path: '/', element: <OurRecommendations organizationId="org-mff" /> }],
      handlers: {
        Recommendations: (variables) => {
          const status = (variables.filter as { status: string }).status;
          return status === 'OPEN'
            ? page([recommendationDetail({ id: 'r-open', number: 1, status: 'OPEN', dueOn: '2018-02-01', overdue: false })])
            : page([
                recommendationDetail({ id: 'r-late', number: 3, status: 'IN_PROGRESS', dueOn: '2018-03-01', overdue: true }),
                recommendationDetail({ id: 'r-undated', number: 4, status: 'IN_PROGRESS', dueOn: null, overdue: false }),
              ]);
        },
      },
    });
    const panel = await screen.findByTestId('our-recommendations');
    const rows = within(panel).getAllByTestId('recommendation-row');
    expect(rows.map((row) => row.getAttribute('href'))).toEqual(['/recommendations/r-late', '/recommendations/r-open', '/recommendations/r-undated']);
    expect(within(rows[0]!).getByTestId('recommendation-overdue')).toBeTruthy();
    expect(
      requests.filter((request) => request.operationName === 'Recommendations').map((request) => request.variables.filter),
    ).toEqual(
      expect.arrayContaining([
        { ownerOrganizationId: 'org-mff', status: 'OPEN' },
        { ownerOrganizationId: 'org-mff', status: 'IN_PROGRESS' },
      ]),
    );
  });

  it('shows nothing when the organisation has nothing open', async () => {
    let answered = 0;
    renderApp(null, {
      routes: [{ path: '/', element: <OurRecommendations organizationId="org-mff" /> }],
      handlers: {
        Recommendations: () => {
          answered += 1;
          return page([]);
        },
      },
    });
    await waitFor(() => expect(answered).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByTestId('our-recommendations')).toBeNull();
  });
});
