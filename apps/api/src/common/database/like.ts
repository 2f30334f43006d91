/** Escapes LIKE wildcards (`%`, `_`) and the escape character `\` so user text matches literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A `LIKE` pattern finding `text` anywhere (served by the pg_trgm GIN indexes on the search columns). */
export function containsPattern(text: string): string {
  return `%${likeEscape(text)}%`;
}
