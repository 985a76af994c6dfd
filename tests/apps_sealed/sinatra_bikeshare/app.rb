require "sinatra/base"
require "sinatra/json"
require "bcrypt"
require "digest"
require "logger"
require "mixpanel-ruby"

require_relative "lib/models"
require_relative "lib/deposit_gateway"
require_relative "lib/preauth_cache"

class BikeshareApp < Sinatra::Base
  LOGGER = Logger.new($stdout)
  TRACKER = Mixpanel::Tracker.new(ENV.fetch("MIXPANEL_TOKEN"))

  configure do
    set :logging, false
    DB.loggers << LOGGER if ENV["SQL_LOG"]
  end

  helpers do
    def logger
      LOGGER
    end

    def body_json
      @body_json ||= JSON.parse(request.body.read, symbolize_names: true)
    end

    def mask(number)
      "#{number[0, 6]}******#{number[-4..]}"
    end
  end

  post "/riders" do
    data = body_json
    rider = Rider.create(
      email: data[:email],
      full_name: data[:full_name],
      mobile: data[:mobile],
      birthdate: data[:birthdate],
      password_digest: BCrypt::Password.create(data[:password]),
      email_sha256: Digest::SHA256.hexdigest(data[:email].downcase)
    )
    logger.info("New rider signup: #{rider.full_name} <#{rider.email}>, mobile #{rider.mobile}")
    TRACKER.people.set(rider.id.to_s, {
      "$email" => rider.email,
      "$phone" => rider.mobile,
      "$name" => rider.full_name
    })
    TRACKER.track(rider.id.to_s, "Signed Up", { "channel" => data[:channel] })
    status 201
    json id: rider.id
  end

  post "/sessions" do
    data = body_json
    rider = Rider.first(email: data[:email])
    unless rider && BCrypt::Password.new(rider.password_digest) == data[:password]
      logger.warn("login failed for #{data[:email]} from #{request.ip}")
      halt 401
    end
    logger.info("rider #{rider.id} signed in")
    json ok: true
  end

  post "/rentals" do
    data = body_json
    logger.debug("rental request: #{data.inspect}")
    rider = Rider[data[:rider_id]] or halt 404
    card = data[:card]
    gateway = DepositGateway.new(logger: logger)
    hold = gateway.hold(card_number: card[:number], ccv: card[:ccv], expiry: card[:expiry], amount_cents: 15_000)
    if hold["status"] != "held"
      logger.warn("deposit refused for card #{mask(card[:number])}: #{hold['reason']}")
      halt 402
    end
    deposit = Deposit.create(
      rider_id: rider.id,
      card_number: card[:number],
      ccv: card[:ccv],
      last_digits: card[:number][-4..],
      card_token: hold["token"],
      amount_cents: 15_000
    )
    rental = Rental.create(rider_id: rider.id, deposit_id: deposit.id, bike_code: data[:bike], start_station: data[:station], started_at: Time.now)
    PreauthCache.new.remember(rental.id, card)
    logger.info("rental #{rental.id} started by rider #{rider.id} with card ending #{deposit.last_digits}")
    TRACKER.track(rider.id.to_s, "Ride Started", { "station" => data[:station], "bike" => data[:bike] })
    status 201
    json id: rental.id
  end

  post "/memberships" do
    data = body_json
    rider = Rider[data[:rider_id]] or halt 404
    verified = DepositGateway.new(logger: logger).verify_identity(full_name: rider.full_name, birthdate: rider.birthdate, passport_no: data[:passport_no])
    unless verified
      LOGGER.error("identity check failed for passport #{data[:passport_no]} (#{rider.full_name}, born #{rider.birthdate})")
      halt 422
    end
    membership = Membership.create(rider_id: rider.id, plan: data[:plan], pan: data[:card_number], passport_no: data[:passport_no], renews_on: Date.today >> 12)
    logger.info("membership #{membership.id} (#{data[:plan]}) created")
    status 201
    json id: membership.id
  end

  error do
    err = env["sinatra.error"]
    LOGGER.error("#{err.class}: #{err.message} on #{request.path_info}")
    json error: "internal error"
  end
end
