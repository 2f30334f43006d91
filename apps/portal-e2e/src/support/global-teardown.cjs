const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const state = globalThis.__SHURAKA_E2E__;
  if (!state) return;
  const { child, dataDir } = state;
  if (child.exitCode === null) {
    await new Promise((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
  rmSync(dataDir, { recursive: true, force: true });
};
