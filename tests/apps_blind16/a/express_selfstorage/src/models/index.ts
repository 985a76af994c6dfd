export { sequelize } from './db';
export * from './Customer';
export * from './Rental';
export * from './PaymentMethod';
