import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, In } from 'typeorm';
import { DEMO_USERS } from '../../database/demo/demo-data';
import { UserEntity } from '../users/user.entity';

@Injectable()
export class SystemService {
  private readonly version = readVersion();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Demo is what the database holds (the demo accounts), not how the build or the process was started. */
  async info(): Promise<{ demo: boolean; version: string | null }> {
    const demo = await this.dataSource.getRepository(UserEntity).existsBy({ email: In(DEMO_USERS.map((user) => user.email)) });
    return { demo, version: this.version };
  }
}

/** The version in package.json of the working directory (the repository root, or /app in the image). */
function readVersion(): string | null {
  try {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { name?: string; version?: string };
    return manifest.name === 'shuraka' ? (manifest.version ?? null) : null;
  } catch {
    return null;
  }
}
