'use strict';

const mongoose = require('mongoose');

const studentSchema = new mongoose.Schema({
  firstName: { type: String, required: true },
  lastName: { type: String, required: true },
  email: { type: String, required: true, unique: true, lowercase: true },
  phone: String,
  dateOfBirth: Date,
  instrument: { type: String, enum: ['piano', 'violin', 'guitar', 'cello', 'voice'] },
  emailVerified: { type: Boolean, default: false },
  guardianEmail: String
}, { timestamps: true });

studentSchema.virtual('displayName').get(function () {
  return `${this.firstName} ${this.lastName.charAt(0)}.`;
});

module.exports = mongoose.model('Student', studentSchema);
