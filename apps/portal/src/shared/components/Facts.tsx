import { SimpleGrid, Text, type SimpleGridProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value of a description list (<dt>/<dd>). */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** A grid of facts that folds to one column on phones. */
export function Facts({ children, cols = { base: 1, xs: 2, md: 3 } }: { children: ReactNode; cols?: SimpleGridProps['cols'] }) {
  // The grid is the <dl> itself: a <dl> may hold <div>-wrapped <dt>/<dd> pairs, but no wrapper in between.
  return (
    <SimpleGrid component="dl" m={0} cols={cols} spacing="sm" verticalSpacing="xs">
      {children}
    </SimpleGrid>
  );
}
