// Preloaded into Prisma CLI runs: the WebAssembly schema engine leaves a long timer
// behind that keeps the process alive 10-60 s after the work is done. Unref'ing long
// timers lets the CLI exit as soon as it has finished.
const originalSetTimeout = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const timer = originalSetTimeout(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
