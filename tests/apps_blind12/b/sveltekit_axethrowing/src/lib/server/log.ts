import { Logger } from 'tslog';

export const log = new Logger({
  name: 'splitwood',
  type: 'json',
  minLevel: 2,
  maskValuesOfKeys: ['password', 'authorization', 'cardNumber', 'cvc', 'pan']
});

export const plainLog = new Logger({ name: 'splitwood-plain', type: 'json', minLevel: 2, maskValuesOfKeys: [] });

export function requestLogger(requestId: string, throwerEmail?: string) {
  return log.getSubLogger({ name: 'req', prefix: [requestId, throwerEmail ?? 'anon'] });
}
