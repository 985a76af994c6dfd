import type { Task } from 'graphile-worker';

const send_booking_email: Task = async (payload, helpers) => {
  const { bookingId } = payload as { bookingId: string };
  const { rows } = await helpers.query(
    'select b.id, t.email, t.full_name from bookings b join throwers t on t.id = b.thrower_id where b.id = $1',
    [bookingId]
  );
  helpers.logger.info(`sending confirmation for booking ${bookingId}`);
  helpers.logger.debug(`confirmation recipient ${rows[0].full_name} <${rows[0].email}>`);
};

export default send_booking_email;
