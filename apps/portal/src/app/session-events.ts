/** The Apollo link raises this when a request finds the session gone; the auth gate listens. */
export const SESSION_EXPIRED_EVENT = 'shuraka:session-expired';

export function announceSessionExpired(target: EventTarget = window): void {
  target.dispatchEvent(new Event(SESSION_EXPIRED_EVENT));
}
