/** One row per questionnaire: the highest version the reader can see (partners see published versions only). */
export function latestVersions<Q extends { familyId: string; version: number }>(questionnaires: readonly Q[]): Q[] {
  const latest = new Map<string, Q>();
  for (const questionnaire of questionnaires) {
    const seen = latest.get(questionnaire.familyId);
    if (!seen || seen.version < questionnaire.version) latest.set(questionnaire.familyId, questionnaire);
  }
  // Keeps the API's order (newest first) for the rows that stay.
  return questionnaires.filter((questionnaire) => latest.get(questionnaire.familyId) === questionnaire);
}
