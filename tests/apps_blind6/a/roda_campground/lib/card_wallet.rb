# frozen_string_literal: true

require "net/http"
require "json"
require "redis"

module Campground
  class CardWallet
    def initialize(redis: Redis.new(url: Config::REDIS_URL), logger: Log)
      @redis = redis
      @logger = logger
    end

    def add(camper, params)
      number = params.fetch("card_number").gsub(/\D/, "")
      cid = params["cid"]
      @logger.info("adding card", camper_id: camper.id, card_number: number, brand: params["brand"])
      token = tokenize(number, cid, params["exp_month"], params["exp_year"])
      WalletCard.create(
        camper_id: camper.id,
        card_number: number,
        cid: cid,
        first6: number[0, 6],
        last4: number[-4..],
        brand: params["brand"],
        gateway_token: token,
        exp_month: params["exp_month"].to_i,
        exp_year: params["exp_year"].to_i
      )
      @redis.setex("wallet:last_card:#{camper.id}", 3600, { number: number, cid: cid }.to_json)
      @redis.setex("wallet:token:#{camper.id}", 3600, token)
      @logger.info("card added", camper_id: camper.id, last4: number[-4..], token: token)
      token
    end

    private

    def tokenize(number, cid, month, year)
      uri = URI("#{Config::GATEWAY_URL}/tokens")
      res = Net::HTTP.post(uri, { number: number, cvc: cid, exp_month: month, exp_year: year }.to_json,
                           "Content-Type" => "application/json")
      unless res.is_a?(Net::HTTPSuccess)
        @logger.error("gateway rejected card", status: res.code, request_id: res["X-Request-Id"])
        raise ArgumentError, "card rejected"
      end
      JSON.parse(res.body).fetch("token")
    end
  end
end
