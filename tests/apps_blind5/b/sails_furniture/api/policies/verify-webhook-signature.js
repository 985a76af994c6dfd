const crypto = require('crypto');

module.exports = async function (req, res, proceed) {
  const signature = req.get('X-Paygate-Signature') || '';
  const expected = crypto
    .createHmac('sha256', process.env.PAYGATE_WEBHOOK_SECRET || '')
    .update(JSON.stringify(req.body))
    .digest('hex');
  if (signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    sails.log.warn('webhook signature mismatch', { ip: req.ip, eventId: req.body && req.body.id });
    return res.forbidden();
  }
  return proceed();
};
