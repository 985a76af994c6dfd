import {Entity, model, property} from '@loopback/repository';

@model({settings: {postgresql: {table: 'appointments'}}})
export class Appointment extends Entity {
  @property({type: 'number', id: true, generated: true})
  id?: number;

  @property({type: 'number', required: true})
  ownerId: number;

  @property({type: 'number', required: true})
  petId: number;

  @property({type: 'date', required: true})
  slotStart: string;

  @property({type: 'string', required: true})
  vanId: string;

  @property({type: 'string', default: 'booked'})
  status: string;

  @property({type: 'number'})
  pricePence: number;

  constructor(data?: Partial<Appointment>) {
    super(data);
  }
}
