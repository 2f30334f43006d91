// Accounts of the browser tests' server: the administrator it is started with, and the demo users.
module.exports = {
  ADMIN: { email: 'admin@e2e.shuraka.org', password: 'e2e-admin-password' },
  DEMO_PASSWORD: 'e2e-demo-password',
  COORDINATOR_EMAIL: 'coordinator@demo.shuraka.org',
  PARTNER_EMAIL: 'mff@demo.shuraka.org',
};
