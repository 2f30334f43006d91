import { In, type EntityManager } from 'typeorm';
import { RecommendationStatus } from '@shuraka/domain';
import { addDays, dayIn } from '../../common/time/clock';
import { ConsortiumEntity } from '../../modules/consortia/consortium.entity';
import { CommitteeEntity, CommitteeMemberEntity } from '../../modules/meetings/committee.entity';
import { MeetingAttendeeEntity, MeetingEntity } from '../../modules/meetings/meeting.entity';
import { RecommendationEntity, RecommendationNoteEntity, RecommendationOwnerEntity } from '../../modules/meetings/recommendation.entity';
import { QuestionnaireEntity } from '../../modules/questionnaires/questionnaire.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { COMMITTEE_MEETING, DRAFT_COMMITTEE, FIRST_MEETING, PARTNERS_MEETING, RECOMMENDATIONS, WORKSHOP, type DemoPerson } from './demo-meetings';

const DAY_MS = 24 * 3600 * 1000;

/** Demo users among the people of the meetings and the committee. */
const SEED_EMAILS = [PARTNERS_MEETING.attendees, DRAFT_COMMITTEE.members].flat().flatMap((person) => (person.userEmail ? [person.userEmail] : []));

/** Noon of a calendar day in Aden (UTC+3), as an instant. */
const noonOf = (day: string) => new Date(`${day}T12:00:00+03:00`);

/**
 * The meetings, committee and recommendations of seed 001 for the Hadramout consortium (demo-meetings.ts), written
 * directly in the demo loader's transaction: the committee member of SMEPS created them, the partners' staff reported.
 */
export async function loadDemoMeetings(manager: EntityManager, refs: { consortiumId: string; ids: Map<string, string> }): Promise<void> {
  const now = Date.now();
  const consortium = await manager.getRepository(ConsortiumEntity).findOneByOrFail({ id: refs.consortiumId });
  const today = dayIn(consortium.timeZone, new Date(now));
  const emails = [...new Set(RECOMMENDATIONS.flatMap((r) => r.notes.map((n) => n.byEmail)).concat('smeps@demo.shuraka.org', ...SEED_EMAILS))];
  const userIds = new Map((await manager.getRepository(UserEntity).findBy({ email: In(emails) })).map((user) => [user.email, user.id]));
  const createdById = userIds.get('smeps@demo.shuraka.org')!;
  const orgOf = (key: string | null) => (key ? refs.ids.get(key)! : null);
  const people = (list: DemoPerson[]) =>
    list.map((person, index) => ({
      position: index + 1, name: person.name, title: person.title, organizationId: orgOf(person.organizationKey),
      userId: person.userEmail ? userIds.get(person.userEmail) ?? null : null,
    }));
  const meetings = manager.getRepository(MeetingEntity);
  const saveMeeting = async (meeting: Partial<MeetingEntity>, attendees: DemoPerson[]) => {
    const saved = await meetings.save(meetings.create({ consortiumId: consortium.id, createdById, ...meeting }));
    if (attendees.length) await manager.getRepository(MeetingAttendeeEntity).insert(people(attendees).map((row) => ({ ...row, meetingId: saved.id })));
    return saved;
  };

  const { attendees: firstAttendees, ...first } = FIRST_MEETING;
  await saveMeeting({ ...first, createdAt: noonOf(first.heldOn) }, firstAttendees);
  const { attendees: partnersAttendees, ...partners } = PARTNERS_MEETING;
  const partnersMeeting = await saveMeeting({ ...partners, createdAt: noonOf(partners.heldOn) }, partnersAttendees);

  const { members, ...committeeFields } = DRAFT_COMMITTEE;
  const committee = await manager.getRepository(CommitteeEntity).save(
    manager.getRepository(CommitteeEntity).create({ consortiumId: consortium.id, ...committeeFields, createdAt: noonOf(committeeFields.startsOn) }),
  );
  await manager.getRepository(CommitteeMemberEntity).insert(people(members).map((row) => ({ ...row, committeeId: committee.id })));
  const committeeMeeting = await saveMeeting(
    { ...COMMITTEE_MEETING, committeeId: committee.id, createdAt: noonOf('2018-01-02') },
    members,
  );
  const { inDays, ...workshopFields } = WORKSHOP;
  const workshop = await saveMeeting({ ...workshopFields, heldOn: addDays(today, inDays), createdAt: new Date(now - 10 * DAY_MS) }, []);
  const questionnaire = await manager.getRepository(QuestionnaireEntity).findOneByOrFail({ consortiumId: consortium.id });
  const about = { questionnaire: { aboutQuestionnaireId: questionnaire.id }, 'committee-meeting': { aboutMeetingId: committeeMeeting.id }, workshop: { aboutMeetingId: workshop.id } };

  for (const [index, demo] of RECOMMENDATIONS.entries()) {
    const notes = demo.notes.map((note) => ({ ...note, at: typeof note.at === 'string' ? new Date(note.at) : new Date(now - note.at.daysAgo * DAY_MS) }));
    const closing = notes.find((note) => note.statusTo === RecommendationStatus.DONE || note.statusTo === RecommendationStatus.DROPPED);
    const recommendation = await manager.getRepository(RecommendationEntity).save(
      manager.getRepository(RecommendationEntity).create({
        meetingId: partnersMeeting.id, consortiumId: consortium.id, number: index + 1, textAr: demo.ar, textEn: demo.en,
        dueOn: demo.due === null ? null : 'on' in demo.due ? demo.due.on : addDays(today, demo.due.inDays),
        status: demo.status, percent: demo.percent, statusReason: null, createdById,
        aboutQuestionnaireId: null, aboutMeetingId: null, aboutCommitteeId: null, aboutServiceId: null,
        ...(demo.about ? about[demo.about] : {}),
        version: 1 + notes.length, closedAt: closing?.at ?? null, createdAt: noonOf(partners.heldOn),
      }),
    );
    await manager.getRepository(RecommendationOwnerEntity).insert(demo.ownerKeys.map((key) => ({ recommendationId: recommendation.id, organizationId: orgOf(key)! })));
    let status = RecommendationStatus.OPEN;
    const rows = notes.map((note) => {
      const row = {
        recommendationId: recommendation.id, authorId: userIds.get(note.byEmail)!, at: note.at, note: note.note, percent: note.percent ?? null,
        statusFrom: note.statusTo ? status : null, statusTo: note.statusTo ?? null,
      };
      if (note.statusTo) status = note.statusTo;
      return row;
    });
    if (rows.length) await manager.getRepository(RecommendationNoteEntity).insert(rows);
    if (demo.about === 'committee-meeting') await meetings.update({ id: committeeMeeting.id }, { followUpOfId: recommendation.id });
  }
}

