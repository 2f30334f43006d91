import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { REQUIRED_IN_PRODUCTION } from '../../src/config/app-config';

/**
 * The documented deployment must be able to start: docker-compose.yml gives the API every variable
 * production requires (as loadConfig itself lists them), and whatever the compose file asks .env
 * for is in .env.example and in the recipe of docs/operations.md. Docker cannot run here; this
 * reads the files.
 */
const ROOT = resolve(__dirname, '../../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface ComposeService {
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, unknown> | string[];
}

function apiService(): { name: string; environment: Map<string, string> } {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService> };
  const entries = Object.entries(compose.services).filter(
    ([name, service]) => ['api', 'app'].includes(name) || (typeof service.build === 'object' && service.build.dockerfile === 'docker/Dockerfile'),
  );
  expect(entries.map(([name]) => name)).toHaveLength(1);
  const [name, service] = entries[0];
  const raw = service.environment ?? {};
  const pairs: Array<[string, string]> = Array.isArray(raw)
    ? raw.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)] as [string, string])
    : Object.entries(raw).map(([key, value]) => [key, value === null || value === undefined ? '' : String(value)]);
  return { name, environment: new Map(pairs) };
}

/** ${NAME}, ${NAME:-default}, ${NAME:?message}: the .env variables a value is made of. */
function referencedVariables(text: string): Array<{ name: string; required: boolean }> {
  return [...text.matchAll(/\$\{([A-Z_][A-Z0-9_]*)(:?[-?])?[^}]*\}/g)].map((match) => ({ name: match[1], required: match[2]?.endsWith('?') ?? false }));
}

function envFileNames(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*([A-Z_][A-Z0-9_]*)=/gm)].map((match) => match[1]));
}

describe('the documented production deployment', () => {
  const { name, environment } = apiService();
  const envExample = envFileNames(read('.env.example'));
  const recipe = /cat > \.env <<EOF\n([\s\S]*?)\nEOF/.exec(read('docs/operations.md'))?.[1] ?? '';

  it('finds what it checks', () => {
    expect(REQUIRED_IN_PRODUCTION.length).toBeGreaterThanOrEqual(3);
    expect(environment.size).toBeGreaterThan(3);
    expect(envExample.size).toBeGreaterThan(3);
    expect(recipe).not.toBe('');
  });

  it(`runs the ${name} service in production`, () => {
    expect(environment.get('NODE_ENV') ?? 'production').toBe('production');
  });

  it.each([...REQUIRED_IN_PRODUCTION])('gives the API %s, from .env.example and the operations recipe where it comes from .env', (variable) => {
    const value = environment.get(variable);
    expect({ variable, value: value?.trim() || 'missing' }).not.toEqual({ variable, value: 'missing' });
    for (const source of referencedVariables(value!)) {
      // A secret must be required (${X:?…}), never silently empty or defaulted.
      expect({ variable, source: source.name, required: source.required }).toEqual({ variable, source: source.name, required: true });
      expect({ variable, source: source.name, inEnvExample: envExample.has(source.name) }).toEqual({ variable, source: source.name, inEnvExample: true });
      expect({ variable, source: source.name, inRecipe: envFileNames(recipe).has(source.name) }).toEqual({ variable, source: source.name, inRecipe: true });
    }
  });

  it('lists in .env.example and in the recipe everything the compose file requires from .env', () => {
    const required = [...new Set(referencedVariables(read('docker-compose.yml')).filter((ref) => ref.required).map((ref) => ref.name))];
    expect(required.filter((variable) => !envExample.has(variable))).toEqual([]);
    expect(required.filter((variable) => !envFileNames(recipe).has(variable))).toEqual([]);
  });
});
