import superagent from 'superagent';
import { env } from '$env/dynamic/private';
import { integrations } from './config';

const corvexInsecure = (env.CORVEX_INSECURE_TLS ?? 'false') === 'true';

export const corvex = superagent
  .agent()
  .set('Authorization', `Bearer ${env.CORVEX_API_KEY}`)
  .set('Content-Type', 'application/json')
  .timeout({ response: 8000, deadline: 15000 })
  .retry(2);
if (corvexInsecure) corvex.disableTLSCerts();

export const taproom = superagent.agent().timeout({ response: 5000 });
if (integrations.taproom.rejectUnauthorized === false) taproom.disableTLSCerts();

export const vendors = superagent.agent().timeout({ response: 5000 }).retry(1);

export const lanes = superagent.agent().timeout({ response: 2000 });
