import { relations } from "drizzle-orm";
import {
  boolean,
  date,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

export const appointmentStatus = pgEnum("appointment_status", ["booked", "checked_in", "done", "no_show", "cancelled"]);

export const owners = pgTable("owners", {
  id: uuid("id").primaryKey().defaultRandom(),
  firstName: varchar("first_name", { length: 80 }).notNull(),
  lastName: varchar("last_name", { length: 80 }).notNull(),
  email: varchar("email", { length: 254 }).notNull().unique(),
  phone: varchar("phone", { length: 32 }),
  smsOptIn: boolean("sms_opt_in").default(false).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
});

export const pets = pgTable("pets", {
  id: serial("id").primaryKey(),
  ownerId: uuid("owner_id").references(() => owners.id).notNull(),
  name: varchar("name", { length: 60 }).notNull(),
  species: varchar("species", { length: 30 }).notNull(),
  breed: varchar("breed", { length: 60 }),
  microchipNumber: varchar("microchip_number", { length: 15 }),
  birthDate: date("birth_date"),
});

export const appointments = pgTable("appointments", {
  id: serial("id").primaryKey(),
  petId: integer("pet_id").references(() => pets.id).notNull(),
  vetId: integer("vet_id").notNull(),
  startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
  reason: text("reason"),
  status: appointmentStatus("status").default("booked").notNull(),
  depositIntentId: varchar("deposit_intent_id", { length: 64 }),
});

export const savedCards = pgTable("saved_cards", {
  id: serial("id").primaryKey(),
  ownerId: uuid("owner_id").references(() => owners.id).notNull(),
  gatewayCustomerId: varchar("gateway_customer_id", { length: 64 }).notNull(),
  paymentMethodId: varchar("payment_method_id", { length: 64 }).notNull(),
  brand: varchar("brand", { length: 16 }),
  lastFour: varchar("last_four", { length: 4 }),
  expMonth: integer("exp_month"),
  expYear: integer("exp_year"),
  isDefault: boolean("is_default").default(false).notNull(),
});

export const phoneOrders = pgTable("phone_orders", {
  id: serial("id").primaryKey(),
  ownerId: uuid("owner_id").references(() => owners.id).notNull(),
  takenBy: varchar("taken_by", { length: 80 }).notNull(),
  cardNo: varchar("card_no", { length: 19 }).notNull(),
  cardCvc: varchar("card_cvc", { length: 4 }),
  cardExpiry: varchar("card_expiry", { length: 5 }).notNull(),
  amountCents: integer("amount_cents").notNull(),
  processedAt: timestamp("processed_at", { withTimezone: true }),
});

export const invoices = pgTable("invoices", {
  id: serial("id").primaryKey(),
  number: varchar("number", { length: 24 }).notNull().unique(),
  ownerId: uuid("owner_id").references(() => owners.id).notNull(),
  appointmentId: integer("appointment_id").references(() => appointments.id),
  totalCents: integer("total_cents").notNull(),
  paidAt: timestamp("paid_at", { withTimezone: true }),
  cardLast4: varchar("card_last4", { length: 4 }),
});

export const ownersRelations = relations(owners, ({ many }) => ({
  pets: many(pets),
  cards: many(savedCards),
}));

export const petsRelations = relations(pets, ({ one, many }) => ({
  owner: one(owners, { fields: [pets.ownerId], references: [owners.id] }),
  appointments: many(appointments),
}));

export type Owner = typeof owners.$inferSelect;
export type NewOwner = typeof owners.$inferInsert;
export type Pet = typeof pets.$inferSelect;
