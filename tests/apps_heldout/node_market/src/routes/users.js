const express = require("express");
const bcrypt = require("bcryptjs");
const User = require("../models/User");
const log = require("../lib/log");
const tracking = require("../lib/tracking");

const router = express.Router();

router.post("/register", async (req, res, next) => {
  try {
    const { email, name, phone, password } = req.body;
    const user = await User.create({
      userEmail: email,
      displayName: name,
      phone,
      passwordHash: await bcrypt.hash(password, 10),
    });
    log.info("user registered", { userId: user.id });
    tracking.profileSet(user);
    tracking.trackSignup(user);
    await tracking.gaSignup(req.cookies && req.cookies._ga, user);
    res.status(201).json({ id: user.id });
  } catch (err) {
    log.error("registration failed", { error: err.message, email: req.body.email });
    next(err);
  }
});

router.post("/newsletter", async (req, res) => {
  const { email, phone } = req.body;
  await tracking.sendLeadToMeta(email, phone);
  log.info("newsletter signup received");
  res.sendStatus(202);
});

router.put("/:id/address", async (req, res) => {
  const user = await User.findByIdAndUpdate(req.params.id, { shippingAddress: req.body }, { new: true });
  log.debug(`address updated for ${user.displayName}: ${JSON.stringify(user.shippingAddress)}`);
  res.json({ ok: true });
});

router.post("/:id/tax", async (req, res) => {
  const taxId = req.body.taxId;
  await User.updateOne({ _id: req.params.id }, { sellerTaxId: taxId });
  log.info("tax id updated", { userId: req.params.id, taxIdLast4: taxId.slice(-4) });
  res.sendStatus(204);
});

module.exports = router;
