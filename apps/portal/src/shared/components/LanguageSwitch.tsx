import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/use-language';

/** Shows the other language's name, written in that language, and switches to it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, toggleLanguage } = useLanguage();
  const target = language === 'ar' ? 'en' : 'ar';
  return (
    <Button
      data-testid="lang-switch"
      variant="subtle"
      size="compact-sm"
      leftSection={<IconLanguage size={16} aria-hidden />}
      onClick={() => void toggleLanguage()}
      title={t('common.language.switchLabel')}
      lang={target}
    >
      {t('common.language.switchTo')}
    </Button>
  );
}
