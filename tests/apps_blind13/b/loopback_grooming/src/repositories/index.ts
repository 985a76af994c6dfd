import {Getter, inject} from '@loopback/core';
import {DefaultCrudRepository, HasManyRepositoryFactory, repository} from '@loopback/repository';
import {PgDataSource} from '../datasources/pg.datasource';
import {Appointment, CardOnFile, Owner, Pet} from '../models';

export class PetRepository extends DefaultCrudRepository<Pet, typeof Pet.prototype.id> {
  constructor(@inject('datasources.pg') ds: PgDataSource) {
    super(Pet, ds);
  }
}

export class OwnerRepository extends DefaultCrudRepository<Owner, typeof Owner.prototype.id> {
  public readonly pets: HasManyRepositoryFactory<Pet, typeof Owner.prototype.id>;

  constructor(
    @inject('datasources.pg') ds: PgDataSource,
    @repository.getter('PetRepository') petRepoGetter: Getter<PetRepository>,
  ) {
    super(Owner, ds);
    this.pets = this.createHasManyRepositoryFactoryFor('pets', petRepoGetter);
  }
}

export class AppointmentRepository extends DefaultCrudRepository<Appointment, typeof Appointment.prototype.id> {
  constructor(@inject('datasources.pg') ds: PgDataSource) {
    super(Appointment, ds);
  }
}

export class CardOnFileRepository extends DefaultCrudRepository<CardOnFile, typeof CardOnFile.prototype.id> {
  constructor(@inject('datasources.pg') ds: PgDataSource) {
    super(CardOnFile, ds);
  }
}
