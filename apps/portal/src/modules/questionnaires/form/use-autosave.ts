import { useMutation } from '@apollo/client/react';
import { evaluateForm, type AnswerSet, type FormDefinition } from '@shuraka/xlsform';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../../shared/utils/api-errors';
import { FILL_SAVE_ANSWERS } from '../graphql/form.graphql';
import { answersFromList, answersKey, answersToList, draftPayload } from './answers';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from './draft-store';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict' | 'refused' | 'failed';

export interface DraftConflict {
  revision: number;
  /** What the server holds now (someone else's save). */
  answers: AnswerSet;
}

export interface AutosaveOptions {
  assignmentId: string;
  form: FormDefinition;
  today: string;
  /** The server's answers and revision when the page opened. */
  serverAnswers: AnswerSet;
  serverRevision: number;
  /** False for a read-only response: nothing is saved or kept on the device. */
  enabled: boolean;
  delayMs?: number;
  /** The assignment changed state on the server (submitted by a colleague, no longer ours): reload it. */
  onStale?: () => void;
}

/** Waits between retries while offline: short at first, then at most every half minute. */
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

/** What the next save would send, and the paths the engine refused (which stay on this device only). */
function prepareSave(form: FormDefinition, answers: AnswerSet, today: string): { payload: AnswerSet; refused: string[] } {
  const state = evaluateForm(form, answers, { today });
  const refused = state.issues.map((issue) => issue.path);
  return { payload: draftPayload(form, state.answers, refused), refused };
}


/**
 * Autosave of a draft. The answers on screen are the source of truth on this device: they are written to
 * localStorage at every change and stay there until the server has acknowledged exactly them, so a dropped
 * connection or a reload loses nothing. Each save sends the revision it was based on; a save by someone else in
 * between comes back as CONFLICT and is left to the user to settle (keep mine / take theirs), never resolved silently.
 */
