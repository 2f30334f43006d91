/** The user recorded on changes the API makes by itself (expiry); created by a migration, cannot sign in. */
export const SYSTEM_USER_ID = '00000000-0000-4000-8000-000000000001';
