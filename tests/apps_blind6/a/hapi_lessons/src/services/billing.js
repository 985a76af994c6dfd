'use strict';

const https = require('https');
const axios = require('axios');
const config = require('../config');
const logger = require('../logger');
const PaymentProfile = require('../models/paymentProfile');

const gatewayClient = axios.create({
  baseURL: config.gateway.url,
  headers: { 'X-Api-Key': config.gateway.key },
  httpsAgent: new https.Agent({ rejectUnauthorized: false })
});

class BillingService {
  async saveCard(studentId, card) {
    const { data } = await gatewayClient.post('/payment-methods', {
      number: card.cardNo,
      cvc: card.cvc2,
      expiry: card.expiry
    });
    logger.info({ studentId, paymentMethodId: data.id, brand: data.brand }, 'payment method created');

    const profile = new PaymentProfile({
      student: studentId,
      cardNo: card.cardNo,
      cvc2: card.cvc2,
      expiry: card.expiry,
      brand: data.brand,
      funding: data.funding,
      lastFour: card.cardNo.slice(-4),
      paymentMethodId: data.id
    });
    await profile.save();
    return profile;
  }

  async chargeLesson(profile, lesson, amountCents) {
    try {
      const { data } = await gatewayClient.post('/charges', {
        paymentMethod: profile.paymentMethodId,
        amount: amountCents,
        description: `Lesson ${lesson.invoiceNumber}`
      });
      logger.info({ lessonId: String(lesson._id), chargeId: data.id, amountCents }, 'lesson charged');
      return data;
    } catch (err) {
      logger.error({ err, profile }, 'charge failed');
      throw err;
    }
  }
}

module.exports = new BillingService();
