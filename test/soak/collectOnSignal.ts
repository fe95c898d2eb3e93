/**
 * Loaded into the soak's API child (with --expose-gc): a full garbage collection on SIGUSR2, so the soak samples the
 * memory the API keeps rather than garbage V8 has not collected yet. Between samples the API runs as it always does.
 */
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
});
