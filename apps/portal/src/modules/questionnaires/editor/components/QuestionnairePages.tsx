import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconCopyPlus, IconFileImport, IconLock, IconSend, IconUsersPlus } from '@tabler/icons-react';
import { pickLocalized, Role } from '@shuraka/domain';
import type { FormDefinition } from '@shuraka/xlsform';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../../../auth/hooks/use-current-user';
import { PageHeader } from '../../../../shared/components/PageHeader';
import { QueryFailure } from '../../../../shared/components/QueryFailure';
import { ForbiddenState, PageLoader } from '../../../../shared/components/states';
import { useLocale } from '../../../../shared/hooks/use-locale';
import { useNotify } from '../../../../shared/hooks/use-notify';
import { formatDay } from '../../../../shared/utils/format';
import {
  CREATE_QUESTIONNAIRE,
  CREATE_QUESTIONNAIRE_VERSION,
  EDITOR_QUESTIONNAIRE_QUERY,
  PUBLISH_QUESTIONNAIRE,
  QUESTIONNAIRE_VERSIONS_QUERY,
  UPDATE_QUESTIONNAIRE,
} from '../graphql/editor.graphql';
import { canManageQuestionnaires, useManagedConsortia } from '../hooks/use-managed-consortia';
import { fromApiQuestion, toQuestionInput } from '../utils/question-convert';
import { AssignDialog } from './AssignDialog';
import { DownloadMenu } from './DownloadMenu';
import { DraftEditor, type DraftValues } from './DraftEditor';
import { FormPreview } from './FormPreview';
import { XlsFormImportDialog } from './XlsFormImportDialog';
import { QuestionnaireRecommendations } from '../../../recommendations/components/QuestionnaireRecommendations';

const forgetQuestionnaireLists = {
  update: (cache: { evict: (options: { id: string; fieldName: string }) => boolean; gc: () => string[] }) => {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'questionnaires' });
    cache.gc();
  },
};

/** `/questionnaires/new`: pick the consortium, then write the questions or import an XLSForm. */
export function NewQuestionnairePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const { consortia, loading, error, refetch } = useManagedConsortia();
  const [consortiumId, setConsortiumId] = useState<string | null>(null);
  const [importing, importDialog] = useDisclosure(false);
  const [createQuestionnaire] = useMutation(CREATE_QUESTIONNAIRE, forgetQuestionnaireLists);
  const chosen = consortiumId ?? (consortia.length === 1 ? consortia[0]!.id : null);
  const initial = useMemo<DraftValues>(() => ({ title: { ar: '', en: '' }, questions: [] }), []);

  if (loading) return <PageLoader />;
  // A failed look-up is not a refusal: say so and offer to try again.
  if (error) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (consortia.length === 0) return <ForbiddenState />;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('questionnaires.editor.createTitle')}
        actions={
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            disabled={!chosen}
            onClick={importDialog.open}
            data-testid="xlsform-open"
          >
            {t('questionnaires.editor.xlsform.upload')}
          </Button>
        }
      />
      <DraftEditor
        initial={initial}
        saveLabel={t('questionnaires.editor.create')}
        before={
          <Select
            label={t('questionnaires.editor.consortium')}
            placeholder={t('questionnaires.editor.consortiumPlaceholder')}
            data={consortia.map((c) => ({ value: c.id, label: pickLocalized(c.name, locale) }))}
            value={chosen}
            onChange={setConsortiumId}
            withAsterisk
            allowDeselect={false}
            maw={420}
            data-testid="questionnaire-consortium"
          />
        }
        onSave={async ({ title, questions }) => {
          if (!chosen) throw new Error(t('questionnaires.editor.consortiumPlaceholder'));
          const result = await createQuestionnaire({
            variables: { input: { consortiumId: chosen, title: localizedInput(title), questions: questions.map(toQuestionInput) } },
          });
          notify.success(t('questionnaires.editor.created'));
          if (result.data) navigate(`/questionnaires/${result.data.createQuestionnaire.id}`, { replace: true });
        }}
      />
      {chosen ? (
        <XlsFormImportDialog
          opened={importing}
          onClose={importDialog.close}
          consortiumId={chosen}
          onImported={(id) => navigate(`/questionnaires/${id}`, { replace: true })}
        />
      ) : null}
    </Stack>
  );
}

