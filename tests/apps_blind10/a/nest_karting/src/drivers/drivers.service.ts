import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Repository } from 'typeorm';
import { SegmentService } from '../analytics/segment.service';
import { AuditService } from '../common/audit.service';
import { WaiverMissingException } from '../common/errors';
import { WaiverClient } from '../integrations/waiver.client';
import { Driver } from './driver.entity';
import { RegisterDriverDto } from './dto/register-driver.dto';

@Injectable()
export class DriversService {
  constructor(
    @InjectRepository(Driver) private readonly drivers: Repository<Driver>,
    @InjectPinoLogger(DriversService.name) private readonly logger: PinoLogger,
    private readonly audit: AuditService,
    private readonly segment: SegmentService,
    private readonly waivers: WaiverClient,
  ) {}

  async register(dto: RegisterDriverDto): Promise<Driver> {
    this.logger.debug({ email: dto.email, phone: dto.phone }, 'registering driver');
    const driver = this.drivers.create({ ...dto, phone: dto.phone ?? null, guardianName: dto.guardianName ?? null });
    await this.drivers.save(driver);
    this.logger.info({ driver }, 'driver registered');
    this.audit.record('driver.registered', { driverId: driver.id, minor: driver.isMinor });
    this.segment.identifyDriver(driver);
    return driver;
  }

  async requireWaiver(driverId: number): Promise<Driver> {
    const driver = await this.drivers.findOneByOrFail({ id: driverId });
    if (!driver.waiverId) {
      const signed = await this.waivers.findSigned(driver);
      if (!signed) {
        throw new WaiverMissingException(`${driver.firstName} ${driver.lastName}`, driver.dateOfBirth);
      }
      driver.waiverId = signed.id;
      await this.drivers.save(driver);
    }
    this.logger.info(`waiver ok for ${driver}`);
    return driver;
  }

  async updateContact(driverId: number, email: string, phone: string | null): Promise<void> {
    const driver = await this.drivers.findOneByOrFail({ id: driverId });
    const previous = driver.email;
    driver.email = email;
    driver.phone = phone;
    await this.drivers.save(driver);
    this.audit.record('driver.contact_changed', { driverId, from: previous, to: email });
  }
}
