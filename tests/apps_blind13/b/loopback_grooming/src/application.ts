import {BootMixin} from '@loopback/boot';
import {ApplicationConfig} from '@loopback/core';
import {RepositoryMixin} from '@loopback/repository';
import {RestApplication} from '@loopback/rest';
import {ServiceMixin} from '@loopback/service-proxy';
import path from 'path';
import {ClipperpayService} from './services/clipperpay.service';
import {CloseCrmService} from './services/close-crm.service';
import {JuneService} from './services/june.service';
import {ingestRequest, ingestTiming} from './services/axiom.service';

export class GroomingApplication extends BootMixin(ServiceMixin(RepositoryMixin(RestApplication))) {
  constructor(options: ApplicationConfig = {}) {
    super(options);
    this.projectRoot = __dirname;
    this.service(ClipperpayService);
    this.service(CloseCrmService);
    this.service(JuneService);
    this.bootOptions = {
      controllers: {dirs: ['controllers'], extensions: ['.controller.js'], nested: true},
    };
    this.static('/', path.join(__dirname, '../public'));
    this.middleware(async (ctx, next) => {
      const started = Date.now();
      const result = await next();
      const {request, response} = ctx;
      if (response.statusCode >= 400) {
        void ingestRequest(request.method, request.path, response.statusCode, request.body);
      } else {
        void ingestTiming(request.path, Date.now() - started);
      }
      return result;
    });
  }
}
