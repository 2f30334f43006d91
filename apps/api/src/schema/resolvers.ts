import { MODULE_METADATA } from '@nestjs/common/constants';
import { FEATURE_MODULES } from '../app.module';

type Class = new (...args: never[]) => unknown;

/** Every GraphQL resolver class of the feature modules (read from their @Module metadata). */
export function allResolvers(): Class[] {
  return FEATURE_MODULES.flatMap((module) => (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) ?? []) as unknown[]).filter(
    (provider): provider is Class => typeof provider === 'function' && Reflect.hasMetadata('graphql:resolver_type', provider),
  );
}
