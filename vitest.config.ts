import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would load graphql's ESM build while @neo4j/graphql and type-graphql load the
    // CommonJS one; two copies of graphql cannot share a schema ("another module or realm").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts', 'explore/test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    // Integration tests share one Neo4j; two workers keep the 2-core machine responsive.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', ['json', { outputFile: '.local/test-results.json' }]],
  },
});
