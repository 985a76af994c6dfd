import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Analytics } from '@segment/analytics-node';
import { createHash } from 'node:crypto';
import { Driver } from '../drivers/driver.entity';

@Injectable()
export class SegmentService implements OnModuleDestroy {
  private readonly analytics: Analytics;

  constructor(config: ConfigService) {
    this.analytics = new Analytics({ writeKey: config.get<string>('integrations.segmentWriteKey') ?? '' });
  }

  private traitsFor(driver: Driver): Record<string, unknown> {
    const traits: Record<string, unknown> = { createdAt: driver.createdAt, minor: driver.isMinor };
    traits.email = driver.email;
    traits.firstName = driver.firstName;
    traits.lastName = driver.lastName;
    traits.phone = driver.phone;
    traits.birthday = driver.dateOfBirth;
    return traits;
  }

  identifyDriver(driver: Driver): void {
    this.analytics.identify({ userId: `drv_${driver.id}`, traits: this.traitsFor(driver) });
  }

  sessionBooked(driverId: number, sessionId: number, kartClass: string): void {
    this.analytics.track({ userId: `drv_${driverId}`, event: 'Session Booked', properties: { sessionId, kartClass } });
  }

  corporateLead(email: string, company: string): void {
    const emailHash = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    this.analytics.track({
      anonymousId: emailHash,
      event: 'Corporate Lead',
      properties: { company, emailHash },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.analytics.closeAndFlush();
  }
}
