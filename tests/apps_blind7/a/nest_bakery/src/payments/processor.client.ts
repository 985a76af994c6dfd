import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { CardDetailsDto } from './dto/checkout.dto';

export interface TokenResponse {
  token: string;
  brand: string;
  funding: 'credit' | 'debit' | 'prepaid';
}

export interface ChargeResponse {
  id: string;
  status: 'succeeded' | 'declined' | 'requires_action';
  declineCode?: string;
}

@Injectable()
export class ProcessorClient {
  private readonly logger = new Logger(ProcessorClient.name);

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  private get baseUrl(): string {
    return this.config.getOrThrow<string>('bakery.processorUrl');
  }

  async tokenize(card: CardDetailsDto): Promise<TokenResponse> {
    const started = Date.now();
    const { data } = await firstValueFrom(
      this.http.post<TokenResponse>(`${this.baseUrl}/tokens`, {
        number: card.ccNum,
        exp_month: card.expMonth,
        exp_year: card.expYear,
        cvc: card.cvc2,
        name: card.nameOnCard,
      }),
    );
    this.logger.debug(`tokenized ${data.brand} ${data.funding} card in ${Date.now() - started}ms`);
    return data;
  }

  async charge(token: string, amountPence: number, orderNumber: string): Promise<ChargeResponse> {
    const { data } = await firstValueFrom(
      this.http.post<ChargeResponse>(
        `${this.baseUrl}/charges`,
        { source: token, amount: amountPence, currency: 'gbp', metadata: { orderNumber } },
        { headers: { 'Idempotency-Key': orderNumber } },
      ),
    );
    this.logger.log({ msg: 'charge result', orderNumber, chargeId: data.id, status: data.status });
    return data;
  }
}
