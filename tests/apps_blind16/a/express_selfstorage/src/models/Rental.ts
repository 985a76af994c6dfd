import { CreationOptional, DataTypes, InferAttributes, InferCreationAttributes, Model } from 'sequelize';
import { sequelize } from './db';

export class Rental extends Model<InferAttributes<Rental>, InferCreationAttributes<Rental>> {
  declare id: CreationOptional<number>;
  declare customerId: number;
  declare unitCode: string;
  declare monthlyRatePence: number;
  declare gateCode: string;
  declare status: CreationOptional<'active' | 'overdue' | 'vacated'>;
}

Rental.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    customerId: { type: DataTypes.INTEGER, allowNull: false, field: 'customer_id' },
    unitCode: { type: DataTypes.STRING(12), allowNull: false, field: 'unit_code' },
    monthlyRatePence: { type: DataTypes.INTEGER, allowNull: false, field: 'monthly_rate_pence' },
    gateCode: { type: DataTypes.STRING(8), allowNull: false, field: 'gate_code' },
    status: { type: DataTypes.STRING(16), defaultValue: 'active' },
  },
  { sequelize, tableName: 'rentals', underscored: true },
);
