const kv = await Deno.openKv(Deno.env.get("KV_PATH") ?? "./data/skylume.kv");

const rows = ["id,company,bookings"];
for await (const entry of kv.list<Record<string, string>>({ prefix: ["clients"] })) {
  const c = entry.value;
  let count = 0;
  for await (const b of kv.list<Record<string, string>>({ prefix: ["bookings"] })) {
    if (b.value.clientId === c.id) count++;
  }
  rows.push(`${c.id},${c.company ?? ""},${count}`);
  if (count === 0) console.log("dormant client", c.fullName, c.email, c.phone);
}
await Deno.writeTextFile("./exports/clients.csv", rows.join("\n"));
console.log(`exported ${rows.length - 1} clients`);
