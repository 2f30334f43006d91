import { Injectable, PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError } from '../errors/app-error';

/** Refuses an `ID` argument that is not a UUID before it reaches the database. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw AppError.field(metadata.data ?? 'id', 'must be an id (UUID) given out by this API', 'isUUID');
    }
    return value;
  }
}
