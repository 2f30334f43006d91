import type { AnswerSet } from '@shuraka/xlsform';

/**
 * Answers typed but not yet acknowledged by the server, kept on the device so that a dropped connection, a closed
 * tab or a reload loses nothing. `revision` is the server revision the answers were based on: restoring them over a
 * newer revision is a conflict the user settles, never a silent overwrite.
 */
export interface LocalDraft {
  assignmentId: string;
  revision: number;
  answers: AnswerSet;
  /** When the last change was typed (ISO), to tell the user how old the kept answers are. */
  changedAt: string;
}

const PREFIX = 'shuraka.questionnaire-draft.';

function keyOf(assignmentId: string): string {
  return `${PREFIX}${assignmentId}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage refused (private mode, policies): the form still works, only without the safety net.
    return null;
  }
}

export function readLocalDraft(assignmentId: string): LocalDraft | null {
  const raw = storage()?.getItem(keyOf(assignmentId));
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Partial<LocalDraft>;
    if (draft.assignmentId !== assignmentId || typeof draft.revision !== 'number' || !draft.answers || typeof draft.answers !== 'object') return null;
    return { assignmentId, revision: draft.revision, answers: draft.answers, changedAt: String(draft.changedAt ?? '') };
  } catch {
    return null;
  }
}

export function writeLocalDraft(draft: LocalDraft): void {
  try {
    storage()?.setItem(keyOf(draft.assignmentId), JSON.stringify(draft));
  } catch {
    // Quota exceeded: nothing better to do than keep the answers in memory and keep saving to the server.
  }
}

export function clearLocalDraft(assignmentId: string): void {
  storage()?.removeItem(keyOf(assignmentId));
}
