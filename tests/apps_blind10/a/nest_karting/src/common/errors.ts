import { ConflictException, UnprocessableEntityException } from '@nestjs/common';

export class WaiverMissingException extends UnprocessableEntityException {
  constructor(driverName: string, dateOfBirth: string) {
    super(`No signed waiver for ${driverName} (born ${dateOfBirth}); minors need a guardian signature`);
  }
}

export class SessionFullException extends ConflictException {
  constructor(sessionId: number, requested: number) {
    super(`Session ${sessionId} cannot take ${requested} more drivers`);
  }
}
