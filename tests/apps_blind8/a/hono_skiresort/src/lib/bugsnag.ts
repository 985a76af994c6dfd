import Bugsnag from '@bugsnag/js';
import { config } from '../config';

Bugsnag.start({
  apiKey: config.bugsnagKey,
  releaseStage: config.stage,
  enabledReleaseStages: ['prod', 'staging'],
  redactedKeys: ['password', 'authorization'],
});

export default Bugsnag;
