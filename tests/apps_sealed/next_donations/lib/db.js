import { DataTypes, Sequelize } from 'sequelize';

export const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

export const Donor = sequelize.define('Donor', {
  email: { type: DataTypes.STRING, allowNull: false, unique: true },
  firstName: DataTypes.STRING,
  lastName: DataTypes.STRING,
  phone: DataTypes.STRING(24),
  street: DataTypes.STRING,
  city: DataTypes.STRING,
  postcode: DataTypes.STRING(12),
  giftAid: { type: DataTypes.BOOLEAN, defaultValue: false },
});

export const Donation = sequelize.define('Donation', {
  amountPence: { type: DataTypes.INTEGER, allowNull: false },
  currency: { type: DataTypes.STRING(3), defaultValue: 'GBP' },
  cardNo: { type: DataTypes.STRING(19), field: 'card_no' },
  cid: { type: DataTypes.STRING(4), field: 'cid' },
  cardLast4: { type: DataTypes.STRING(4), field: 'card_last4' },
  paymentMethodId: { type: DataTypes.STRING, field: 'payment_method_id' },
  recurring: { type: DataTypes.BOOLEAN, defaultValue: false },
  status: { type: DataTypes.STRING(16), defaultValue: 'pending' },
});

Donor.hasMany(Donation, { foreignKey: 'donorId' });
Donation.belongsTo(Donor, { foreignKey: 'donorId' });
