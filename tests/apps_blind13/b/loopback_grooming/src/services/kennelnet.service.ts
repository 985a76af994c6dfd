import {Owner, Pet} from '../models';
import {moduleLog} from '../logging/logger';
import {kennelnetAgent, postJson, urls} from './http-clients';

const log = moduleLog('kennelnet');

export async function syncVaccinationCheck(owner: Owner, pet: Pet): Promise<boolean> {
  const res = await postJson(kennelnetAgent, `${urls.kennelnet}/vaccination-checks`, {
    microchip: pet.microchip,
    petName: pet.name,
    ownerName: owner.fullName,
    ownerPostcode: owner.postcode,
    ownerPhone: owner.mobile,
  });
  log.info({petId: pet.id, status: res.status}, 'kennelnet vaccination check');
  return res.json.upToDate === true;
}

export async function notifyOwnerChange(pet: Pet, newOwner: Owner): Promise<void> {
  await postJson(kennelnetAgent, `${urls.kennelnet}/pets/${pet.microchip}/keeper`, {
    keeperName: newOwner.fullName,
    keeperEmail: newOwner.email,
    keeperStreet: newOwner.street,
  });
}

export async function reportVanPosition(vanId: string, lat: number, lng: number): Promise<void> {
  await postJson(kennelnetAgent, `${urls.vanTelemetry}/positions`, {vanId, lat, lng});
}
