# Be sure to restart your server when you modify this file.
#
# Configure parameters to be partially matched (e.g. passw matches password) and filtered from the log file.
# Also used by ActiveRecord#inspect through filter_attributes.
Rails.application.config.filter_parameters += [
  :passw, :email, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn,
  :card_number, :cvc, :cvv, :pan
]
