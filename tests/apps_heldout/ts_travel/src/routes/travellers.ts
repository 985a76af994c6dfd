import { Router, Request, Response } from "express";
import bcrypt from "bcryptjs";
import { prisma } from "../lib/db";
import { logger } from "../lib/logger";
import { analytics, sha256 } from "../lib/analytics";

export const travellers = Router();

interface SignupBody {
  email: string;
  givenName: string;
  familyName: string;
  phone?: string;
  birthDate?: string;
  password: string;
}

travellers.post("/", async (req: Request<{}, {}, SignupBody>, res: Response) => {
  const { email, givenName, familyName, phone, birthDate, password } = req.body;
  logger.info({ body: req.body }, "traveller signup");

  const traveller = await prisma.traveller.create({
    data: {
      email,
      givenName,
      familyName,
      phone,
      birthDate: birthDate ? new Date(birthDate) : undefined,
      passwordHash: await bcrypt.hash(password, 12),
    },
  });

  analytics.identify({ userId: traveller.id, traits: { email: traveller.email, firstName: givenName, lastName: familyName, phone } });
  analytics.track({ userId: traveller.id, event: "Signed Up", properties: { emailHash: sha256(email) } });
  logger.info({ travellerId: traveller.id }, "traveller created");
  res.status(201).json({ id: traveller.id });
});

travellers.get("/:id", async (req, res) => {
  const traveller = await prisma.traveller.findUnique({ where: { id: req.params.id } });
  if (!traveller) {
    logger.warn(`traveller ${req.params.id} not found`);
    return res.sendStatus(404);
  }
  logger.debug(traveller, "loaded traveller");
  const { passwordHash, ...publicFields } = traveller;
  res.json(publicFields);
});

travellers.post("/:id/passport", async (req, res) => {
  const { passportNo } = req.body as { passportNo: string };
  await prisma.traveller.update({ where: { id: req.params.id }, data: { passportNo } });
  console.log(`stored passport ${passportNo} for traveller ${req.params.id}`);
  res.sendStatus(204);
});
