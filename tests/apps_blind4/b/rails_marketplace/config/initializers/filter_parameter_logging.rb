# Be sure to restart your server when you modify this file.
#
# Partial matches: :card also filters :card_number, :card_cvc2 and nested card[number].
Rails.application.config.filter_parameters += [
  :passw, :email, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn, :card, :cvc, :number
]
