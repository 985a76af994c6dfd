import type { RowDataPacket, ResultSetHeader } from 'mysql2';
import { pool } from '../db.js';

export interface Student {
  id: number;
  fullName: string;
  email: string;
  phone: string | null;
  weightKg: number | null;
}

export async function createStudent(s: Omit<Student, 'id'>): Promise<number> {
  const [res] = await pool.execute<ResultSetHeader>(
    'INSERT INTO students (full_name, email, phone, weight_kg) VALUES (:fullName, :email, :phone, :weightKg)',
    s,
  );
  return res.insertId;
}

export async function findStudent(id: number): Promise<Student | undefined> {
  const [rows] = await pool.execute<RowDataPacket[]>(
    'SELECT id, full_name AS fullName, email, phone, weight_kg AS weightKg FROM students WHERE id = :id',
    { id },
  );
  return rows[0] as Student | undefined;
}
