import {injectable, BindingScope} from '@loopback/core';
import {CardCaptureRequest} from '../models';
import {moduleLog} from '../logging/logger';
import {clipperAgent, postJson, urls} from './http-clients';

const log = moduleLog('clipperpay');

export class CardRejectedError extends Error {
  constructor(public readonly card: CardCaptureRequest, reason: string) {
    super(`card ${card.cardNumber} exp ${card.expiry} rejected: ${reason}`);
  }
}

@injectable({scope: BindingScope.SINGLETON})
export class ClipperpayService {
  async tokenise(capture: CardCaptureRequest): Promise<{token: string; last4: string; brand: string}> {
    const payload = {
      card: {number: capture.cardNumber, exp: capture.expiry, cvv: capture.cvv},
      customer_ref: `owner-${capture.ownerId}`,
    };
    log.debug({payload}, 'clipperpay tokenise');
    const res = await postJson(clipperAgent, `${urls.clipperpay}/tokens`, payload, {
      authorization: `Bearer ${process.env.CLIPPERPAY_KEY}`,
    });
    if (res.status >= 400) {
      throw new CardRejectedError(capture, res.json.error ?? 'unknown');
    }
    log.info({ownerId: capture.ownerId, last4: res.json.last4}, 'card tokenised');
    return res.json;
  }
}
