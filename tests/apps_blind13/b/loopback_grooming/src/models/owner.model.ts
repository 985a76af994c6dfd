import {Entity, hasMany, model, property} from '@loopback/repository';
import {Pet} from './pet.model';

@model({settings: {postgresql: {table: 'owners'}}})
export class Owner extends Entity {
  @property({type: 'number', id: true, generated: true})
  id?: number;

  @property({type: 'string', required: true})
  fullName: string;

  @property({type: 'string', required: true, index: {unique: true}})
  email: string;

  @property({type: 'string'})
  mobile?: string;

  @property({type: 'string'})
  street?: string;

  @property({type: 'string'})
  postcode?: string;

  @property({type: 'string'})
  gateCode?: string;

  @hasMany(() => Pet)
  pets: Pet[];

  constructor(data?: Partial<Owner>) {
    super(data);
  }
}
