import mongoose from 'mongoose';
import { app } from './app.js';
import { settings } from './config.js';
import { logger } from './logger.js';
import { agenda } from './jobs/agenda.js';

await mongoose.connect(settings.mongoUrl);
await agenda.start();
app.listen(settings.port, () => logger.info({ port: settings.port }, 'dropzone api listening'));
