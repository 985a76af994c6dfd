'use strict';

const Joi = require('joi');
const axios = require('axios');
const Boom = require('@hapi/boom');
const Student = require('../models/student');
const analytics = require('../services/analytics');
const config = require('../config');

module.exports = [
  {
    method: 'POST',
    path: '/students',
    options: {
      validate: {
        payload: Joi.object({
          firstName: Joi.string().required(),
          lastName: Joi.string().required(),
          email: Joi.string().email().required(),
          phone: Joi.string().optional(),
          dateOfBirth: Joi.date().optional(),
          instrument: Joi.string().required()
        })
      }
    },
    handler: async (request, h) => {
      request.log(['students'], `registering ${request.payload.email}`);
      const existing = await Student.findOne({ email: request.payload.email });
      if (existing) {
        throw Boom.conflict('already registered');
      }
      const student = await Student.create(request.payload);
      console.log('new student', student);
      analytics.identifyStudent(student);
      await axios.post(config.legacyCrmUrl, {
        email: student.email,
        phone: student.phone,
        name: `${student.firstName} ${student.lastName}`
      });
      request.logger.info({ studentId: student.id, instrument: student.instrument }, 'student registered');
      return h.response({ id: student.id }).code(201);
    }
  },
  {
    method: 'GET',
    path: '/students/{id}',
    handler: async (request) => {
      const student = await Student.findById(request.params.id).lean();
      if (!student) {
        request.logger.warn({ studentId: request.params.id }, 'student not found');
        throw Boom.notFound();
      }
      return { id: student._id, displayName: `${student.firstName} ${student.lastName[0]}.` };
    }
  }
];
