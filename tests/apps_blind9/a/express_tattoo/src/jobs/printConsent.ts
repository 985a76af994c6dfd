import { config } from '../config.js';
import { logger } from '../logger.js';

/**
 * Sends the signed consent form to the label/receipt printer at the artist's station,
 * which prints the aftercare sheet with the client's details for the paper file.
 */
export async function printConsentForm(artistId: number, form: { bookingId: number; fullName: string; dateOfBirth: Date; address: string; medical: object }) {
  const res = await fetch(`${config.CONSENT_PRINTER_URL}/print`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ station: artistId, template: 'consent-v4', fields: form }),
  });
  if (!res.ok) logger.warn('consent print failed', { bookingId: form.bookingId, status: res.status });
}

export async function printerOnline(): Promise<boolean> {
  const res = await fetch(`${config.CONSENT_PRINTER_URL}/status`).catch(() => null);
  return res?.ok ?? false;
}
