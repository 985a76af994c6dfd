import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { firstValueFrom } from 'rxjs';
import { CardDto } from '../bookings/dto/create-booking.dto';

export interface Authorisation {
  id: string;
  status: 'authorised' | 'declined';
}

@Injectable()
export class GatewayClient {
  constructor(
    private readonly http: HttpService,
    @InjectPinoLogger(GatewayClient.name) private readonly logger: PinoLogger,
  ) {}

  async authorise(card: CardDto, amountPence: number, reference: string): Promise<Authorisation> {
    const [month, year] = card.expiry.split('/');
    const body = {
      amount: amountPence,
      currency: 'GBP',
      reference,
      capture: false,
      source: { number: card.number, cvc: card.cvc, expMonth: month, expYear: `20${year}`, name: card.holder },
    };
    this.logger.trace({ body }, 'gridpay authorise');
    const res = await firstValueFrom(this.http.post<Authorisation>('/authorisations', body));
    this.logger.info({ authId: res.data.id, status: res.data.status, reference }, 'gridpay authorised');
    return res.data;
  }
}
