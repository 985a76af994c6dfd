import type { Task } from 'graphile-worker';

const purge_tablet_sales: Task = async (_payload, helpers) => {
  const { rowCount } = await helpers.query(
    "update tablet_sales set pan = left(pan, 6) || '******' || right(pan, 4), cvc = null where synced_at < now() - interval '2 days'"
  );
  helpers.logger.info(`masked ${rowCount} tablet sales`);
};

export default purge_tablet_sales;
