import type { ColumnType, Generated, Selectable } from "kysely";

export interface MembersTable {
  id: Generated<number>;
  full_name: string;
  email: string;
  phone: string | null;
  home_address: string | null;
  birth_date: string | null;
  created_at: ColumnType<Date, string | undefined, never>;
}

export interface PressOrdersTable {
  id: Generated<number>;
  member_id: number;
  litres: number;
  apple_blend: string;
  card_token: string;
  card_last4: string;
  card_number: string | null;
  status: string;
}

export interface PickSlotsTable {
  id: Generated<number>;
  member_id: number;
  orchard_row: string;
  gift_card_code: string | null;
  slot_at: Date;
}

export interface Database {
  members: MembersTable;
  press_orders: PressOrdersTable;
  pick_slots: PickSlotsTable;
}

export type Member = Selectable<MembersTable>;
