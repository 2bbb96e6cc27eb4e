import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 600_000,
    // Notebook and browser suites start Jupyter kernels and Chromium: run files one
    // at a time on small machines rather than starving them.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
