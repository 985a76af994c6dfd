'use strict';

const Queue = require('bee-queue');

class AppBootHook {
  constructor(app) {
    this.app = app;
  }

  configWillLoad() {
    this.app.captureQueue = new Queue('offline-capture', this.app.config.captureQueue);
  }

  async didReady() {
    require('./app/lib/capture_worker')(this.app);
  }

  async beforeClose() {
    await this.app.captureQueue.close();
  }
}

module.exports = AppBootHook;
