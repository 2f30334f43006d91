module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'xlsform',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 60000,
};
