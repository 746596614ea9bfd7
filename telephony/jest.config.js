/** The telephony library's specs: protocol parsing and adapters against recorded PBX traffic. */
module.exports = {
  displayName: 'telephony',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  moduleNameMapper: { '^@switchboard/contracts$': '<rootDir>/../libs/contracts/src/index.ts' },
};
