import { Role } from '@shuraka/domain';
import { randomUUID } from 'node:crypto';
import { NotificationsService, type NotificationRequest } from '../../../src/modules/notifications/notifications.service';
import { createOrganization, createUser, signedIn } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

const LIST = operation<{
  notifications: {
    totalCount: number;
    edges: Array<{ node: { id: string; kind: string; title: { ar: string | null; en: string | null }; body: { ar: string | null; en: string | null } | null; link: string | null; readAt: string | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}>(`query L($first: Int, $after: String, $unreadOnly: Boolean) { notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
  totalCount edges { node { id kind title { ar en } body { ar en } link readAt } } pageInfo { hasNextPage endCursor } } }`);
const UNREAD = operation<{ unreadNotificationCount: number }>('{ unreadNotificationCount }');
const MARK = operation<{ markNotificationsRead: number }>(
  'mutation M($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
);

describe('notifications', () => {
  let api: TestApp;
  let service: NotificationsService;
  beforeAll(async () => {
    api = await startTestApp();
    service = api.app.get(NotificationsService);
  });
  afterAll(() => api.close());

  const notify = (request: Partial<NotificationRequest> & { userIds: string[] }) =>
    api.dataSource.transaction((manager) =>
      service.notify(manager, { dedupeKey: `test:${randomUUID()}`, kind: 'TEST', title: { ar: 'عنوان', en: 'Title' }, ...request }),
    );

  it('lists only the signed-in user\'s notifications, newest first, with the unread count', async () => {
    const organization = await createOrganization(api.dataSource);
    const me = await signedIn(api, Role.PARTNER_STAFF, organization.id);
    const colleague = await signedIn(api, Role.PARTNER_STAFF, organization.id);
    expect(await notify({ userIds: [me.user.id], title: { ar: 'الأول', en: 'First' } })).toBe(true);
    expect(await notify({ userIds: [me.user.id, colleague.user.id], title: { ar: 'الثاني', en: 'Second' }, body: { ar: 'نص', en: null }, link: '/assignments/x' })).toBe(true);
    expect(await notify({ userIds: [colleague.user.id], title: { ar: 'للزميل', en: null } })).toBe(true);

    const mine = await api.gql(LIST, {}, me.token);
    expect(mine.data?.notifications.totalCount).toBe(2);
    expect(mine.data?.notifications.edges.map((edge) => edge.node.title.en)).toEqual(['Second', 'First']);
    expect(mine.data?.notifications.edges[0].node).toMatchObject({ kind: 'TEST', body: { ar: 'نص', en: null }, link: '/assignments/x', readAt: null });
    expect(mine.data?.notifications.edges[1].node.body).toBeNull();
    expect((await api.gql(UNREAD, {}, me.token)).data?.unreadNotificationCount).toBe(2);
    expect((await api.gql(UNREAD, {}, colleague.token)).data?.unreadNotificationCount).toBe(2);

    const page = await api.gql(LIST, { first: 1 }, me.token);
    expect(page.data?.notifications.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql(LIST, { first: 1, after: page.data?.notifications.pageInfo.endCursor }, me.token);
    expect(next.data?.notifications.edges.map((edge) => edge.node.title.en)).toEqual(['First']);
  });

  it('marks read only the user\'s own notifications, by id or all', async () => {
    const me = await signedIn(api, Role.COORDINATOR);
    const other = await signedIn(api, Role.COORDINATOR);
    await notify({ userIds: [me.user.id] });
    await notify({ userIds: [me.user.id] });
    await notify({ userIds: [me.user.id] });
    await notify({ userIds: [other.user.id] });
    const mine = (await api.gql(LIST, {}, me.token)).data!.notifications.edges.map((edge) => edge.node.id);
    const theirs = (await api.gql(LIST, {}, other.token)).data!.notifications.edges.map((edge) => edge.node.id);

    expect((await api.gql(MARK, { input: { ids: [mine[0], theirs[0]] } }, me.token)).data?.markNotificationsRead).toBe(1);
    expect((await api.gql(UNREAD, {}, other.token)).data?.unreadNotificationCount).toBe(1);
    expect((await api.gql(UNREAD, {}, me.token)).data?.unreadNotificationCount).toBe(2);
    expect((await api.gql(LIST, { unreadOnly: true }, me.token)).data?.notifications.edges.map((edge) => edge.node.id)).toEqual(mine.slice(1));
    // Marking again changes nothing.
    expect((await api.gql(MARK, { input: { ids: [mine[0]] } }, me.token)).data?.markNotificationsRead).toBe(0);

    expect((await api.gql(MARK, { input: { all: true } }, me.token)).data?.markNotificationsRead).toBe(2);
    expect((await api.gql(UNREAD, {}, me.token)).data?.unreadNotificationCount).toBe(0);
    expect((await api.gql(UNREAD, {}, other.token)).data?.unreadNotificationCount).toBe(1);
    const read = (await api.gql(LIST, {}, me.token)).data!.notifications.edges;
    expect(read.every((edge) => edge.node.readAt !== null)).toBe(true);
  });

  it('refuses marking without ids or all, and anonymous callers', async () => {
    const me = await signedIn(api, Role.COORDINATOR);
    const neither = await api.gql(MARK, { input: {} }, me.token);
    expect(errorCode(neither)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(neither).map((error) => error.field)).toEqual(['ids']);
    expect(errorCode(await api.gql(MARK, { input: { ids: [], all: true } }, me.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(UNREAD, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('sends a dedupe key once, even when parallel transactions race for it, and only to active users', async () => {
    const user = await createUser(api.dataSource, Role.COORDINATOR);
    const inactive = await createUser(api.dataSource, Role.COORDINATOR);
    await api.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [inactive.id]);
    const dedupeKey = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 6 }, () => notify({ dedupeKey, userIds: [user.id, inactive.id] })));
    expect(results.filter(Boolean)).toHaveLength(1);
    const rows = await api.dataSource.query('SELECT user_id FROM notification WHERE user_id = ANY($1)', [[user.id, inactive.id]]);
    expect(rows).toEqual([{ user_id: user.id }]);
    expect(await notify({ dedupeKey, userIds: [user.id] })).toBe(false);
  });

  it('leaves no key behind when the caller\'s transaction rolls back', async () => {
    const user = await createUser(api.dataSource, Role.COORDINATOR);
    const dedupeKey = `test:${randomUUID()}`;
    await expect(
      api.dataSource.transaction(async (manager) => {
        await service.notify(manager, { dedupeKey, userIds: [user.id], kind: 'TEST', title: { ar: 'أ', en: 'A' } });
        throw new Error('the caller fails');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await api.dataSource.query('SELECT 1 FROM notification WHERE user_id = $1', [user.id])).toEqual([]);
    expect(await notify({ dedupeKey, userIds: [user.id] })).toBe(true);
  });
});
