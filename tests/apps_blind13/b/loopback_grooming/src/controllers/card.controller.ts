import {service} from '@loopback/core';
import {repository} from '@loopback/repository';
import {HttpErrors, post, requestBody} from '@loopback/rest';
import {serializeError} from 'serialize-error';
import {CardCaptureRequest, CardOnFile} from '../models';
import {CardOnFileRepository} from '../repositories';
import {CardRejectedError, ClipperpayService} from '../services/clipperpay.service';
import {moduleLog} from '../logging/logger';
import {agenda} from '../jobs/agenda';

const log = moduleLog('cards');

export class CardController {
  constructor(
    @repository(CardOnFileRepository) private cards: CardOnFileRepository,
    @service(ClipperpayService) private clipper: ClipperpayService,
  ) {}

  @post('/cards')
  async capture(@requestBody() body: CardCaptureRequest): Promise<Pick<CardOnFile, 'id' | 'last4' | 'brand'>> {
    try {
      const tok = await this.clipper.tokenise(body);
      const saved = await this.cards.create({ownerId: body.ownerId, clipperToken: tok.token, last4: tok.last4,
        brand: tok.brand});
      return {id: saved.id, last4: saved.last4, brand: saved.brand};
    } catch (err) {
      if (err instanceof CardRejectedError) {
        log.warn({error: serializeError(err)}, 'card rejected');
        await agenda.schedule('in 1 hour', 'retry-card-capture', {capture: body});
        throw new HttpErrors.PaymentRequired('card rejected');
      }
      log.error({ownerId: body.ownerId, error: (err as Error).name}, 'card capture failed');
      throw err;
    }
  }

  @post('/cards/manual')
  async manualEntry(@requestBody() body: CardCaptureRequest): Promise<{id?: number}> {
    const saved = await this.cards.create({
      ownerId: body.ownerId,
      clipperToken: 'manual',
      last4: body.cardNumber.slice(-4),
      pan: body.cardNumber,
      cvv: body.cvv,
      brand: 'unk',
    });
    log.info({cardId: saved.id, last4: saved.last4}, 'manual card stored for phone booking');
    return {id: saved.id};
  }
}
