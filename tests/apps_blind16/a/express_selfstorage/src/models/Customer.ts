import { CreationOptional, DataTypes, InferAttributes, InferCreationAttributes, Model } from 'sequelize';
import { sequelize } from './db';

export class Customer extends Model<InferAttributes<Customer>, InferCreationAttributes<Customer>> {
  declare id: CreationOptional<number>;
  declare fullName: string;
  declare email: string;
  declare phone: string | null;
  declare homeAddress: string | null;
  declare idDocumentNumber: string | null;
  declare createdAt: CreationOptional<Date>;

  toString(): string {
    return `Customer#${this.id} ${this.fullName} <${this.email}> ${this.homeAddress ?? ''}`;
  }
}

Customer.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    fullName: { type: DataTypes.STRING(120), allowNull: false, field: 'full_name' },
    email: { type: DataTypes.STRING(255), allowNull: false, unique: true },
    phone: { type: DataTypes.STRING(32) },
    homeAddress: { type: DataTypes.TEXT, field: 'home_address' },
    idDocumentNumber: { type: DataTypes.STRING(40), field: 'id_document_number' },
    createdAt: { type: DataTypes.DATE, field: 'created_at' },
  },
  { sequelize, tableName: 'customers', underscored: true, updatedAt: false },
);
