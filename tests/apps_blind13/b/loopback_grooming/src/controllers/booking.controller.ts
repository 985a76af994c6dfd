import {inject, service} from '@loopback/core';
import {repository} from '@loopback/repository';
import {HttpErrors, post, param, get, requestBody, Request, RestBindings} from '@loopback/rest';
import {Appointment, Owner} from '../models';
import {AppointmentRepository, OwnerRepository, PetRepository} from '../repositories';
import {CloseCrmService} from '../services/close-crm.service';
import {JuneService} from '../services/june.service';
import {moduleLog, withRequestContext, withIdContext} from '../logging/logger';
import {agenda} from '../jobs/agenda';

const log = moduleLog('booking');

export class BookingController {
  constructor(
    @repository(OwnerRepository) private owners: OwnerRepository,
    @repository(PetRepository) private pets: PetRepository,
    @repository(AppointmentRepository) private appointments: AppointmentRepository,
    @service(CloseCrmService) private close: CloseCrmService,
    @service(JuneService) private june: JuneService,
    @inject(RestBindings.Http.REQUEST) private req: Request,
  ) {}

  @post('/owners')
  async registerOwner(@requestBody() body: Omit<Owner, 'id'>): Promise<Owner> {
    const requestId = String(this.req.headers['x-request-id'] ?? Date.now());
    return withRequestContext({requestId, ownerEmail: body.email}, async () => {
      log.info({body}, 'owner registration');
      const owner = await this.owners.create(body);
      log.info({ownerId: owner.id}, 'owner created');
      await this.june.identify(owner);
      return owner;
    });
  }

  @post('/appointments')
  async book(@requestBody() body: Omit<Appointment, 'id'>): Promise<Appointment> {
    const requestId = String(this.req.headers['x-request-id'] ?? Date.now());
    return withIdContext({requestId, vanId: body.vanId}, async () => {
      const owner = await this.owners.findById(body.ownerId);
      const clash = await this.appointments.findOne({where: {vanId: body.vanId, slotStart: body.slotStart}});
      if (clash) {
        throw new HttpErrors.Conflict(`slot taken, cannot book ${owner.fullName} at ${owner.street}`);
      }
      const appt = await this.appointments.create(body);
      log.info({appointmentId: appt.id, ownerId: owner.id, vanId: appt.vanId}, 'appointment booked');
      await this.june.trackBooking(owner.id!, appt.vanId, appt.pricePence);
      const pets = await this.owners.pets(owner.id).find();
      await agenda.now('close-sync', {ownerId: owner.id});
      await agenda.schedule('in 20 minutes', 'vaccination-check', {ownerId: owner.id, petId: appt.petId});
      log.debug('booking for %s (%s) pets=%d', owner.fullName, owner.mobile, pets.length);
      return appt;
    });
  }

  @get('/owners/search')
  async search(@param.query.string('email') email: string): Promise<Owner | null> {
    const owner = await this.owners.findOne({where: {email}});
    if (!owner) {
      log.warn({email}, 'owner search miss');
    }
    return owner;
  }
}
