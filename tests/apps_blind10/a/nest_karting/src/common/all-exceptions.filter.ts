import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import * as Sentry from '@sentry/nestjs';
import { Request, Response } from 'express';
import { Logger } from 'nestjs-pino';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const message = exception instanceof Error ? exception.message : String(exception);

    if (status >= 500) {
      Sentry.setContext('request', { method: req.method, url: req.url, body: req.body });
      Sentry.captureException(exception);
      this.logger.error({ path: req.url, err: exception }, 'unhandled error');
    } else {
      this.logger.warn(`${req.method} ${req.url} rejected (${status}): ${message}`);
    }
    res.status(status).json({ statusCode: status, message });
  }
}
