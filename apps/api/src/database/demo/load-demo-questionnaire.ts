import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, dayIn } from '../../common/time/clock';
import { ConsortiumEntity } from '../../modules/consortia/consortium.entity';
import { QuestionnaireAssignmentEntity } from '../../modules/questionnaires/questionnaire-assignment.entity';
import { QuestionnaireEntity } from '../../modules/questionnaires/questionnaire.entity';
import { DEMO_ASSIGNMENTS, DEMO_QUESTIONNAIRE } from './demo-questionnaire';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The lending-partners questionnaire of the Hadramout consortium, published by the lead's staff and assigned to its
 * partners in every state (two rows in two inserts: the demo loads in about the same time as before).
 */
export async function loadDemoQuestionnaire(
  manager: EntityManager,
  refs: { consortiumId: string; createdById: string; ids: Map<string, string>; userOf: Map<string, string> },
): Promise<void> {
  const now = Date.now();
  const consortium = await manager.getRepository(ConsortiumEntity).findOneByOrFail({ id: refs.consortiumId });
  const today = dayIn(consortium.timeZone, new Date(now));
  const id = randomUUID();
  await manager.getRepository(QuestionnaireEntity).insert({
    id, familyId: id, version: 1, consortiumId: refs.consortiumId, titleAr: DEMO_QUESTIONNAIRE.title.ar ?? null,
    titleEn: DEMO_QUESTIONNAIRE.title.en ?? null, definition: DEMO_QUESTIONNAIRE, publishedAt: new Date(now - 20 * DAY_MS),
    createdById: refs.createdById, createdAt: new Date(now - 21 * DAY_MS),
  });
  await manager.getRepository(QuestionnaireAssignmentEntity).insert(
    DEMO_ASSIGNMENTS.map((demo) => {
      const staff = refs.userOf.get(demo.organizationKey) ?? null;
      const savedAt = demo.state === 'NOT_STARTED' ? null : new Date(now - (demo.daysSinceSaved ?? 0) * DAY_MS);
      return {
        questionnaireId: id,
        organizationId: refs.ids.get(demo.organizationKey)!,
        dueOn: addDays(today, demo.dueInDays),
        answers: demo.answers ?? {},
        revision: demo.state === 'NOT_STARTED' ? 0 : demo.state === 'DRAFT' ? 2 : 3,
        lastSavedAt: savedAt,
        lastSavedById: savedAt ? staff : null,
        submittedAt: demo.state === 'SUBMITTED' ? savedAt : null,
        submittedById: demo.state === 'SUBMITTED' ? staff : null,
        createdAt: new Date(now - 20 * DAY_MS),
      };
    }),
  );
}
