import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrganizationSummaryFieldsFragment } from '../../gql/graphql';
import { OrganizationCard } from '../../modules/organizations/components/OrganizationCard';
import { awn } from '../../test/fixtures';
import { renderApp } from '../../test/render';

function renderCard(language: 'ar' | 'en') {
  return renderApp(null, { language, routes: [{ path: '/', element: <OrganizationCard organization={awn as OrganizationSummaryFieldsFragment} /> }], path: '/' });
}

describe('cards that are links', () => {
  it('name their parts with pauses between them, in Arabic (not "…للتنميةمنظمة أهليةحضرموت")', async () => {
    renderCard('ar');
    const link = await screen.findByTestId('org-row');
    expect(link.tagName).toBe('A');
    expect(link.textContent).toContain('، منظمة أهلية، ');
  });

  it('and with English commas in English', async () => {
    renderCard('en');
    const link = await screen.findByTestId('org-row');
    expect(link.textContent).toContain(', NGO, ');
  });
});
