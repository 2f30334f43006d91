import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/roles.decorator';
import { SystemInfoType } from './system-info.type';
import { SystemService } from './system.service';

@Resolver()
export class SystemResolver {
  constructor(private readonly system: SystemService) {}

  @Query(() => SystemInfoType, { description: 'About this installation (public: the sign-in page shows the demo banner too)' })
  @Public()
  systemInfo(): Promise<SystemInfoType> {
    return this.system.info();
  }
}
