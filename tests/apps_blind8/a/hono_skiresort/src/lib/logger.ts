import { Logger } from '@aws-lambda-powertools/logger';
import { config } from '../config';

export const logger = new Logger({
  serviceName: 'alpenglow-passes',
  logLevel: config.stage === 'prod' ? 'INFO' : 'DEBUG',
  persistentLogAttributes: { stage: config.stage },
});

export const maskPan = (pan: string): string => pan.replace(/\d(?=\d{4})/g, '*');
