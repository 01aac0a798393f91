/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
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
