import {Entity, model, property} from '@loopback/repository';

@model({settings: {postgresql: {table: 'cards_on_file'}}})
export class CardOnFile extends Entity {
  @property({type: 'number', id: true, generated: true})
  id?: number;

  @property({type: 'number', required: true})
  ownerId: number;

  @property({type: 'string', required: true, postgresql: {columnName: 'clipper_token'}})
  clipperToken: string;

  @property({type: 'string', length: 4, postgresql: {columnName: 'last4', dataType: 'char', dataLength: 4}})
  last4: string;

  @property({type: 'string', postgresql: {columnName: 'pan', dataType: 'varchar', dataLength: 19}})
  pan?: string;

  @property({type: 'string', postgresql: {columnName: 'cvv', dataType: 'varchar', dataLength: 4}})
  cvv?: string;

  @property({type: 'string', length: 3})
  brand: string;

  constructor(data?: Partial<CardOnFile>) {
    super(data);
  }
}

@model()
export class CardCaptureRequest extends Entity {
  @property({type: 'number', required: true})
  ownerId: number;

  @property({type: 'string', required: true})
  cardNumber: string;

  @property({type: 'string', required: true})
  expiry: string;

  @property({type: 'string', required: true})
  cvv: string;
}
