import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberRole } from '@shuraka/domain';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ConsortiumEntity } from './consortium.entity';

@Entity('consortium_member')
/** A consortium has exactly one lead (the supportive organisation); the database enforces "at most". */
@Index('consortium_one_lead', ['consortiumId'], { unique: true, where: `role = 'LEAD'` })
export class ConsortiumMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  consortiumId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => ConsortiumEntity, (consortium) => consortium.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Relation<ConsortiumEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'enum', enum: MemberRole, enumName: 'member_role' })
  role: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;
}
