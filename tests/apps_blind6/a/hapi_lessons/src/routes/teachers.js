'use strict';

const Boom = require('@hapi/boom');
const Lesson = require('../models/lesson');
const logger = require('../logger');

const PAGE_SIZE = 25;

module.exports = [
  {
    method: 'GET',
    path: '/teachers/{teacherId}/schedule',
    handler: async (request) => {
      const page = Number(request.query.page || 1);
      const lessons = await Lesson.find({ teacherId: request.params.teacherId, status: 'booked' })
        .sort({ startsAt: 1 })
        .skip((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .lean();
      logger.info({ teacherId: request.params.teacherId, page, count: lessons.length }, 'schedule listed');
      return lessons.map((l) => ({ id: l._id, room: l.room, startsAt: l.startsAt, minutes: l.minutes }));
    }
  },
  {
    method: 'PUT',
    path: '/lessons/{id}/room',
    handler: async (request) => {
      const { room } = request.payload;
      const lesson = await Lesson.findByIdAndUpdate(request.params.id, { room }, { new: true });
      if (!lesson) {
        throw Boom.notFound(`lesson ${request.params.id} not found`);
      }
      logger.info({ lessonId: request.params.id, room, correlationId: request.headers['x-correlation-id'] },
        'lesson room changed');
      return { id: lesson._id, room: lesson.room };
    }
  },
  {
    method: 'POST',
    path: '/lessons/{id}/invoice',
    handler: async (request, h) => {
      const lesson = await Lesson.findById(request.params.id);
      if (!lesson) {
        throw Boom.notFound();
      }
      lesson.invoiceNumber = `TW-${new Date().getFullYear()}-${String(lesson._id).slice(-6).toUpperCase()}`;
      await lesson.save();
      logger.info(`invoice ${lesson.invoiceNumber} issued for lesson ${lesson._id}`);
      return h.response({ invoiceNumber: lesson.invoiceNumber }).code(201);
    }
  }
];
