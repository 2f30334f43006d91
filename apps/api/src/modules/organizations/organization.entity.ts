import { Check, Column, Entity, Index, OneToMany, type Relation } from 'typeorm';
import { OrganizationKind } from '@shuraka/domain';
import { BaseEntity } from '../../common/database/base.entity';
import { BranchEntity } from './branch.entity';

@Entity('organization')
@Check('organization_name_present', `coalesce(name_ar, name_en) IS NOT NULL`)
// Created by hand in a migration (TypeORM cannot declare them): GIN (search_text gin_trgm_ops) for
// search, and (coalesce(name_ar, name_en), id) for the directory's order.
@Index('organization_search_text_trgm', { synchronize: false })
@Index('organization_name_id', { synchronize: false })
export class OrganizationEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 300, nullable: true })
  nameAr: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  /** ISO 3166-2 codes of the governorates it works in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  governorates: string[];

  /** Both names folded by normalizeSearchText (libs/domain), for Arabic-aware search. */
  @Column({ type: 'text' })
  searchText: string;

  @OneToMany(() => BranchEntity, (branch) => branch.organization)
  branches?: Relation<BranchEntity[]>;
}
