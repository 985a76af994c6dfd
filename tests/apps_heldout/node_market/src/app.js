const express = require("express");
const mongoose = require("mongoose");
const fs = require("fs");
const path = require("path");
const log = require("./lib/log");

const app = express();
app.use(express.json());

// request audit trail kept for chargeback disputes
const auditStream = fs.createWriteStream(path.join(__dirname, "..", "logs", "requests.ndjson"), { flags: "a" });
app.use((req, res, next) => {
  if (req.path.startsWith("/payouts")) {
    auditStream.write(JSON.stringify({ at: new Date().toISOString(), path: req.path, body: req.body }) + "\n");
  }
  next();
});

app.use("/users", require("./routes/users"));
app.use("/payouts", require("./routes/payouts"));

app.use((err, req, res, next) => {
  log.error("unhandled", { message: err.message, stack: err.stack });
  res.status(500).json({ error: "internal" });
});

mongoose
  .connect(process.env.MONGO_URL)
  .then(() => app.listen(process.env.PORT || 4000, () => log.info("market api up")))
  .catch((err) => {
    console.error("mongo connection failed", err.message);
    process.exit(1);
  });
