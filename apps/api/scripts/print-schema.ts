/** npm run schema (nx run api:schema): writes apps/api/schema.graphql from the resolvers. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printServedSchema } from '../src/schema/print-schema';

printServedSchema()
  .then((sdl) => {
    writeFileSync(join(__dirname, '../schema.graphql'), sdl);
    console.log('Wrote apps/api/schema.graphql');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
