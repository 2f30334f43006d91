/**
 * The sign-in page comes rendered in the HTML and works only once React has taken it over, a few seconds later on
 * a slow phone (or renders it anew, in another language chosen on this device). Until then (main.tsx calls
 * `holdEarlyInput`) what is typed is remembered and a sent form is held rather than posted (which would reload the
 * page and lose it); the sign-in page, once live, takes both (`takeEarlyInput`) and sends what was sent.
 */
let form: HTMLFormElement | null = null;
let typed: Record<string, string> = {};
let sent = false;
let live = false;

/** Remembers the named fields of the page's form, as they are now (before React replaces them). */
export function rememberEarlyInput(): void {
  if (live || !form?.isConnected) return;
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && element.name) typed[element.name] = element.value;
  }
}

export function holdEarlyInput(doc: Document = document): void {
  form = doc.querySelector('form');
  doc.addEventListener('input', rememberEarlyInput, true);
  doc.addEventListener(
    'submit',
    (event) => {
      if (live) return;
      // Neither posted nor seen by React while it hydrates (the page sends it once live).
      event.preventDefault();
      event.stopPropagation();
      rememberEarlyInput();
      sent = true;
    },
    true,
  );
}

/** The page is live: events go to React from now on. What was typed before, and whether it was sent (once). */
export function takeEarlyInput(): { values: Record<string, string>; sent: boolean } {
  rememberEarlyInput();
  live = true;
  const early = { values: typed, sent };
  typed = {};
  sent = false;
  return early;
}
