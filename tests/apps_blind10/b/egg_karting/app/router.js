'use strict';

module.exports = app => {
  const { router, controller } = app;

  router.post('/api/drivers', controller.driver.register);
  router.post('/api/drivers/:id/junior-waiver', controller.driver.juniorWaiver);
  router.get('/api/drivers/:id', controller.driver.show);

  router.post('/api/group-events', controller.groupEvent.create);
  router.post('/api/group-events/:id/card', controller.groupEvent.holdCard);
  router.post('/api/group-events/:id/settle', controller.groupEvent.settle);

  router.post('/api/terminal/batches', controller.terminal.upload);

  router.post('/hooks/chequer', controller.webhook.chequer);
};
