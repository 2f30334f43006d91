/**
 * The baseline of referrals-throughput.bench.ts: what `referrals(first: N)` with applicant, service and
 * organisation costs without GraphQL, NestJS or TypeORM. A bare `node:http` + `pg` server (PORT,
 * DATABASE_URL, JWT_SECRET from the environment) that does the same token check as the API (the same
 * HS256 JWT verified with the same secret; the user must exist, be active and carry the token's
 * version), applies the same visibility predicate (`referralScope`), and answers POST /graphql with the
 * same JSON as the API's inbox query (same rows, order, cursors): one count and one joined page query.
 * GET /health answers 200.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../src/common/auth/auth-user';
import { referralScope } from '../src/common/auth/visibility';
import { Paginator } from '../src/common/graphql/keyset';
import { loadConfig } from '../src/config/app-config';

const config = loadConfig({ ...process.env, NODE_ENV: 'production' });
const secret = process.env.JWT_SECRET!;
const cursors = new Paginator(config);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'bare-baseline' });

/** `:name` parameters of a visibility condition as `$n`, numbered after `offset`. */
function positional(condition: { sql: string; params: Record<string, unknown> }, offset: number): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const sql = condition.sql.replace(/:(\w+)/g, (_, name: string) => {
    values.push(condition.params[name]);
    return `$${offset + values.length}`;
  });
  return { sql, values };
}

async function signedIn(req: IncomingMessage): Promise<AuthUser | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return null;
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(match[1], secret, { algorithms: ['HS256'] }) as jwt.JwtPayload;
  } catch {
    return null;
  }
  const { rows } = await pool.query<{ id: string; email: string; role: Role; organization_id: string | null; token_version: number }>(
    'SELECT id, email, role, organization_id, token_version FROM app_user WHERE id = $1 AND active',
    [claims.sub],
  );
  const user = rows[0];
  if (!user || user.token_version !== claims['ver']) return null;
  return { id: user.id, email: user.email, role: user.role, organizationId: user.organization_id };
}

interface PageRow {
  id: string;
  status: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  decline_reason: string | null;
  history: Array<{ to: string; reason: string | null }>;
  service_id: string;
  service_name_ar: string;
  service_name_en: string | null;
  service_kind: string;
  organization_id: string;
  organization_name_ar: string;
  organization_name_en: string | null;
  applicant_id: string;
  full_name: string;
  category: string;
  governorate: string;
  key_0: string;
}

async function referrals(user: AuthUser, first: number) {
  const counted = positional(referralScope(user), 0);
  const scope = positional(referralScope(user), 1);
  const count = await pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM referral r WHERE ${counted.sql}`, counted.values);
  const { rows } = await pool.query<PageRow>(
    `SELECT r.id, r.status, r.version, r.created_at, r.updated_at, r.decline_reason,
            to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key_0,
            (SELECT coalesce(json_agg(json_build_object('to', e.to_status, 'reason', e.reason) ORDER BY e.at, e.id), '[]')
               FROM referral_event e WHERE e.referral_id = r.id) AS history,
            s.id AS service_id, s.name_ar AS service_name_ar, s.name_en AS service_name_en, s.kind AS service_kind,
            o.id AS organization_id, o.name_ar AS organization_name_ar, o.name_en AS organization_name_en,
            a.id AS applicant_id, a.full_name, a.category, a.governorate
       FROM referral r
       JOIN service s ON s.id = r.service_id
       JOIN organization o ON o.id = r.organization_id
       JOIN applicant a ON a.id = r.applicant_id
      WHERE ${scope.sql}
      ORDER BY r.created_at DESC, r.id DESC
      LIMIT $1`,
    [first + 1, ...scope.values],
  );
  const edges = rows.slice(0, first).map((row) => ({
    cursor: cursors.encode('referrals:created-desc', [row.key_0, row.id]),
    node: {
      id: row.id,
      status: row.status,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      declineReason: row.decline_reason,
      history: row.history,
      service: { id: row.service_id, name: { ar: row.service_name_ar, en: row.service_name_en }, kind: row.service_kind },
      organization: { id: row.organization_id, name: { ar: row.organization_name_ar, en: row.organization_name_en } },
      applicant: { id: row.applicant_id, fullName: row.full_name, category: row.category, governorate: row.governorate },
    },
  }));
  return {
    totalCount: count.rows[0].count,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url === '/health') return send(res, 200, { status: 'ok' });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: { first?: number } };
  const user = await signedIn(req);
  if (!user) return send(res, 200, { data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
  send(res, 200, { data: { referrals: await referrals(user, body.variables?.first ?? 20) } });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => send(res, 500, { errors: [{ message: String(error) }] }));
});
server.keepAliveTimeout = 5000;
server.listen(Number(process.env.PORT), '127.0.0.1');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}
