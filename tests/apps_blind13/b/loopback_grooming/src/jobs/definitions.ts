import {Job} from 'agenda';
import {GroomingApplication} from '../application';
import {CardCaptureRequest} from '../models';
import {CardOnFileRepository, OwnerRepository, PetRepository} from '../repositories';
import {ClipperpayService} from '../services/clipperpay.service';
import {CloseCrmService} from '../services/close-crm.service';
import {ingestRequest, ingestTiming} from '../services/axiom.service';
import {syncVaccinationCheck} from '../services/kennelnet.service';
import {moduleLog} from '../logging/logger';
import {agenda} from './agenda';

const log = moduleLog('jobs');

export async function defineJobs(app: GroomingApplication): Promise<void> {
  const owners = await app.getRepository(OwnerRepository);
  const pets = await app.getRepository(PetRepository);
  const cards = await app.getRepository(CardOnFileRepository);
  const close = await app.get<CloseCrmService>('services.CloseCrmService');
  const clipper = await app.get<ClipperpayService>('services.ClipperpayService');

  agenda.define('close-sync', async (job: Job<{ownerId: number}>) => {
    const owner = await owners.findById(job.attrs.data.ownerId);
    const leadId = await close.upsertLead(owner, await owners.pets(owner.id).find());
    log.info({ownerId: owner.id, leadId}, 'close sync done');
  });

  agenda.define('vaccination-check', async (job: Job<{ownerId: number; petId: number}>) => {
    const owner = await owners.findById(job.attrs.data.ownerId);
    const pet = await pets.findById(job.attrs.data.petId);
    const ok = await syncVaccinationCheck(owner, pet);
    if (!ok) {
      log.warn({petId: pet.id}, 'vaccinations not up to date');
    }
  });

  agenda.define('retry-card-capture', async (job: Job<{capture: CardCaptureRequest}>) => {
    const started = Date.now();
    const tok = await clipper.tokenise(job.attrs.data.capture);
    await cards.create({ownerId: job.attrs.data.capture.ownerId, clipperToken: tok.token, last4: tok.last4,
      brand: tok.brand});
    await ingestTiming('job:retry-card-capture', Date.now() - started);
  });

  agenda.on('fail', (err: Error, job: Job) => {
    log.error({job: job.attrs.name, data: job.attrs.data, error: err.message}, 'agenda job failed');
    void ingestRequest('JOB', job.attrs.name, 500, job.attrs.data);
  });

  agenda.on('success', (job: Job) => {
    log.debug({job: job.attrs.name, id: String(job.attrs._id)}, 'agenda job succeeded');
  });

  await agenda.start();
  await agenda.every('1 day', 'close-sync-nightly');
}
