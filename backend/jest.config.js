/** Unit specs beside the code; integration specs in test/ against real PostgreSQL and Redis. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@switchboard/contracts$': '<rootDir>/../libs/contracts/src/index.ts',
    '^@switchboard/telephony$': '<rootDir>/../telephony/src/index.ts',
  },
};

module.exports = {
  projects: [
    { ...shared, displayName: 'backend:unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'backend:integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      // Booting the application (and, for job flows, the worker process) takes seconds on a busy machine.
      testTimeout: 30_000,
    },
  ],
};
