import { In, type EntityManager } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import type { AttendeeInput } from './dto/meeting.inputs';
import type { Problems } from './meeting-rules';

export interface Person {
  position: number;
  name: string;
  title: string | null;
  organizationId: string | null;
  userId: string | null;
}

/**
 * Attendees or committee members, checked: names and titles (Problems.people), organisations and users that exist.
 * A person linked to a user without an organisation gets the user's.
 */
export async function checkedPeople(manager: EntityManager, problems: Problems, field: string, input: AttendeeInput[]): Promise<Person[]> {
  const people = problems.people(field, input);
  const organizationIds = [...new Set(people.map((person) => person.organizationId).filter((id): id is string => id !== null))];
  const userIds = [...new Set(people.map((person) => person.userId).filter((id): id is string => id !== null))];
  const organizations = organizationIds.length
    ? new Set((await manager.getRepository(OrganizationEntity).findBy({ id: In(organizationIds) })).map((row) => row.id))
    : new Set<string>();
  const users = userIds.length ? new Map((await manager.getRepository(UserEntity).findBy({ id: In(userIds) })).map((row) => [row.id, row])) : new Map<string, UserEntity>();
  people.forEach((person, index) => {
    if (person.organizationId && !organizations.has(person.organizationId)) {
      problems.add(`${field}.${index}.organizationId`, 'exists', 'no organisation has this id', 'لا توجد منظمة بهذا المعرّف');
    }
    if (person.userId) {
      const user = users.get(person.userId);
      if (!user) problems.add(`${field}.${index}.userId`, 'exists', 'no user has this id', 'لا يوجد مستخدم بهذا المعرّف');
      else if (!person.organizationId) person.organizationId = user.organizationId;
    }
  });
  return people;
}
