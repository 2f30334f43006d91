import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/database/base.entity';
import { OrganizationEntity } from './organization.entity';

@Entity('organization_branch')
@Index(['organizationId', 'position'], { unique: true })
export class BranchEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, (organization) => organization.branches, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  /** Order in which the partner listed its branches. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameAr: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 10 })
  governorate: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  district: string | null;
}
