/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Both cores of the CI machine (jest's default leaves one idle); the process tests spend most of their
  // time waiting on child processes.
  maxWorkers: "100%",
  // The bridge and command-line bundles, built once from the current sources for the process tests.
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  // Loopback servers and real child processes share a 2-core CI machine: budgets, not performance targets.
  testTimeout: 30_000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "test/tsconfig.json" }] },
  moduleNameMapper: { "^@raycast/api$": "<rootDir>/test/raycast-api-double/index.tsx" },
  collectCoverageFrom: ["src/**/*.{ts,tsx}"],
  coverageReporters: ["text-summary", "json-summary"],
  // Enforced whenever coverage is collected (CI runs `npm test -- --coverage`).
  coverageThreshold: {
    "./src/core/": { lines: 90 },
    // Raycast commands (each file on its own) and their components and hooks.
    "./src/*.tsx": { lines: 80 },
    "./src/components/": { lines: 80 },
    "./src/hooks/": { lines: 80 },
  },
};
