# Be sure to restart your server when you modify this file.
# Also drives ActiveRecord's filter_attributes, so #inspect hides these columns.
Rails.application.config.filter_parameters += [
  :passw, :email, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn,
  :card_number, :cvv
]
