import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SystemInfo', { description: 'What the portal shows about this installation, before and after sign-in' })
export class SystemInfoType {
  @Field({ description: 'The demo accounts (sharing one password) exist: the portal marks every page as demo data' })
  demo: boolean;

  @Field(() => String, { nullable: true, description: 'Version of this Shuraka installation' })
  version: string | null;
}
