class ApplicationMailer < ActionMailer::Base
  default from: "bookings@forkandfig.example"
  layout "mailer"
end
