# frozen_string_literal: true

require "httparty"
require "digest"

module Crm
  module_function

  LOG = APP_LOG.child(component: "crm")

  def sync_contact(bidder)
    resp = HTTParty.post(
      "#{SETTINGS[:active_campaign_url]}/contact/sync",
      headers: { "Api-Token" => SETTINGS[:active_campaign_key] },
      body: { contact: { email: bidder.email, firstName: bidder.full_name.split.first,
                         lastName: bidder.full_name.split.last, phone: bidder.phone } }.to_json
    )
    LOG.info("contact synced", bidder_id: bidder.id, status: resp.code)
  end

  def add_tag(contact_id, tag_id)
    HTTParty.post(
      "#{SETTINGS[:active_campaign_url]}/contactTags",
      headers: { "Api-Token" => SETTINGS[:active_campaign_key] },
      body: { contactTag: { contact: contact_id, tag: tag_id } }.to_json
    )
  end

  def report(error, bidder)
    Honeybadger.context(user_id: bidder.id, user_email: bidder.email, passport: bidder.passport_number)
    Honeybadger.notify(error)
  end

  def report_anonymous(error, bidder_id)
    Honeybadger.context(user_id: bidder_id, email_sha256: nil)
    Honeybadger.notify(error)
  end
end
