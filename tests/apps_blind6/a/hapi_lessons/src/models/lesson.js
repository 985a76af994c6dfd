'use strict';

const mongoose = require('mongoose');

const lessonSchema = new mongoose.Schema({
  student: { type: mongoose.Schema.Types.ObjectId, ref: 'Student', required: true },
  teacherId: { type: String, required: true },
  room: { type: String, maxlength: 8 },
  startsAt: { type: Date, required: true },
  minutes: { type: Number, default: 45 },
  status: { type: String, default: 'booked' },
  invoiceNumber: String
});

module.exports = mongoose.model('Lesson', lessonSchema);
