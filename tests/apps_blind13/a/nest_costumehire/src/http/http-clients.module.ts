import { HttpModule, HttpService } from '@nestjs/axios';
import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import axios, { AxiosInstance } from 'axios';
import * as https from 'node:https';

export const BACKSTAGE_HTTP = 'BACKSTAGE_HTTP';
export const FITTING_HTTP = 'FITTING_HTTP';
export const MOENGAGE_HTTP = 'MOENGAGE_HTTP';
export const BLOOMREACH_HTTP = 'BLOOMREACH_HTTP';

@Global()
@Module({
  imports: [
    HttpModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        baseURL: config.get<string>('gateway.baseUrl'),
        timeout: 15000,
        headers: { Authorization: `Bearer ${config.get<string>('gateway.apiKey')}` },
        httpsAgent: new https.Agent({ rejectUnauthorized: config.get<boolean>('gateway.rejectUnauthorized') }),
      }),
    }),
  ],
  providers: [
    {
      provide: BACKSTAGE_HTTP,
      inject: [ConfigService],
      useFactory: (config: ConfigService): AxiosInstance =>
        axios.create({ baseURL: config.get<string>('backstage.baseUrl'), timeout: 8000 }),
    },
    {
      provide: FITTING_HTTP,
      inject: [ConfigService],
      useFactory: (config: ConfigService): AxiosInstance =>
        axios.create({
          baseURL: config.get<string>('measurements.baseUrl'),
          httpsAgent: new https.Agent({ rejectUnauthorized: config.get<boolean>('measurements.rejectUnauthorized') }),
        }),
    },
    {
      provide: MOENGAGE_HTTP,
      inject: [ConfigService],
      useFactory: (config: ConfigService): AxiosInstance =>
        axios.create({
          baseURL: `https://api-${config.get<string>('moengage.dc')}.moengage.com/v1`,
          auth: { username: config.get<string>('moengage.appId')!, password: config.get<string>('moengage.apiKey')! },
          headers: { 'MOE-APPKEY': config.get<string>('moengage.appId') },
        }),
    },
    {
      provide: BLOOMREACH_HTTP,
      inject: [ConfigService],
      useFactory: (config: ConfigService): AxiosInstance =>
        axios.create({
          baseURL: `https://api.exponea.com/track/v2/projects/${config.get<string>('bloomreach.projectToken')}`,
          headers: { Authorization: `Basic ${config.get<string>('bloomreach.apiKey')}` },
        }),
    },
  ],
  exports: [HttpModule, BACKSTAGE_HTTP, FITTING_HTTP, MOENGAGE_HTTP, BLOOMREACH_HTTP],
})
export class HttpClientsModule {}

export type { HttpService };
