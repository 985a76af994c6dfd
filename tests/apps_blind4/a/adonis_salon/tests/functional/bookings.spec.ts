import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import ClientFactory from '#database/factories/client_factory'

test.group('Bookings', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('rejects an invalid card number', async ({ client }) => {
    const user = await ClientFactory.create()
    const response = await client
      .post('/api/bookings')
      .loginAs(user)
      .json({
        serviceName: 'Cut & finish',
        stylistId: 1,
        startsAt: '2030-01-01T10:00:00Z',
        durationMinutes: 60,
        card: { number: '4111111111111112', expMonth: 1, expYear: 2031, cvc: '123', postcode: 'W1D 1AN' },
      })
    response.assertStatus(422)
  })

  test('books with a sandbox card', async ({ client }) => {
    const user = await ClientFactory.create()
    const response = await client
      .post('/api/bookings')
      .loginAs(user)
      .json({
        serviceName: 'Colour',
        stylistId: 2,
        startsAt: '2030-01-02T10:00:00Z',
        durationMinutes: 120,
        card: { number: '4111 1111 1111 1111', expMonth: 1, expYear: 2031, cvc: '111', postcode: 'W1D 1AN' },
      })
    response.assertStatus(201)
  })
})
