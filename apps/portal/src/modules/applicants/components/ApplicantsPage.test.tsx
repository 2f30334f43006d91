import { Role } from '@shuraka/domain';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testUser } from '../../../test/render';
import { ApplicantsPage } from './ApplicantsPage';

const routes = [{ path: '/applicants', element: <ApplicantsPage /> }];
const coordinator = testUser({ role: Role.COORDINATOR, organization: { id: 'org-1', name: { ar: 'مؤسسة العون', en: null } } });

const applicant = (index: number) => ({
  cursor: `c${index}`,
  node: {
    __typename: 'Applicant',
    id: `app-${index}`,
    fullName: `متقدم ${index}`,
    category: 'UNIVERSITY_GRADUATE',
    gender: 'MALE',
    governorate: 'YE-HD',
    district: null,
    needs: ['MICRO_LOAN'],
    createdAt: '2026-11-01T08:00:00.000Z',
  },
});

/** Two pages of two; the total (1,234,567 at a national programme's volume) only when asked for, as the API answers. */
function applicants(variables: Record<string, unknown>) {
  const second = variables.after === 'c2';
  return {
    data: {
      applicants: {
        __typename: 'ApplicantConnection',
        ...(variables.withCount === false ? {} : { totalCount: 1_234_567 }),
        edges: second ? [applicant(3), applicant(4)] : [applicant(1), applicant(2)],
        pageInfo: { __typename: 'PageInfo', hasNextPage: !second, endCursor: second ? 'c4' : 'c2' },
      },
    },
  };
}

describe('ApplicantsPage (list)', () => {
  it('asks for the total with the first page only, and keeps showing it after the next page', async () => {
    const { requests } = renderApp(null, { routes, path: '/applicants', user: coordinator, handlers: { Applicants: applicants } });
    await waitFor(() => expect(screen.getByTestId('list-count').textContent).toBe('عرض 2 من 1,234,567'));
    fireEvent.click(screen.getByTestId('load-more'));
    await waitFor(() => expect(screen.getByTestId('list-count').textContent).toBe('عرض 4 من 1,234,567'));

    const asked = requests.filter((request) => request.operationName === 'Applicants');
    expect(asked).toHaveLength(2);
    expect(asked[0].variables.withCount).not.toBe(false);
    expect(asked[1].variables).toMatchObject({ after: 'c2', withCount: false });
  });

  it('keeps both of two quick filter changes (the governorate chosen before the category has reached the URL)', async () => {
    const { requests } = renderApp(null, { routes, path: '/applicants', user: coordinator, handlers: { Applicants: applicants } });
    await screen.findByText('متقدم 1');
    fireEvent.click(screen.getByTestId('applicant-filter-category'));
    fireEvent.click(screen.getByTestId('applicant-filter-governorate'));
    // Mantine keeps the options in the document while they open (jsdom has no transitions to finish).
    const dropout = await screen.findByRole('option', { name: 'متسرب من التعليم', hidden: true });
    const aden = await screen.findByRole('option', { name: 'عدن', hidden: true });

    // One act: React renders neither navigation before both choices are made.
    act(() => {
      fireEvent.click(dropout);
      fireEvent.click(aden);
    });

    await waitFor(() => expect(requests.at(-1)?.variables.filter).toEqual({ category: 'DROPOUT', governorate: 'YE-AD' }));
    expect((screen.getByTestId('applicant-filter-category') as HTMLInputElement).value).toBe('متسرب من التعليم');
    expect((screen.getByTestId('applicant-filter-governorate') as HTMLInputElement).value).toBe('عدن');
  });
});
