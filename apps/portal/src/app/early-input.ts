/**
 * The sign-in page comes rendered in the HTML and works only once React has taken it over (hydration), a few
 * seconds later on a slow phone. Until then (main.tsx calls `holdEarlySubmit`) a sent form is held rather than
 * posted (which would reload the page and lose what was typed); the sign-in page, once live, takes over what was
 * typed and sends a held form (`takeHeldSubmit`).
 */
let held: HTMLFormElement | null = null;
let live = false;

export function holdEarlySubmit(doc: Document = document): void {
  const hold = (event: Event) => {
    if (live || !(event.target instanceof HTMLFormElement)) return;
    event.preventDefault();
    held = event.target;
  };
  doc.addEventListener('submit', hold, true);
}

/** The page is live: submits go to React from now on. Returns the form sent before, if one was (once). */
export function takeHeldSubmit(): HTMLFormElement | null {
  live = true;
  const form = held;
  held = null;
  return form;
}
