export * from './appointment.model';
export * from './card-on-file.model';
export * from './owner.model';
export * from './pet.model';
