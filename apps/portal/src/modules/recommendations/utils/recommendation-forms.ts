import { LIMITS } from '@shuraka/domain';
import type { AddRecommendationInput, RecommendationStatus, UpdateRecommendationInput } from '../../../gql/graphql';
import { parseOptionalInt } from '../../../shared/utils/digits';
import {
  emptyLocalized,
  localizedToInput,
  localizedToValues,
  validateLocalizedName,
  type LocalizedTextValues,
  type ValidationErrors,
} from '../../../shared/utils/form-values';
import { moveNeedsReason } from './recommendation-status';

/** What a recommendation can point at; field names match the API's inputs. */
export interface AboutValues {
  aboutQuestionnaireId: string | null;
  aboutMeetingId: string | null;
  aboutCommitteeId: string | null;
  aboutServiceId: string | null;
}

export const ABOUT_FIELDS = ['aboutQuestionnaireId', 'aboutMeetingId', 'aboutCommitteeId', 'aboutServiceId'] as const;

/** Field names match AddRecommendationInput / UpdateRecommendationInput, so the API's field errors land under them. */
export interface RecommendationValues extends AboutValues {
  text: LocalizedTextValues;
  ownerOrganizationIds: string[];
  dueOn: string;
}

export function emptyRecommendationValues(): RecommendationValues {
  return {
    text: emptyLocalized(),
    ownerOrganizationIds: [],
    dueOn: '',
    aboutQuestionnaireId: null,
    aboutMeetingId: null,
    aboutCommitteeId: null,
    aboutServiceId: null,
  };
}

export function recommendationToValues(recommendation: {
  text: { ar?: string | null; en?: string | null };
  owners: ReadonlyArray<{ id: string }>;
  dueOn?: string | null;
  aboutQuestionnaire?: { id: string } | null;
  aboutMeeting?: { id: string } | null;
  aboutCommittee?: { id: string } | null;
  aboutService?: { id: string } | null;
}): RecommendationValues {
  return {
    text: localizedToValues(recommendation.text),
    ownerOrganizationIds: recommendation.owners.map((owner) => owner.id),
    dueOn: recommendation.dueOn ?? '',
    aboutQuestionnaireId: recommendation.aboutQuestionnaire?.id ?? null,
    aboutMeetingId: recommendation.aboutMeeting?.id ?? null,
    aboutCommitteeId: recommendation.aboutCommittee?.id ?? null,
    aboutServiceId: recommendation.aboutService?.id ?? null,
  };
}

export function validateRecommendation(values: RecommendationValues): ValidationErrors {
  const errors: ValidationErrors = {};
  validateLocalizedName(values.text, 'text', errors, { maxLength: LIMITS.noteMaxLength });
  return errors;
}

export function addRecommendationInput(meetingId: string, values: RecommendationValues): AddRecommendationInput {
  const input: AddRecommendationInput = {
    meetingId,
    text: localizedToInput(values.text),
    ownerOrganizationIds: values.ownerOrganizationIds,
  };
  if (values.dueOn) input.dueOn = values.dueOn;
  for (const field of ABOUT_FIELDS) if (values[field]) input[field] = values[field];
  return input;
}

/** An edit sends every field (an emptied due date or link is cleared with an explicit null) and the version seen. */
export function editRecommendationInput(version: number, values: RecommendationValues): UpdateRecommendationInput {
  return {
    expectedVersion: version,
    text: localizedToInput(values.text),
    ownerOrganizationIds: values.ownerOrganizationIds,
    dueOn: values.dueOn || null,
    aboutQuestionnaireId: values.aboutQuestionnaireId,
    aboutMeetingId: values.aboutMeetingId,
    aboutCommitteeId: values.aboutCommitteeId,
    aboutServiceId: values.aboutServiceId,
  };
}

/**
 * A status move or a progress note: the note is the reason when the move needs one (dropping, reopening).
 * `status` null means "no move, just a note".
 */
export interface ProgressValues {
  status: RecommendationStatus | null;
  progressNote: string;
  percent: string;
}

export function emptyProgressValues(status: RecommendationStatus | null = null): ProgressValues {
  return { status, progressNote: '', percent: '' };
}

export function validateProgress(from: RecommendationStatus, values: ProgressValues): ValidationErrors {
  const errors: ValidationErrors = {};
  const note = values.progressNote.trim();
  if (values.status && values.status !== from && moveNeedsReason(from, values.status)) {
    if (!note) errors.progressNote = 'reasonRequired';
  } else if (!values.status && !note && !values.percent.trim()) {
    // A note alone, a percent alone, or both: something to report.
    errors.progressNote = 'isNotEmpty';
  }
  if (note.length > LIMITS.noteMaxLength) errors.progressNote = 'maxLength';
  if (values.percent.trim()) {
    const percent = parseOptionalInt(values.percent);
    if (percent === null || percent < 0 || percent > 100) errors.percent = 'percentRange';
  }
  return errors;
}

export function progressInput(version: number, from: RecommendationStatus, values: ProgressValues): UpdateRecommendationInput {
  const input: UpdateRecommendationInput = { expectedVersion: version };
  if (values.status && values.status !== from) input.status = values.status;
  const note = values.progressNote.trim();
  if (note) input.progressNote = note;
  const percent = parseOptionalInt(values.percent);
  if (percent !== null) input.percent = percent;
  return input;
}
