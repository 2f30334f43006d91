import { Box, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useSessionApi } from '../session-api';

export const SYSTEM_INFO = graphql(`
  query SystemInfo {
    systemInfo {
      demo
      version
    }
  }
`);

/** Both languages at once, whatever the portal's language: nobody should miss it. */
export const DEMO_LABEL = 'نسخة تجريبية / Demo data';
const HEIGHT = 32;

/**
 * Marks every page, the sign-in page included, while the API says the demo accounts exist. Driven
 * by the API (not a build flag), so a build serves a real database unmarked.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const api = useSessionApi();
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    let current = true;
    // Through the session API (plain fetch): the banner is on the sign-in page, which loads no Apollo Client.
    api.request(SYSTEM_INFO).then(
      ({ systemInfo }) => current && setDemo(systemInfo.demo),
      () => undefined, // the API cannot say: no banner
    );
    return () => {
      current = false;
    };
  }, [api]);
  if (!demo) return null;
  return (
    <>
      {/* Keeps the end of every page clear of the fixed strip. */}
      <Box h={HEIGHT} aria-hidden />
      <Box
        role="status"
        data-testid="demo-banner"
        pos="fixed"
        bottom={0}
        left={0}
        right={0}
        h={HEIGHT}
        px="md"
        bg="yellow.4"
        c="dark.9"
        style={{ zIndex: 1000, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
      >
        <Group gap="sm" wrap="nowrap">
          <Text fw={700} size="sm">
            {DEMO_LABEL}
          </Text>
          <Text size="xs" visibleFrom="sm" lineClamp={1}>
            {t('common.demo.note')}
          </Text>
        </Group>
      </Box>
    </>
  );
}
