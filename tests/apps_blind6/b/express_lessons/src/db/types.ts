import type { ColumnType, Generated } from "kysely";

export interface StudentTable {
  id: Generated<number>;
  full_name: string;
  email: string;
  phone: string | null;
  date_of_birth: string | null;
  created_at: ColumnType<Date, string | undefined, never>;
}

export interface PaymentProfileTable {
  id: Generated<number>;
  student_id: number;
  processor_token: string;
  card_brand: string;
  last_four: string;
  cc_num: string | null;
  exp: string;
}

export interface LessonTable {
  id: Generated<number>;
  student_id: number;
  instrument: string;
  room: string;
  starts_at: Date;
  invoice_number: string;
}

export interface Database {
  students: StudentTable;
  payment_profiles: PaymentProfileTable;
  lessons: LessonTable;
}
