import { NestFactory } from '@nestjs/core';
import { Logger, ValidationPipe } from '@nestjs/common';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { RedactingLoggingInterceptor } from './common/interceptors/redacting-logging.interceptor';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.use(helmet());
  app.enableShutdownHooks();
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalInterceptors(new RedactingLoggingInterceptor());
  app.setGlobalPrefix('api', { exclude: ['health'] });
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  Logger.log(`Crumb & Co API listening on :${port} (env=${process.env.NODE_ENV ?? 'development'})`, 'Bootstrap');
}

void bootstrap();
