import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, type Notification } from 'pg';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { compileCatalogue, type CatalogueState, type CompiledCatalogue, type MatchWeights, type TrackRecord } from '@shuraka/matching';
import { DATABASE_URL } from '../../common/database/database-url';
import { LOGGER } from '../../common/logging/logger';
import { AWAITING_DECISION } from '../referrals/referral-lifecycle';
import { ServiceEntity } from '../services/service.entity';
import { toServiceType, type ServiceType } from '../services/service.type';
import { readBranches, readWeights, toCatalogueServices, toTrackRecord, TRACK_RECORD_COLUMNS, type TrackRecordRow } from './match-data';

/** The channel the database's triggers NOTIFY (payload: the changed organisation or consortium, or `*`). */
export const CATALOGUE_CHANNEL = 'matching_catalogue';

/** What a consortium's applicants are matched against, compiled once and kept until it changes. */
export interface Catalogue {
  /** The consortium (null: applicants without one, matched against every service). */
  scope: string | null;
  /** The versions it was read at: equal fingerprints, equal catalogues (see `stateSql`). */
  fingerprint: string;
  /** The member organisations (whose changes make it stale). */
  partners: ReadonlySet<string>;
  weights: MatchWeights;
  compiled: CompiledCatalogue;
  /** The services as the API shows them; `capacityUsed` is replaced by the match's own reading. */
  services: ReadonlyMap<string, ServiceType>;
  /** Order of the loads: a later load never gives way to an earlier one. */
  sequence: number;
}

/** What changes with every referral, read for each match in the statement that checks the catalogue. */
export interface MatchState extends CatalogueState {
  fingerprint: string;
  capacityUsed: ReadonlyMap<string, number>;
}

export interface MatchSnapshot {
  catalogue: Catalogue;
  state: MatchState;
}

interface StateRow {
  fingerprint: string;
  used: Array<[string, number]> | null;
  pending: Array<[string, number]> | null;
  records: Array<[string, number, number, number, number | null]> | null;
}

/** Organisations whose services an applicant of the scope may be matched with (as referrals enforce it). */
const membersSql = (scope: string | null, parameter: string) =>
  scope ? `SELECT organization_id AS id FROM consortium_member WHERE consortium_id = ${parameter}` : 'SELECT id FROM organization';

/**
 * The one statement a warm match sends: the catalogue's fingerprint and what changes with every
 * referral (places used, referrals awaiting an answer, partners' track records), in one snapshot.
 *
 * Fingerprint of a consortium: its own version (bumped with its members and weights, so it pins the
 * member set) and the sum of its members' versions (each bumped with their services and branches,
 * never decreasing, so for one member set an equal sum means no member changed). Without a
 * consortium: the sum of every version, which every bump increases.
 */
function stateSql(scope: string | null): string {
  const members = membersSql(scope, '$2');
  const fingerprint = scope
    ? `coalesce((SELECT version FROM matching_catalogue_version WHERE key = $2), 0) || ':' || coalesce((SELECT sum(version) FROM matching_catalogue_version WHERE key IN (${members})), 0)`
    : `'*:' || coalesce((SELECT sum(version) FROM matching_catalogue_version), 0)`;
  return `SELECT ${fingerprint} AS fingerprint,
    (SELECT json_agg(json_build_array(s.id, s.capacity_used)) FROM service s WHERE s.organization_id IN (${members}) AND s.capacity_used > 0) AS used,
    (SELECT json_agg(json_build_array(p.service_id, p.count)) FROM (
       SELECT service_id, count(*)::int AS count FROM referral
        WHERE status = ANY($1::referral_status[]) AND service_id IN (SELECT id FROM service WHERE organization_id IN (${members}))
        GROUP BY service_id) p) AS pending,
    (SELECT json_agg(json_build_array(t.organization_id, t.decided, t.accepted, t.completed, t.median_days)) FROM (
       SELECT organization_id, ${TRACK_RECORD_COLUMNS} FROM referral WHERE organization_id IN (${members}) GROUP BY organization_id) t) AS records`;
}

function toState(row: StateRow): MatchState {
  const capacityUsed = new Map(row.used ?? []);
  const placesTaken = new Map(capacityUsed);
  for (const [serviceId, count] of row.pending ?? []) placesTaken.set(serviceId, (placesTaken.get(serviceId) ?? 0) + count);
  const trackRecords = new Map<string, TrackRecord>(
    (row.records ?? []).map(([organizationId, decided, accepted, completed, medianDays]): [string, TrackRecord] => [
      organizationId,
      toTrackRecord({ organization_id: organizationId, decided, accepted, completed, median_days: medianDays } satisfies TrackRecordRow),
    ]),
  );
  return { fingerprint: row.fingerprint, capacityUsed, placesTaken, trackRecords };
}

/**
 * Each consortium's services, compiled for ranking and kept in memory across requests, with the
 * guarantee that a match never ranks against a catalogue older than the data committed when its
 * one statement ran: that statement reads the catalogue's fingerprint with the places and track
 * records, and a different fingerprint means reloading (in one REPEATABLE READ snapshot) first.
 * LISTEN/NOTIFY on a connection of its own only makes that rare: when a consortium's services,
 * their branches, its members or its weights change (through any process, or plain SQL), the
 * triggers notify every process, which reloads the catalogues it holds in the background.
 */
