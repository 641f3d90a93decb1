/**
 * How many inputs every fuzzing property of `tests/unit/fuzz` tries: each decoder and parser of
 * the app meets ten thousand generated inputs per property, on every run of the unit tests.
 */
export const FUZZ_RUNS = 10_000;

/** The options of a fuzzing property (`test.prop([...], FUZZ)`). */
export const FUZZ = { numRuns: FUZZ_RUNS } as const;
