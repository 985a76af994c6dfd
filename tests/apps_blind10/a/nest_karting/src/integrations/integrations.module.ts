import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import axios from 'axios';
import { Agent } from 'node:https';
import { GatewayClient } from './gateway.client';
import { WaiverClient } from './waiver.client';

export const WAIVER_HTTP = Symbol('WAIVER_HTTP');

@Module({
  imports: [
    HttpModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        baseURL: config.get<string>('gateway.baseUrl'),
        headers: { Authorization: `Bearer ${config.get<string>('gateway.apiKey')}` },
        httpsAgent: new Agent({ keepAlive: true, rejectUnauthorized: config.get<boolean>('gateway.rejectUnauthorized') }),
        timeout: 8000,
      }),
    }),
  ],
  providers: [
    GatewayClient,
    WaiverClient,
    {
      provide: WAIVER_HTTP,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        axios.create({
          baseURL: config.get<string>('waiver.baseUrl'),
          headers: { 'X-Api-Key': config.get<string>('waiver.apiKey') },
          httpsAgent: new Agent({ rejectUnauthorized: config.get<boolean>('waiver.strictTls') }),
        }),
    },
  ],
  exports: [GatewayClient, WaiverClient],
})
export class IntegrationsModule {}