@Injectable()
export class MatchingCatalogues implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly cached = new Map<string, Catalogue>();
  private readonly loading = new Map<string, Promise<MatchSnapshot>>();
  private sequence = 0;
  private listener?: Client;
  private closing = false;
  private reconnect?: NodeJS.Timeout;
  private refresh?: NodeJS.Timeout;
  private readonly stale = new Set<string | null>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The catalogue of `scope` and the places and track records of this moment, consistent with each other. */
  async snapshot(scope: string | null): Promise<MatchSnapshot> {
    const key = scope ?? '';
    let catalogue = this.cached.get(key);
    let awaited: Promise<MatchSnapshot> | undefined;
    if (!catalogue && (awaited = this.loading.get(key))) catalogue = (await awaited.catch(() => undefined))?.catalogue;
    if (catalogue) {
      const state = await this.readState(this.dataSource, scope);
      if (state.fingerprint === catalogue.fingerprint) return { catalogue, state };
      // Changed: a load already under way may have read exactly this catalogue.
      const pending = this.loading.get(key);
      if (pending && pending !== awaited) {
        const loaded = await pending.catch(() => undefined);
        if (loaded?.catalogue.fingerprint === state.fingerprint) return { catalogue: loaded.catalogue, state };
      }
    }
    // Cold, or changed again: a load of its own, which starts after this request did.
    return this.load(scope);
  }

  /** The catalogues held now (for tests and the benchmark). */
  held(): Catalogue[] {
    return [...this.cached.values()];
  }

  private load(scope: string | null): Promise<MatchSnapshot> {
    const key = scope ?? '';
    const sequence = (this.sequence += 1);
    const loading = this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, scope, sequence));
    this.loading.set(key, loading);
    return loading
      .then((snapshot) => {
        const current = this.cached.get(key);
        if (!current || current.sequence < sequence) this.cached.set(key, snapshot.catalogue);
        return snapshot;
      })
      .finally(() => {
        if (this.loading.get(key) === loading) this.loading.delete(key);
      });
  }

  private async read(manager: EntityManager, scope: string | null, sequence: number): Promise<MatchSnapshot> {
    // The state first: its fingerprint is that of the snapshot the rest is read in.
    const state = await this.readState(manager, scope);
    const services = manager.getRepository(ServiceEntity).createQueryBuilder('s').orderBy('s.id', 'ASC');
    if (scope) services.where(`s.organization_id IN (${membersSql(scope, ':scope')})`, { scope });
    // One after another: a transaction is one connection.
    const serviceRows = await services.getMany();
    const partnerRows = (await manager.query(membersSql(scope, '$1'), scope ? [scope] : [])) as Array<{ id: string }>;
    const [weights] = await readWeights(manager, [scope]);
    const partners = new Set(partnerRows.map((row) => row.id));
    const organizationIds = [...new Set(serviceRows.map((service) => service.organizationId))];
    const branches = await readBranches(manager, organizationIds);
    const catalogue: Catalogue = {
      scope,
      fingerprint: state.fingerprint,
      partners,
      weights,
      compiled: compileCatalogue(toCatalogueServices(serviceRows, branches)),
      services: new Map(serviceRows.map((service) => [service.id, toServiceType(service)])),
      sequence,
    };
    return { catalogue, state };
  }

  private async readState(db: DataSource | EntityManager, scope: string | null): Promise<MatchState> {
    const [row] = (await db.query(stateSql(scope), scope ? [AWAITING_DECISION, scope] : [AWAITING_DECISION])) as StateRow[];
    return toState(row);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnect);
    clearTimeout(this.refresh);
    await this.listener?.end().catch(() => undefined);
    await Promise.allSettled([...this.loading.values()]);
  }

  /** A connection of its own that LISTENs; lost, it reconnects, and everything held is refreshed (notifications may have been missed). */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'shuraka-matching' });
    const retry = (error: unknown) => {
      if (this.closing || this.listener !== client) return;
      this.logger.warn({ err: error }, 'matching catalogue listener lost; reconnecting');
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.reconnect = setTimeout(() => void this.listen().then(() => this.changed('*')), 1000);
      this.reconnect.unref();
    };
    this.listener = client;
    client.on('error', retry);
    client.on('end', () => retry(new Error('the listening connection ended')));
    client.on('notification', (message: Notification) => this.changed(message.payload ?? '*'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CATALOGUE_CHANNEL}`);
    } catch (error) {
      retry(error);
    }
  }

  /** A notification: the catalogues it concerns are reloaded shortly (changes come in bursts). */
  private changed(key: string): void {
    for (const catalogue of this.cached.values()) {
      if (key === '*' || catalogue.scope === null || catalogue.scope === key || catalogue.partners.has(key)) this.stale.add(catalogue.scope);
    }
    if (this.stale.size === 0 || this.refresh || this.closing) return;
    this.refresh = setTimeout(() => {
      this.refresh = undefined;
      const scopes = [...this.stale];
      this.stale.clear();
      for (const scope of scopes) this.load(scope).catch((error: unknown) => this.logger.warn({ err: error, scope }, 'matching catalogue refresh failed'));
    }, 25);
    this.refresh.unref();
  }
}
