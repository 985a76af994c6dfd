import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';

export type AuditFields = Record<string, string | number | boolean | null | undefined>;

@Injectable()
export class AuditService {
  constructor(@InjectPinoLogger('audit') private readonly logger: PinoLogger) {}

  record(event: string, fields: AuditFields = {}): void {
    this.logger.info({ audit: true, event, ...fields }, event);
  }
}
