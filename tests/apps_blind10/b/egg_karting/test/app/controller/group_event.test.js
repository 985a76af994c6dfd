'use strict';

const { app, mock, assert } = require('egg-mock/bootstrap');

describe('test/app/controller/group_event.test.js', () => {
  let eventId;

  before(async () => {
    app.mockCsrf();
    app.mockService('freshsales', 'createDeal', async () => {});
    app.mockService('invoicing', 'openAccount', async () => ({ account: 'FB-1' }));
    const res = await app.httpRequest()
      .post('/api/group-events')
      .send({
        company: 'Test Ltd', contactName: 'Test Contact', contactEmail: 'qa@gridline.example',
        contactPhone: '0100000000', eventDate: '2030-01-01', drivers: 12, format: 'grand-prix',
      })
      .expect(201);
    eventId = res.body.id;
  });

  afterEach(mock.restore);

  it('holds the card and returns only the last four', async () => {
    app.mockService('payment', 'preauthorise', async () => ({ id: 'auth_test_1', brand: 'visa' }));
    const res = await app.httpRequest()
      .post(`/api/group-events/${eventId}/card`)
      .send({ card: { number: '4111111111111111', expiry: '12/30', cvc: '737', name: 'Test Contact' } })
      .expect(200);
    assert(res.body.last4 === '1111');
    assert(!JSON.stringify(res.body).includes('4111111111111111'));
  });

  it('rejects a malformed card', async () => {
    await app.httpRequest()
      .post(`/api/group-events/${eventId}/card`)
      .send({ card: { number: '4111-1111', expiry: '12/30', cvc: '737', name: 'Test Contact' } })
      .expect(422);
  });

  it('clears the code when the event is settled', async () => {
    app.mockService('payment', 'capture', async () => ({ status: 'captured' }));
    await app.httpRequest().post(`/api/group-events/${eventId}/settle`)
      .send({ barTabPence: 4200, damagePence: 0 }).expect(200);
    const row = await app.mysql.get('group_event_cards', { event_id: eventId });
    assert(row.card_cvc === null);
  });
});
