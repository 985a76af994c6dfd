import { Inject, Injectable, LoggerService } from '@nestjs/common';
import { WINSTON_MODULE_NEST_PROVIDER } from 'nest-winston';

@Injectable()
export class AuditService {
  constructor(@Inject(WINSTON_MODULE_NEST_PROVIDER) private readonly logger: LoggerService) {}

  record(action: string, actorId: string, details: Record<string, unknown> = {}) {
    this.logger.log({ message: `audit ${action}`, actorId, ...details }, 'Audit');
  }

  recordIds(action: string, ids: Record<string, string | number>) {
    this.logger.log({ message: `audit ${action}`, ...ids }, 'Audit');
  }
}
