'use strict';

const crypto = require('crypto');
const Analytics = require('analytics-node');
const axios = require('axios');
const config = require('../config');
const logger = require('../logger');

const segment = new Analytics(config.segmentWriteKey);

const sha256 = (value) => crypto.createHash('sha256').update(value.trim().toLowerCase()).digest('hex');

exports.identifyStudent = (student) => {
  segment.identify({
    userId: String(student._id),
    traits: {
      email: student.email,
      firstName: student.firstName,
      lastName: student.lastName,
      phone: student.phone
    }
  });
};

exports.lessonBooked = (student, lesson) => {
  segment.track({
    userId: String(student._id),
    event: 'Lesson Booked',
    properties: { instrument: student.instrument, minutes: lesson.minutes, lessonId: String(lesson._id) }
  });
};

exports.newsletterOptIn = (student) => {
  segment.track({
    anonymousId: sha256(student.email),
    event: 'Newsletter Opt In',
    properties: { template: config.mail.templates.welcome }
  });
};

exports.syncIntercom = async (student) => {
  try {
    await axios.post('https://api.intercom.io/contacts', {
      role: 'user',
      external_id: String(student._id),
      email: student.email,
      name: `${student.firstName} ${student.lastName}`
    }, { headers: { Authorization: `Bearer ${config.intercomToken}` } });
  } catch (err) {
    logger.warn({ studentId: String(student._id), status: err.response && err.response.status },
      'intercom sync failed');
  }
};
