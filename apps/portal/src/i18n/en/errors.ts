export const errors = {
  network: 'No connection. Check your internet, then try again.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  forbidden: 'Your account is not allowed to do this.',
  notFound: 'This record was not found, or your account cannot see it.',
  conflict: 'This conflicts with existing data.',
  badUserInput: 'Some fields need correcting.',
  tooManyRequests: 'Too many requests. Wait a moment, then try again.',
  unknown: 'Something went wrong. Try again.',
  loadFailed: 'Could not load this page.',
  saveFailed: 'Could not save.',
};
