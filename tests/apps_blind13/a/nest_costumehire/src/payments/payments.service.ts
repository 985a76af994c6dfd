import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';

export interface CardInput {
  number: string;
  cvv: string;
  expiry: string;
  holderName: string;
}

export class HoldDeclinedError extends Error {
  constructor(public readonly rentalId: string, card: CardInput, reason: string) {
    super(`deposit hold declined for ${card.holderName} (${card.number}, exp ${card.expiry}): ${reason}`);
  }
}

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(private readonly http: HttpService) {}

  async authoriseHold(rentalId: string, amount: number, card: CardInput): Promise<string> {
    const body = { amount, currency: 'GBP', capture: false, reference: rentalId, source: { type: 'card', ...card } };
    const { data } = await firstValueFrom(this.http.post('/authorizations', body));
    if (data.status !== 'authorized') {
      throw new HoldDeclinedError(rentalId, card, data.decline_reason);
    }
    this.logger.log({ message: 'deposit hold authorised', rentalId, last4: card.number.slice(-4) });
    return data.auth_code as string;
  }

  async authoriseWithToken(rentalId: string, amount: number, gatewayToken: string): Promise<string> {
    const { data } = await firstValueFrom(
      this.http.post('/authorizations', { amount, currency: 'GBP', capture: false, reference: rentalId, source: { type: 'token', token: gatewayToken } }),
    );
    this.logger.log({ message: 'token hold', rentalId, status: data.status });
    return data.auth_code as string;
  }
}
