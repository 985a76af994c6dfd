module.exports = {
  namespace: 'fletchline',
  nodeID: process.env.NODE_ID || undefined,
  logger: { type: 'Console', options: { level: 'info', formatter: 'short', objectPrinter: null } },
  transporter: process.env.TRANSPORTER || 'NATS',
  requestTimeout: 10 * 1000,
  retryPolicy: { enabled: true, retries: 2 },
  metrics: { enabled: false },
};
