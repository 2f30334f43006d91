import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ConsortiumMemberEntity } from '../../modules/consortia/consortium-member.entity';
import { ConsortiumEntity } from '../../modules/consortia/consortium.entity';
import { hashPassword } from '../../modules/auth/passwords';
import { BranchEntity } from '../../modules/organizations/branch.entity';
import { OrganizationEntity } from '../../modules/organizations/organization.entity';
import { searchText } from '../../modules/organizations/organizations.service';
import { ServiceEntity } from '../../modules/services/service.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { callingCodeOf, normalizeSearchText, ReferralStatus } from '@shuraka/domain';
import type { EntityManager } from 'typeorm';
import { ApplicantEntity } from '../../modules/applicants/applicant.entity';
import { ReferralEventEntity } from '../../modules/referrals/referral-event.entity';
import { ReferralEntity } from '../../modules/referrals/referral.entity';
import type { DeclineReason } from '../../modules/referrals/referral-lifecycle';
import { DEMO_APPLICANTS, DEMO_CONSORTIA, DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-data';
import { loadDemoQuestionnaire } from './load-demo-questionnaire';
import { loadDemoMeetings } from './load-demo-meetings';

const DAY = 24 * 3600 * 1000;

/**
 * Loads the demo consortium in one transaction, only on a database without organisations (so it
 * runs once and never touches real data). Demo users get DEMO_PASSWORD, or a generated password
 * printed once.
 */
export async function loadDemoData(dataSource: DataSource, logger: Logger, password = process.env.DEMO_PASSWORD): Promise<boolean> {
  const demoPassword = password || randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(demoPassword);
  const loaded = await dataSource.transaction(async (manager) => {
    // Serialises concurrent starts on the same database.
    await manager.query('SELECT pg_advisory_xact_lock(727001)');
    if ((await manager.getRepository(OrganizationEntity).count()) > 0) return false;
    const ids = new Map<string, string>();
    const servicesOf = new Map<string, string[]>();
    for (const demo of DEMO_ORGANIZATIONS) {
      const organization = await manager.getRepository(OrganizationEntity).save({
        nameAr: demo.ar, nameEn: demo.en, kind: demo.kind, governorates: demo.governorates, searchText: searchText(demo.ar, demo.en),
      });
      ids.set(demo.key, organization.id);
      if (demo.branches?.length) {
        await manager.getRepository(BranchEntity).insert(
          demo.branches.map((branch, position) => ({
            organizationId: organization.id, position, nameAr: branch.ar, nameEn: branch.en,
            governorate: branch.governorate, district: branch.district ?? null,
          })),
        );
      }
      for (const service of demo.services ?? []) {
        const saved = await manager.getRepository(ServiceEntity).save({
          organizationId: organization.id, nameAr: service.ar, nameEn: service.en,
          descriptionAr: service.descriptionAr ?? null, descriptionEn: service.descriptionEn ?? null,
          kind: service.kind, categories: service.categories, governorates: service.governorates,
          projectSizes: service.projectSizes ?? [], gender: service.gender ?? null,
          minAge: service.minAge ?? null, maxAge: service.maxAge ?? null,
          minAmount: service.amount?.min ?? null, maxAmount: service.amount?.max ?? null, currency: service.amount?.currency ?? null,
          guaranteeRequired: service.guarantee, capacity: service.capacity, decisionDays: service.decisionDays ?? null,
        });
        servicesOf.set(demo.key, [...(servicesOf.get(demo.key) ?? []), saved.id]);
      }
    }
    for (const demo of DEMO_CONSORTIA) {
      const consortium = await manager.getRepository(ConsortiumEntity).save({
        nameAr: demo.ar, nameEn: demo.en, country: demo.country, defaultCallingCode: callingCodeOf(demo.country), purposeAr: demo.purposeAr, purposeEn: demo.purposeEn,
      });
      await manager.getRepository(ConsortiumMemberEntity).insert(
        demo.members.map((member) => ({ consortiumId: consortium.id, organizationId: ids.get(member.key)!, role: member.role })),
      );
    }
    const users = manager.getRepository(UserEntity);
    const userOf = new Map<string, string>();
    for (const demo of DEMO_USERS) {
      const user =
        (await users.findOneBy({ email: demo.email })) ??
        (await users.save({
          email: demo.email, displayName: demo.displayName, role: demo.role, passwordHash,
          organizationId: demo.organizationKey ? ids.get(demo.organizationKey)! : null,
        }));
      userOf.set(demo.organizationKey ?? demo.email, user.id);
      if (demo.role === 'COORDINATOR') userOf.set('coordinator', user.id);
      if (demo.role === 'PARTNER_STAFF' && demo.organizationKey === 'smeps') userOf.set('lead', user.id);
    }
    const hadramout = await manager.getRepository(ConsortiumEntity).findOneByOrFail({ nameAr: DEMO_CONSORTIA[0].ar });
    await loadDemoApplicants(manager, { coordinatorId: userOf.get('coordinator')!, consortiumId: hadramout.id, ids, servicesOf, userOf });
    await loadDemoQuestionnaire(manager, { consortiumId: hadramout.id, createdById: userOf.get('lead')!, ids, userOf });
    await loadDemoMeetings(manager, { consortiumId: hadramout.id, ids });
    return true;
  });
  if (loaded) {
    logger.info({ organizations: DEMO_ORGANIZATIONS.length, consortia: DEMO_CONSORTIA.length }, 'demo data loaded');
    if (!password) {
      console.log(`\n  Demo users (${DEMO_USERS.map((user) => user.email).join(', ')})\n  share the password: ${demoPassword}\n  (set DEMO_PASSWORD to choose it)\n`);
    }
  }
  return loaded;
}

/** Applicants of the demo coordinator with referrals walked through their lifecycle, history included. */
async function loadDemoApplicants(
  manager: EntityManager,
  refs: { coordinatorId: string; consortiumId: string; ids: Map<string, string>; servicesOf: Map<string, string[]>; userOf: Map<string, string> },
): Promise<void> {
  const now = Date.now();
  for (const demo of DEMO_APPLICANTS) {
    const applicant = await manager.getRepository(ApplicantEntity).save({
      fullName: demo.fullName, category: demo.category, gender: demo.gender, birthDate: demo.birthDate, governorate: demo.governorate,
      district: demo.district, phone: demo.phone, projectSize: demo.projectSize, sector: demo.sector,
      requestedAmount: demo.requestedAmount ?? null, requestedCurrency: demo.requestedAmount ? 'YER' : null, needs: demo.needs,
      guaranteeOffered: demo.guarantee, consentGivenAt: new Date(now - 90 * DAY), consortiumId: refs.consortiumId,
      registeredById: refs.coordinatorId, searchText: normalizeSearchText(`${demo.fullName} ${demo.phone}`),
    });
    for (const plan of demo.referrals) {
      const [organizationKey, serviceIndex] = plan.service;
      const serviceId = refs.servicesOf.get(organizationKey)![serviceIndex];
      const partnerUser = refs.userOf.get(organizationKey) ?? refs.coordinatorId;
      const sentAt = new Date(now - plan.daysAgo * DAY);
      const at = (step: number) => new Date(Math.min(now, sentAt.getTime() + step * DAY));
      const status = plan.path.length ? plan.path[plan.path.length - 1] : ReferralStatus.SENT;
      const decisionStep = plan.path.findIndex((step) => [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED].includes(step));
      const referral = await manager.getRepository(ReferralEntity).save({
        applicantId: applicant.id, serviceId, organizationId: refs.ids.get(organizationKey)!, referredById: refs.coordinatorId, status,
        version: plan.path.length + 1 + (plan.outcome ? 1 : 0), createdAt: sentAt, decidedAt: decisionStep >= 0 ? at(decisionStep + 1) : null,
        declineReason: (plan.declineReason as DeclineReason | undefined) ?? null,
        amountDisbursed: plan.outcome?.amountDisbursed ?? null, disbursedCurrency: plan.outcome?.amountDisbursed ? 'YER' : null,
        jobsCreated: plan.outcome?.jobsCreated ?? null, trainingCompleted: plan.outcome?.trainingCompleted ?? null,
      });
      const events = [{ fromStatus: null, toStatus: ReferralStatus.SENT, at: sentAt, byId: refs.coordinatorId, reason: null as string | null, declineReason: null as DeclineReason | null }];
      plan.path.forEach((step, index) =>
        events.push({
          fromStatus: (index === 0 ? ReferralStatus.SENT : plan.path[index - 1]) as never, toStatus: step, at: at(index + 1), byId: partnerUser,
          reason: step === ReferralStatus.DECLINED ? plan.reason ?? null : null,
          declineReason: step === ReferralStatus.DECLINED ? ((plan.declineReason as DeclineReason) ?? null) : null,
        }),
      );
      if (plan.outcome) {
        events.push({ fromStatus: status as never, toStatus: status, at: at(plan.path.length + 1), byId: partnerUser, reason: 'Outcome recorded', declineReason: null });
      }
      await manager.getRepository(ReferralEventEntity).insert(events.map((event) => ({ ...event, referralId: referral.id })));
      if ([ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE].includes(status)) {
        await manager.query('UPDATE service SET capacity_used = capacity_used + 1 WHERE id = $1', [serviceId]);
      }
    }
  }
}
