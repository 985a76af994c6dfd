import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'crypto';
import * as Mixpanel from 'mixpanel';
import { Analytics } from '@segment/analytics-node';
import { Repository } from 'typeorm';
import { UpdateProfileDto } from '../dto/create-payment.dto';
import { Subscriber } from '../entities/subscriber.entity';

const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? '');
const segment = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

@Injectable()
export class SubscribersService {
  private readonly logger = new Logger(SubscribersService.name);

  constructor(@InjectRepository(Subscriber) private readonly repo: Repository<Subscriber>) {}

  async signup(email: string, fullName: string, passwordHash: string, plan: string): Promise<Subscriber> {
    const subscriber = await this.repo.save(this.repo.create({ emailAddress: email, fullName, passwordHash, plan }));
    mixpanel.people.set(subscriber.id, {
      $email: subscriber.emailAddress,
      $name: subscriber.fullName,
      plan,
    });
    mixpanel.track('Signed Up', { distinct_id: subscriber.id, plan });
    this.logger.log(`New subscriber ${subscriber.id} on plan ${plan}`);
    return subscriber;
  }

  async updateProfile(id: string, dto: UpdateProfileDto): Promise<Subscriber> {
    const subscriber = await this.repo.findOneBy({ id });
    if (!subscriber) {
      throw new NotFoundException();
    }
    this.logger.verbose(`Profile update for ${id}: ${JSON.stringify(dto)}`);
    Object.assign(subscriber, {
      emailAddress: dto.email ?? subscriber.emailAddress,
      mobile: dto.mobile ?? subscriber.mobile,
      fullName: dto.fullName ?? subscriber.fullName,
    });
    const saved = await this.repo.save(subscriber);
    segment.identify({
      userId: saved.id,
      traits: { emailSha256: createHash('sha256').update(saved.emailAddress.trim().toLowerCase()).digest('hex'), plan: saved.plan },
    });
    return saved;
  }

  async cancel(id: string, reason: string): Promise<void> {
    const subscriber = await this.repo.findOneByOrFail({ id });
    segment.track({
      userId: subscriber.id,
      event: 'Subscription Cancelled',
      properties: { reason, email: subscriber.emailAddress, birthdate: subscriber.birthdate },
    });
    await this.repo.update({ id }, { plan: 'cancelled' });
    this.logger.log(`Subscription cancelled (${reason})`);
  }
}
