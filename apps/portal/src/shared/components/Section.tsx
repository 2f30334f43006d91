import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a detail page; `card` draws it as a bordered card (pages made of several such parts). */
export function Section({ title, children, testId, card = false }: { title: string; children: ReactNode; testId?: string; card?: boolean }) {
  const heading = (
    <Title order={2} size="h4">
      {title}
    </Title>
  );
  if (!card) {
    return (
      <Stack gap="xs" component="section" data-testid={testId}>
        {heading}
        {children}
      </Stack>
    );
  }
  return (
    <Card withBorder padding="md" component="section" data-testid={testId}>
      <Stack gap="sm">
        {heading}
        {children}
      </Stack>
    </Card>
  );
}
