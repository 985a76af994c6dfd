'use strict';

const nodemailer = require('nodemailer');
const config = require('../config');
const logger = require('../logger');
const Lesson = require('../models/lesson');

const transport = nodemailer.createTransport({ host: config.mail.host, port: 587 });

async function sendReminders(now = new Date()) {
  const soon = new Date(now.getTime() + 24 * 3600 * 1000);
  const lessons = await Lesson.find({ startsAt: { $gte: now, $lt: soon }, status: 'booked' })
    .populate('student');
  let sent = 0;
  for (const lesson of lessons) {
    try {
      const info = await transport.sendMail({
        from: config.mail.from,
        to: lesson.student.email,
        subject: 'Lesson tomorrow',
        text: `Room ${lesson.room} at ${lesson.startsAt.toISOString()}`
      });
      logger.info({ lessonId: String(lesson._id), messageId: info.messageId }, 'reminder sent');
      sent += 1;
    } catch (err) {
      logger.error({ lessonId: String(lesson._id), code: err.code, to: lesson.student.email },
        'reminder delivery failed');
    }
  }
  logger.info({ total: lessons.length, sent, template: config.mail.templates.reminder }, 'reminder run done');
}

module.exports = { sendReminders };
