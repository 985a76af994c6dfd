import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Request } from 'express';
import { Observable, tap } from 'rxjs';

const SENSITIVE_KEYS = new Set(['email', 'receiptEmail', 'phone', 'fullName', 'deliveryAddress', 'ccNum', 'cvc2', 'nameOnCard']);

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SENSITIVE_KEYS.has(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

@Injectable()
export class RedactingLoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const started = Date.now();
    const requestId = req.headers['x-request-id'] ?? '-';
    return next.handle().pipe(
      tap({
        next: () =>
          this.logger.log(`${req.method} ${req.originalUrl} ${Date.now() - started}ms rid=${requestId}`),
        error: (err: Error) =>
          this.logger.warn(
            `${req.method} ${req.originalUrl} failed: ${err.message} body=${JSON.stringify(redact(req.body))}`,
          ),
      }),
    );
  }
}
