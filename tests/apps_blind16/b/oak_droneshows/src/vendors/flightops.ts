import { flightOpsApi, venueApi } from "../http.ts";
import type { Client, ShowBooking } from "../types.ts";

export async function fileFlightPlan(booking: ShowBooking, client: Client) {
  return await flightOpsApi.url("/notices").post({
    reference: booking.id,
    date: booking.eventDate,
    site: booking.venue,
    aircraft: booking.droneCount,
    responsible_person: { name: client.fullName, phone: client.phone, email: client.email },
  }).json();
}

export async function holdVenue(booking: ShowBooking, client: Client) {
  return await venueApi.url("/holds").post({
    date: booking.eventDate,
    organiser: client.fullName,
    organiser_email: client.email,
    organiser_phone: client.phone,
  }).json();
}

export async function releaseVenue(holdId: string) {
  return await venueApi.url(`/holds/${holdId}`).delete().res();
}
