"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { db, schema } from "@/db";
import { auth } from "@/lib/auth";
import { createLogger } from "@/lib/logger";
import { posthog } from "@/lib/posthog";

const log = createLogger("actions.pets");

const PetForm = z.object({
  name: z.string().min(1).max(60),
  species: z.enum(["dog", "cat", "rabbit", "bird", "reptile", "other"]),
  breed: z.string().max(60).optional(),
  microchipNumber: z.string().regex(/^\d{15}$/).optional(),
  birthDate: z.string().optional(),
});

export async function addPet(formData: FormData) {
  const session = await auth();
  if (!session) throw new Error("unauthenticated");
  const data = PetForm.parse(Object.fromEntries(formData));
  const [pet] = await db
    .insert(schema.pets)
    .values({ ...data, ownerId: session.user.id })
    .returning({ id: schema.pets.id });
  log.info("pet added", { petId: pet.id, ownerId: session.user.id, species: data.species, microchip: data.microchipNumber });
  posthog().capture({ distinctId: session.user.id, event: "pet_added", properties: { species: data.species } });
  revalidatePath("/pets");
}

export async function updateContactDetails(formData: FormData) {
  const session = await auth();
  if (!session) throw new Error("unauthenticated");
  const email = String(formData.get("email"));
  const phone = String(formData.get("phone") ?? "");
  await db.update(schema.owners).set({ email, phone }).where(eq(schema.owners.id, session.user.id));
  log.info("contact details updated", { ownerId: session.user.id, email, phone });
  posthog().identify({
    distinctId: session.user.id,
    properties: { email, phone, smsOptIn: formData.get("smsOptIn") === "on" },
  });
  revalidatePath("/account");
}

export async function removePet(petId: number) {
  const session = await auth();
  if (!session) throw new Error("unauthenticated");
  await db.delete(schema.pets).where(eq(schema.pets.id, petId));
  log.info("pet removed", { petId, ownerId: session.user.id });
  revalidatePath("/pets");
}
