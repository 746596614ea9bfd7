/** Browser flows: the built product in Debian's Chromium, driven by playwright-core. */
module.exports = {
  displayName: 'frontend-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
  setupFilesAfterEnv: ['<rootDir>/src/stop-leftovers.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  moduleNameMapper: {
    '^@switchboard/contracts$': '<rootDir>/../libs/contracts/src/index.ts',
    // The console flows run the scripted AMI PBX inside the test process.
    '^@switchboard/telephony$': '<rootDir>/../telephony/src/index.ts',
    '^@switchboard/telephony/test-pbx$': '<rootDir>/../telephony/src/test-pbx/index.ts',
  },
};
