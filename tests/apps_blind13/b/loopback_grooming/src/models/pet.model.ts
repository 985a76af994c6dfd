import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Owner} from './owner.model';

@model({settings: {postgresql: {table: 'pets'}}})
export class Pet extends Entity {
  @property({type: 'number', id: true, generated: true})
  id?: number;

  @property({type: 'string', required: true})
  name: string;

  @property({type: 'string'})
  breed?: string;

  @property({type: 'string', length: 15})
  microchip?: string;

  @property({type: 'string'})
  temperamentNotes?: string;

  @belongsTo(() => Owner)
  ownerId: number;

  constructor(data?: Partial<Pet>) {
    super(data);
  }
}
