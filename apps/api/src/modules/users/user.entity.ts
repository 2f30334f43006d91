import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Role } from '@shuraka/domain';
import { BaseEntity } from '../../common/database/base.entity';
import { OrganizationEntity } from '../organizations/organization.entity';

@Entity('app_user')
export class UserEntity extends BaseEntity {
  /** Stored lower-cased; unique. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 300 })
  displayName: string;

  /** argon2id hash. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity> | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Raised by logout and deactivation; tokens carry the version they were issued under. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;
}
