import { Alert, Button, Card, Center, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useLayoutEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { takeEarlyInput } from '../../../app/early-input';
import { useSessionApi } from '../../../app/session-api';
import { LanguageSwitch } from '../../../shared/components/LanguageSwitch';
import { toApiError, type ApiErrorCode } from '../../../shared/utils/api-errors';
import { describeErrorCode } from '../../../shared/utils/describe-error';
import { LOGIN } from '../graphql/auth.graphql';
import { Translated } from '../../../shared/components/Translated';
import { usePageTitle } from '../../../shared/hooks/use-page-title';

type Field = 'email' | 'password';

export interface SignInPageProps {
  /** Called once the API has set the session cookie. */
  onSignedIn: () => void | Promise<unknown>;
}

export function SignInPage({ onSignedIn }: SignInPageProps) {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const api = useSessionApi();
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<ApiErrorCode | null>(null);

  // Two fields, checked on submit: plain state rather than @mantine/form, which the first page would download.
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, ReactNode>>>({});
  const inputProps = (field: Field) => ({
    name: field,
    value: values[field],
    error: errors[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => ({ ...current, [field]: undefined }));
    },
  });

  // The page may have come rendered in the HTML (prerender.tsx) and been typed into, even sent, before React took it
  // over: keep what was typed, then send it if it was sent (app/early-input.ts).
  const form = useRef<HTMLFormElement>(null);
  const [sendHeld, setSendHeld] = useState(false);
  // A layout effect: applied before the browser gets control back, so no click can reach the form in between.
  useLayoutEffect(() => {
    const early = takeEarlyInput();
    const typed = { email: early.values.email ?? '', password: early.values.password ?? '' };
    if (typed.email || typed.password) setValues(typed);
    if (early.sent) setSendHeld(true);
  }, []);
  useEffect(() => {
    if (!sendHeld) return;
    setSendHeld(false);
    form.current?.requestSubmit();
  }, [sendHeld]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Elements, not strings: a message already shown follows a change of language.
    const missing = {
      email: values.email.trim() ? undefined : <Translated i18nKey="auth.signIn.emailRequired" />,
      password: values.password ? undefined : <Translated i18nKey="auth.signIn.passwordRequired" />,
    };
    setErrors(missing);
    if (missing.email || missing.password) return;
    setFailure(null);
    setLoading(true);
    try {
      await api.request(LOGIN, { input: { email: values.email.trim(), password: values.password } });
    } catch (error) {
      setFailure(toApiError(error).code);
      setValues((current) => ({ ...current, password: '' }));
      setLoading(false);
      return;
    }
    // Busy until the session check has let the user in (this page then goes away).
    await onSignedIn();
    setLoading(false);
  };

  return (
    <Center component="main" id="main-content" mih="100dvh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between">
          <Stack gap={0}>
            <Title order={1} size="h2" c="teal.8">
              {t('common.appName')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('common.appTagline')}
            </Text>
          </Stack>
          <LanguageSwitch />
        </Group>
        <Card withBorder padding="lg" radius="md" component="section">
          {/* POST, should it be sent before any script runs (main.tsx holds it from then on): the server answers with
              the page again, and the password never lands in an address or the history. */}
          <form ref={form} method="post" onSubmit={(event) => void submit(event)} noValidate>
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={2} size="h3">
                  {t('auth.signIn.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('auth.signIn.subtitle')}
                </Text>
              </Stack>
              {failure ? (
                <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="sign-in-error">
                  {signInFailureMessage(failure, t)}
                </Alert>
              ) : null}
              <TextInput
                label={t('auth.signIn.email')}
                type="email"
                autoComplete="username"
                inputMode="email"
                dir="ltr"
                required
                {...inputProps('email')}
              />
              <PasswordInput
                label={t('auth.signIn.password')}
                autoComplete="current-password"
                dir="ltr"
                required
                {...inputProps('password')}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('auth.signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Card>
      </Stack>
    </Center>
  );
}

// TFunction, not ReturnType<typeof useTranslation>['t']: the latter's return type stops resolving once the resources grow.
function signInFailureMessage(code: ApiErrorCode, t: TFunction): string {
  if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') return t('auth.signIn.badCredentials');
  if (code === 'TOO_MANY_REQUESTS') return t('auth.signIn.tooManyAttempts');
  return describeErrorCode(code, t);
}
