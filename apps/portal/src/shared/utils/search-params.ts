/** Returns new params with one value set or removed, keeping the others. */
export function withParam(params: URLSearchParams, key: string, value: string | null | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value && value.trim()) next.set(key, value);
  else next.delete(key);
  return next;
}
