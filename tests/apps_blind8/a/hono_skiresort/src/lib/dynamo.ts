import * as dynamoose from 'dynamoose';
import { config } from '../config';

/**
 * Wires dynamoose to DynamoDB. Locally we point at dynamodb-local (docker compose),
 * in Lambda the default credential chain and region are used.
 */
export function initDynamo() {
  if (process.env.DYNAMO_ENDPOINT) {
    dynamoose.aws.ddb.local(process.env.DYNAMO_ENDPOINT);
    return;
  }
  const ddb = new dynamoose.aws.ddb.DynamoDB({
    region: config.region,
    maxAttempts: 3,
  });
  dynamoose.aws.ddb.set(ddb);
}
