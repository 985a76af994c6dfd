import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const BookingsController = () => import('#controllers/bookings_controller')
const ClientsController = () => import('#controllers/clients_controller')

router.get('/health', async () => ({ status: 'ok' }))

router.post('/clients', [ClientsController, 'register'])
router.post('/session', [ClientsController, 'login'])
router.patch('/me', [ClientsController, 'update']).use(middleware.auth())
router.post('/webhooks/sms-status', [ClientsController, 'smsStatus'])

router
  .group(() => {
    router.post('/bookings', [BookingsController, 'store'])
    router.post('/appointments/:id/no-show', [BookingsController, 'markNoShow'])
  })
  .prefix('/api')
  .use(middleware.auth())
