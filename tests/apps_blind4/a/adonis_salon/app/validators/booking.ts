import vine from '@vinejs/vine'

export const createBookingValidator = vine.compile(
  vine.object({
    serviceName: vine.string().trim().maxLength(80),
    stylistId: vine.number(),
    startsAt: vine.date({ formats: ['iso8601'] }),
    durationMinutes: vine.number().min(15).max(240),
    card: vine
      .object({
        number: vine.string().creditCard(),
        expMonth: vine.number().min(1).max(12),
        expYear: vine.number(),
        cvc: vine.string().regex(/^\d{3,4}$/),
        postcode: vine.string().postalCode({ countryCode: ['GB'] }),
      })
      .optional(),
    savedCardId: vine.number().optional(),
    voucherCode: vine.string().maxLength(16).optional(),
  })
)

export const registerClientValidator = vine.compile(
  vine.object({
    firstName: vine.string().trim(),
    lastName: vine.string().trim(),
    email: vine.string().email().normalizeEmail(),
    phone: vine.string().mobile().optional(),
    birthday: vine.date().optional(),
    password: vine.string().minLength(10),
    marketingOptIn: vine.boolean().optional(),
  })
)
