import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Note: Node resolves `graphql` to its CommonJS build for @apollo/server; Vite would pick the .mjs build for
    // our sources, and two graphql instances cannot share a schema. Pin both to the one Node uses.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Integration tests share one Neo4j; files run one at a time so their clean-ups never race.
    fileParallelism: false,
  },
});
