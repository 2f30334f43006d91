export const auth = {
  signIn: {
    title: 'Sign in',
    subtitle: 'Use the account your consortium administrator gave you.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    badCredentials: 'The email or password is not correct.',
    tooManyAttempts: 'Too many sign-in attempts. Wait a minute, then try again.',
    emailRequired: 'Enter your email address.',
    passwordRequired: 'Enter your password.',
  },
  signOut: {
    failed: 'Could not sign out. Check your connection and try again.',
  },
  sessionCheckFailed: 'Could not reach Shuraka.',
};
