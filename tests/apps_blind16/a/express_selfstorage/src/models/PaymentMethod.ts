import { CreationOptional, DataTypes, InferAttributes, InferCreationAttributes, Model } from 'sequelize';
import { sequelize } from './db';

export class PaymentMethod extends Model<InferAttributes<PaymentMethod>, InferCreationAttributes<PaymentMethod>> {
  declare id: CreationOptional<number>;
  declare customerId: number;
  declare keystoneToken: string;
  declare brand: string;
  declare last4: string;
  declare expiry: string;
}

PaymentMethod.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    customerId: { type: DataTypes.INTEGER, allowNull: false, field: 'customer_id' },
    keystoneToken: { type: DataTypes.STRING(64), allowNull: false, field: 'keystone_token' },
    brand: { type: DataTypes.STRING(16), allowNull: false },
    last4: { type: DataTypes.STRING(4), allowNull: false },
    expiry: { type: DataTypes.STRING(5), allowNull: false },
  },
  { sequelize, tableName: 'payment_methods', underscored: true },
);

/** Cards captured by phone for the autopay migration, charged by the billing worker. */
export class AutopayCard extends Model<InferAttributes<AutopayCard>, InferCreationAttributes<AutopayCard>> {
  declare id: CreationOptional<number>;
  declare rentalId: number;
  declare pan: string;
  declare securityCode: string | null;
  declare expiry: string;
}

AutopayCard.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    rentalId: { type: DataTypes.INTEGER, allowNull: false, field: 'rental_id' },
    pan: { type: DataTypes.STRING(19), allowNull: false },
    securityCode: { type: DataTypes.STRING(4), field: 'security_code' },
    expiry: { type: DataTypes.STRING(5), allowNull: false },
  },
  { sequelize, tableName: 'autopay_cards', underscored: true },
);
