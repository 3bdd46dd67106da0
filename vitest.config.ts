import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30000,
    pool: 'threads',
    // Messages are worded in the language of the environment (LC_ALL, LANG):
    // the tests expect English wherever they do not choose a language.
    env: {LC_ALL: 'C.UTF-8'}
  }
})
