import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** Unit tests alone, without a database: `npx vitest run --config vitest.unit.config.ts [files]`. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/unit/**/*.test.ts', 'explore/test/**/*.test.ts'],
    globalSetup: [],
    reporters: ['default'],
  },
});
