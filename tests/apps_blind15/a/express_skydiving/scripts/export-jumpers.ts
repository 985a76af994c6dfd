import { createWriteStream } from 'node:fs';
import mongoose from 'mongoose';
import { settings } from '../src/config.js';
import { Jumper } from '../src/models/Jumper.js';
import { Booking } from '../src/models/Booking.js';

// Quarterly export for the insurer's participant register
async function main(out = 'jumpers.csv') {
  await mongoose.connect(settings.mongoUrl);
  const file = createWriteStream(out);
  file.write('id,name,email,phone,dob,last_booking,card_last4\n');
  for await (const j of Jumper.find().cursor()) {
    const last = await Booking.findOne({ jumper: j._id }).sort({ createdAt: -1 }).lean();
    file.write(`${j.id},${j.fullName},${j.email},${j.phone},${j.dateOfBirth?.toISOString().slice(0, 10)},${last?._id ?? ''},${last?.cardLast4 ?? ''}\n`);
  }
  file.end();
  const missing = await Jumper.find({ waiverSignedAt: null }).lean();
  for (const j of missing) console.log('missing waiver:', j.fullName, j.email);
  console.log(`export written to ${out}`);
  await mongoose.disconnect();
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