export function useAutosave({ assignmentId, form, today, serverAnswers, serverRevision, enabled, delayMs = 1200, onStale }: AutosaveOptions) {
  const [save] = useMutation(FILL_SAVE_ANSWERS);
  const initial = useRef<{ answers: AnswerSet; conflict: DraftConflict | null; restored: boolean } | null>(null);
  if (initial.current === null) initial.current = initialDraft(assignmentId, form, today, serverAnswers, serverRevision, enabled);

  const [answers, setAnswersState] = useState<AnswerSet>(initial.current.answers);
  const [status, setStatus] = useState<SaveStatus>(initial.current.restored ? 'pending' : 'idle');
  const [conflict, setConflict] = useState<DraftConflict | null>(initial.current.conflict);
  const [lastSavedAt, setLastSavedAt] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const restored = initial.current.restored;

  const answersRef = useRef(answers);
  const revisionRef = useRef(serverRevision);
  const ackedRef = useRef(answersKey(prepareSave(form, serverAnswers, today).payload));
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const retries = useRef(0);
  const onStaleRef = useRef(onStale);
  onStaleRef.current = onStale;
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  const keepLocally = useCallback(
    (next: AnswerSet) => writeLocalDraft({ assignmentId, revision: revisionRef.current, answers: next, changedAt: new Date().toISOString() }),
    [assignmentId],
  );

  const flush = useCallback(async (): Promise<SaveStatus> => {
    window.clearTimeout(timer.current);
    if (!enabled) return 'idle';
    if (conflictRef.current) return 'conflict';
    if (inFlight.current) {
      await inFlight.current;
      return flush();
    }
    const sent = answersRef.current;
    const { payload, refused } = prepareSave(form, sent, today);
    const key = answersKey(payload);
    if (key === ackedRef.current) {
      const settled: SaveStatus = refused.length > 0 ? 'refused' : 'saved';
      setStatus(settled);
      if (refused.length === 0) clearLocalDraft(assignmentId);
      return settled;
    }
    setStatus('saving');
    const attempt = (async (): Promise<SaveStatus> => {
      try {
        const result = await save({
          variables: { input: { assignmentId, answers: answersToList(payload), expectedRevision: revisionRef.current } },
        });
        const saved = result.data?.saveQuestionnaireAnswers;
        if (!saved) throw new Error('empty answer');
        revisionRef.current = saved.revision;
        ackedRef.current = key;
        retries.current = 0;
        setFailure(null);
        setLastSavedAt(saved.lastSavedAt ?? new Date().toISOString());
        if (answersRef.current === sent && refused.length === 0) {
          clearLocalDraft(assignmentId);
          setStatus('saved');
          return 'saved';
        }
        // Typed while saving, or values the engine refused: keep them here, based on the new revision.
        keepLocally(answersRef.current);
        const next: SaveStatus = answersRef.current === sent ? 'refused' : 'pending';
        setStatus(next);
        if (next === 'pending') timer.current = window.setTimeout(() => void flush(), delayMs);
        return next;
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.code === 'NETWORK' || apiError.code === 'TOO_MANY_REQUESTS') {
          setStatus('offline');
          const wait = RETRY_DELAYS_MS[Math.min(retries.current, RETRY_DELAYS_MS.length - 1)];
          retries.current += 1;
          timer.current = window.setTimeout(() => void flush(), wait);
          return 'offline';
        }
        if (apiError.code === 'CONFLICT' && typeof apiError.details?.currentRevision === 'number' && apiError.details.currentAnswers !== undefined) {
          const theirs = apiError.details.currentAnswers;
          const next: DraftConflict = {
            revision: apiError.details.currentRevision,
            answers: Array.isArray(theirs) ? answersFromList(theirs as Array<{ question: string; value?: unknown }>) : ((theirs ?? {}) as AnswerSet),
          };
          conflictRef.current = next;
          setConflict(next);
          setStatus('conflict');
          return 'conflict';
        }
        setFailure(apiError);
        // Submitted (or otherwise changed state) meanwhile: the page reloads to show it; the typed answers stay here.
        if (apiError.code === 'CONFLICT' || apiError.code === 'FORBIDDEN') onStaleRef.current?.();
        const failed: SaveStatus = apiError.code === 'BAD_USER_INPUT' ? 'refused' : 'failed';
        setStatus(failed);
        return failed;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = attempt.then(() => undefined);
    return attempt;
  }, [assignmentId, delayMs, enabled, form, keepLocally, save, today]);

  const setAnswers = useCallback(
    (next: AnswerSet) => {
      answersRef.current = next;
      setAnswersState(next);
      if (!enabled) return;
      keepLocally(next);
      if (conflictRef.current) return;
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [delayMs, enabled, flush, keepLocally],
  );

  /** Keep mine: my answers, saved over the other person's revision (they were shown side by side first). */
  const keepMine = useCallback(() => {
    const current = conflictRef.current;
    if (!current) return;
    revisionRef.current = current.revision;
    conflictRef.current = null;
    setConflict(null);
    keepLocally(answersRef.current);
    ackedRef.current = answersKey(prepareSave(form, current.answers, today).payload);
    void flush();
  }, [flush, form, keepLocally, today]);

  /** Take theirs: the server's answers replace mine on this device. */
  const takeTheirs = useCallback(() => {
    const current = conflictRef.current;
    if (!current) return;
    revisionRef.current = current.revision;
    conflictRef.current = null;
    setConflict(null);
    answersRef.current = current.answers;
    setAnswersState(current.answers);
    ackedRef.current = answersKey(prepareSave(form, current.answers, today).payload);
    clearLocalDraft(assignmentId);
    setStatus('saved');
  }, [assignmentId, form, today]);

  // A draft restored from the device goes to the server as soon as the page is open.
  useEffect(() => {
    if (restored && enabled && !conflictRef.current) void flush();
  }, [restored, enabled, flush]);

  // Back online: retry at once rather than at the end of the back-off.
  useEffect(() => {
    const online = () => {
      if (status === 'offline') {
        retries.current = 0;
        void flush();
      }
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush, status]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { answers, setAnswers, status, conflict, keepMine, takeTheirs, flush, lastSavedAt, failure, restored, revision: revisionRef };
}

function initialDraft(
  assignmentId: string,
  form: FormDefinition,
  today: string,
  serverAnswers: AnswerSet,
  serverRevision: number,
  enabled: boolean,
): { answers: AnswerSet; conflict: DraftConflict | null; restored: boolean } {
  const local = enabled ? readLocalDraft(assignmentId) : null;
  if (!local) return { answers: serverAnswers, conflict: null, restored: false };
  const same = answersKey(prepareSave(form, local.answers, today).payload) === answersKey(prepareSave(form, serverAnswers, today).payload);
  if (same) {
    clearLocalDraft(assignmentId);
    return { answers: serverAnswers, conflict: null, restored: false };
  }
  if (local.revision === serverRevision) return { answers: local.answers, conflict: null, restored: true };
  // Kept answers based on an older revision: someone saved since. The user settles it.
  return { answers: local.answers, conflict: { revision: serverRevision, answers: serverAnswers }, restored: true };
}
