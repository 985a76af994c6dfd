import { manifestClient, weatherBoardClient } from '../http/clients.js';
import { logger } from '../logger.js';
import type { JumperDoc } from '../models/Jumper.js';

export async function addToLoad(jumper: JumperDoc, loadNumber: number) {
  const slot = {
    load: loadNumber,
    name: jumper.fullName,
    weightKg: jumper.weightKg,
    dob: jumper.dateOfBirth,
    emergencyPhone: jumper.emergencyContact?.phone,
  };
  await manifestClient.post('/loads/slots', slot);
  logger.info({ load: loadNumber, jumperId: jumper._id }, 'added to load');
}

export async function showOnBoard(loadNumber: number, firstNames: string[]) {
  await weatherBoardClient.post('/board', { load: loadNumber, names: firstNames });
}