function localizedInput(text: { ar?: string | null; en?: string | null }) {
  return { ar: text.ar?.trim() || null, en: text.en?.trim() || null };
}

/** `/questionnaires/:id`: the editor for a draft; for a published version, a read-only view with its versions. */
export function QuestionnairePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(EDITOR_QUESTIONNAIRE_QUERY, { variables: { id } });
  const [updateQuestionnaire] = useMutation(UPDATE_QUESTIONNAIRE, forgetQuestionnaireLists);
  const [publishQuestionnaire, publishing] = useMutation(PUBLISH_QUESTIONNAIRE, forgetQuestionnaireLists);
  const [createVersion, versioning] = useMutation(CREATE_QUESTIONNAIRE_VERSION, forgetQuestionnaireLists);
  const [confirmPublish, publishDialog] = useDisclosure(false);
  const [assigning, assignDialog] = useDisclosure(false);
  const [importing, importDialog] = useDisclosure(false);
  const questionnaire = data?.questionnaire;
  const initial = useMemo<DraftValues | null>(
    () =>
      questionnaire
        ? { title: { ar: questionnaire.title.ar ?? '', en: questionnaire.title.en ?? '' }, questions: questionnaire.questions.map(fromApiQuestion) }
        : null,
    [questionnaire],
  );

  // Once loaded, a failed refetch leaves the editor (and what is being typed) in place.
  if (error && !questionnaire) return <QueryFailure error={error} onRetry={() => void refetch()} />;
  if (!questionnaire || !initial) return <PageLoader />;

  const manage = canManageQuestionnaires(user, questionnaire.consortium);
  const title = pickLocalized(questionnaire.title, locale) || t('questionnaires.editor.viewTitle');
  const settings: Pick<FormDefinition, 'formId' | 'defaultLanguage'> = {
    formId: questionnaire.formId ?? null,
    defaultLanguage: questionnaire.defaultLanguage === 'ar' || questionnaire.defaultLanguage === 'en' ? questionnaire.defaultLanguage : null,
  };
  const subtitle = (
    <Group gap="xs">
      <Text c="dimmed" size="sm">
        {pickLocalized(questionnaire.consortium.name, locale)}
      </Text>
      <Badge variant="light">{t('questionnaires.list.version', { version: questionnaire.version })}</Badge>
      <Badge color={questionnaire.published ? 'teal' : 'yellow'} variant="light" data-testid="questionnaire-state">
        {questionnaire.published ? t('questionnaires.list.published') : t('questionnaires.list.draft')}
      </Badge>
    </Group>
  );

  const newVersion = async () => {
    try {
      const result = await createVersion({ variables: { id: questionnaire.id } });
      const created = result.data?.createQuestionnaireVersion;
      if (!created) return;
      notify.success(t('questionnaires.editor.versionCreated', { version: created.version }));
      navigate(`/questionnaires/${created.id}`);
    } catch (caught) {
      notify.failure(caught);
    }
  };

  const publish = async () => {
    try {
      await publishQuestionnaire({ variables: { id: questionnaire.id } });
      publishDialog.close();
      notify.success(t('questionnaires.editor.published'));
    } catch (caught) {
      publishDialog.close();
      notify.failure(caught);
    }
  };

  if (!questionnaire.published && manage) {
    return (
      <Stack gap="md">
        <PageHeader title={t('questionnaires.editor.editTitle')} documentTitle={title} subtitle={subtitle} actions={<DownloadMenu questionnaireId={questionnaire.id} responses={false} />} />
        <DraftEditor
          // A new server state (after publishing elsewhere, a reload) restarts the editor from it.
          key={questionnaire.id}
          initial={initial}
          settings={settings}
          saveLabel={t('questionnaires.editor.save')}
          onSave={async ({ title: nextTitle, questions }) => {
            await updateQuestionnaire({
              variables: { input: { id: questionnaire.id, title: localizedInput(nextTitle), questions: questions.map(toQuestionInput) } },
            });
            notify.success(t('questionnaires.editor.saved'));
          }}
          actions={({ dirty, valid }) => (
            <Button
              variant="light"
              color="teal"
              leftSection={<IconSend size={16} aria-hidden className="flip-rtl" />}
              disabled={dirty || !valid}
              title={dirty ? t('questionnaires.editor.saveFirst') : undefined}
              onClick={publishDialog.open}
              data-testid="questionnaire-publish"
            >
              {t('questionnaires.editor.publish')}
            </Button>
          )}
        />
        <Modal opened={confirmPublish} onClose={publishDialog.close} title={t('questionnaires.editor.publishTitle')}>
          <Stack gap="md">
            <Text size="sm">{t('questionnaires.editor.publishText')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={publishDialog.close}>
                {t('common.actions.cancel')}
              </Button>
              <Button color="teal" loading={publishing.loading} onClick={() => void publish()} data-testid="questionnaire-publish-confirm">
                {t('questionnaires.editor.publish')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Stack>
    );
  }

  const definition: FormDefinition = { ...settings, title: initial.title, questions: initial.questions };
  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          <>
            {questionnaire.published ? (
              <Button component={Link} to={`/questionnaires/${questionnaire.id}/completion`} variant="light" leftSection={<IconChartBar size={16} aria-hidden />} data-testid="questionnaire-completion">
                {t('questionnaires.editor.completion')}
              </Button>
            ) : null}
            {manage && questionnaire.published ? (
              <>
                <Button leftSection={<IconUsersPlus size={16} aria-hidden />} onClick={assignDialog.open} data-testid="questionnaire-assign">
                  {t('questionnaires.editor.assign.open')}
                </Button>
                <Button variant="default" leftSection={<IconCopyPlus size={16} aria-hidden />} loading={versioning.loading} onClick={() => void newVersion()} data-testid="questionnaire-new-version">
                  {t('questionnaires.editor.newVersion')}
                </Button>
                <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={importDialog.open} data-testid="xlsform-open">
                  {t('questionnaires.editor.xlsform.uploadNewVersion')}
                </Button>
              </>
            ) : null}
            {/* The XLSForm for whoever reads the questionnaire; responses for those who follow it up (the API checks). */}
            <DownloadMenu questionnaireId={questionnaire.id} responses={questionnaire.published && (manage || user.role === Role.COMMITTEE_MEMBER)} />
          </>
        }
      />
      {questionnaire.published ? (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} data-testid="published-notice">
          {t('questionnaires.editor.publishedNotice')}
          {questionnaire.publishedAt ? ` ${t('questionnaires.editor.publishedOn', { date: formatDay(questionnaire.publishedAt, locale) })}` : ''}
        </Alert>
      ) : null}
      <Versions familyId={questionnaire.familyId} currentId={questionnaire.id} latestVersion={questionnaire.latestVersion} />
      <QuestionnaireRecommendations questionnaireId={questionnaire.id} />
      <Card withBorder padding="md">
        <FormPreview definition={definition} />
      </Card>
      {manage ? (
        <>
          <AssignDialog opened={assigning} onClose={assignDialog.close} questionnaireId={questionnaire.id} members={questionnaire.consortium.members} />
          <XlsFormImportDialog
            opened={importing}
            onClose={importDialog.close}
            consortiumId={questionnaire.consortium.id}
            questionnaireId={questionnaire.id}
            onImported={(importedId) => navigate(`/questionnaires/${importedId}`)}
          />
        </>
      ) : null}
    </Stack>
  );
}

function Versions({ familyId, currentId, latestVersion }: { familyId: string; currentId: string; latestVersion: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = useQuery(QUESTIONNAIRE_VERSIONS_QUERY, { variables: { familyId } });
  const versions = [...(data?.questionnaires.edges ?? [])].map((edge) => edge.node).sort((a, b) => b.version - a.version);
  if (versions.length <= 1) return null;
  return (
    <Group gap="xs" data-testid="questionnaire-versions">
      <Text size="sm" fw={600}>
        {t('questionnaires.editor.versions')}
      </Text>
      {versions.map((version) => (
        <Anchor
          key={version.id}
          component={Link}
          to={`/questionnaires/${version.id}`}
          size="sm"
          fw={version.id === currentId ? 700 : 400}
          aria-current={version.id === currentId ? 'page' : undefined}
          title={version.publishedAt ? formatDay(version.publishedAt, locale) : t('questionnaires.list.draft')}
        >
          {t('questionnaires.editor.versionLabel', { version: version.version })}
          {version.published ? '' : ` (${t('questionnaires.list.draft')})`}
          {version.version === latestVersion ? ` · ${t('questionnaires.editor.latest')}` : ''}
        </Anchor>
      ))}
    </Group>
  );
}
