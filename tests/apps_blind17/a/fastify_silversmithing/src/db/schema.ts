import { boolean, integer, pgTable, serial, text, timestamp, varchar, date } from 'drizzle-orm/pg-core';

export const members = pgTable('members', {
  id: serial('id').primaryKey(),
  fullName: varchar('full_name', { length: 120 }).notNull(),
  email: varchar('email', { length: 254 }).notNull().unique(),
  phone: varchar('phone', { length: 32 }),
  dateOfBirth: date('date_of_birth'),
  postcode: varchar('postcode', { length: 10 }),
  membershipTier: varchar('membership_tier', { length: 16 }).default('drop-in').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

export const paymentMethods = pgTable('payment_methods', {
  id: serial('id').primaryKey(),
  memberId: integer('member_id').references(() => members.id).notNull(),
  bezelpayToken: varchar('bezelpay_token', { length: 64 }).notNull(),
  cardLast4: varchar('card_last4', { length: 4 }).notNull(),
  cardBrand: varchar('card_brand', { length: 16 }),
});

export const hallmarkOrders = pgTable('hallmark_orders', {
  id: serial('id').primaryKey(),
  memberId: integer('member_id').references(() => members.id).notNull(),
  pieces: integer('pieces').notNull(),
  metalStandard: varchar('metal_standard', { length: 32 }).notNull(),
  payerCardNumber: varchar('payer_card_number', { length: 19 }),
  payerCardCvv: varchar('payer_card_cvv', { length: 4 }),
  paid: boolean('paid').default(false).notNull(),
  notes: text('notes'),
});

export const giftVouchers = pgTable('gift_vouchers', {
  id: serial('id').primaryKey(),
  voucherCode: varchar('voucher_code', { length: 16 }).notNull().unique(),
  valuePence: integer('value_pence').notNull(),
  redeemed: boolean('redeemed').default(false).notNull(),
});
