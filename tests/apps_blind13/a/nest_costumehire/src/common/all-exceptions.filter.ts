import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DuplicateCustomerError } from '../customers/customers.service';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();

    if (exception instanceof DuplicateCustomerError) {
      this.logger.warn(exception.message);
      return res.status(HttpStatus.CONFLICT).json({ error: 'duplicate' });
    }
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) {
      this.logger.error({ message: 'unhandled', path: req.url, err: String(exception), body: req.body });
    } else {
      this.logger.warn({ message: 'client error', path: req.url, status });
    }
    res.status(status).json({ statusCode: status });
  }
}
